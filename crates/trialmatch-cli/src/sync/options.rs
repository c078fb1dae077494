//! `trialmatch sync`'s arguments: the file to write and the slice of the registry to fetch.
//! Every mistake is reported before the first request, so a typo never costs a rate-limited
//! download.

use std::path::PathBuf;

use super::query::{self, Query};
use crate::args::{Args, Failure};

pub const USAGE: &str = "\
Usage: trialmatch sync --out FILE [--condition TEXT]... [--status LIST] [--base-url URL] [--page-size N]

Downloads the matching studies from the ClinicalTrials.gov API v2, page by page, and writes them
to FILE as one snapshot. FILE is replaced only when the whole download succeeded.

  --out FILE         Where to write the snapshot (for the page: data/current-trials.json)
  --condition TEXT   A condition to search for; repeat to search for several (joined with OR).
                     Default: leukemia OR myelodysplastic syndrome
  --status LIST      Comma-separated overall statuses. Default:
                     RECRUITING,NOT_YET_RECRUITING,ENROLLING_BY_INVITATION,ACTIVE_NOT_RECRUITING
  --base-url URL     The registry's address. Default: https://clinicaltrials.gov
  --page-size N      Studies per request, 1 to 1000. Default: 1000
";

#[derive(Debug)]
pub struct SyncOptions {
    pub out: PathBuf,
    pub query: Query,
}

pub fn parse(args: &[String]) -> Result<SyncOptions, Failure> {
    let args = Args::parse(args, &["out", "condition", "status", "base-url", "page-size"])?;
    args.finish()?;
    if let Some(extra) = args.positional.first() {
        return Err(Failure::usage(format!(
            "sync: unexpected argument '{extra}' (try 'trialmatch sync --help')"
        )));
    }
    let out = single(&args, "out")?
        .filter(|out| !out.trim().is_empty())
        .ok_or_else(|| Failure::usage("sync: --out FILE is required (try 'trialmatch sync --help')"))?;

    let mut conditions: Vec<String> = values(&args, "condition").map(|c| c.trim().to_owned()).collect();
    if conditions.iter().any(String::is_empty) {
        return Err(Failure::usage("sync: --condition needs some text"));
    }
    if conditions.is_empty() {
        conditions.push(query::DEFAULT_CONDITION.to_owned());
    }
    let statuses = match single(&args, "status")? {
        Some(list) => query::parse_statuses(list).map_err(usage)?,
        None => query::DEFAULT_STATUSES.iter().map(|s| s.to_string()).collect(),
    };
    let base_url = query::parse_base_url(single(&args, "base-url")?.unwrap_or(query::DEFAULT_BASE_URL))
        .map_err(usage)?;
    let page_size = match single(&args, "page-size")? {
        Some(text) => query::parse_page_size(text).map_err(usage)?,
        None => query::MAX_PAGE_SIZE,
    };
    Ok(SyncOptions { out: PathBuf::from(out), query: Query { base_url, conditions, statuses, page_size } })
}

fn usage(message: String) -> Failure {
    Failure::usage(format!("sync: {message}"))
}

fn values<'a>(args: &'a Args, name: &'a str) -> impl Iterator<Item = &'a str> {
    args.options.iter().filter(move |(option, _)| option == name).map(|(_, value)| value.as_str())
}

/// An option that may appear at most once: a second `--out` is more likely a mistake than a
/// wish for the last one to win.
fn single<'a>(args: &'a Args, name: &'a str) -> Result<Option<&'a str>, Failure> {
    let mut given = values(args, name);
    match (given.next(), given.next()) {
        (first, None) => Ok(first),
        (_, Some(_)) => Err(Failure::usage(format!("sync: --{name} was given more than once"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_words(words: &str) -> Result<SyncOptions, Failure> {
        let args: Vec<String> = words.split_whitespace().map(String::from).collect();
        parse(&args)
    }

    #[test]
    fn defaults_fill_everything_but_the_output_file() {
        let options = parse_words("--out snap.json").unwrap();
        assert_eq!(options.out, PathBuf::from("snap.json"));
        assert_eq!(options.query.conditions, [query::DEFAULT_CONDITION]);
        assert_eq!(options.query.statuses, query::DEFAULT_STATUSES);
        assert_eq!(options.query.base_url, query::DEFAULT_BASE_URL);
        assert_eq!(options.query.page_size, 1000);
    }

    #[test]
    fn conditions_repeat_and_other_options_do_not() {
        let options = parse_words("--out a --condition AML --condition=MDS --page-size 5").unwrap();
        assert_eq!(options.query.conditions, ["AML", "MDS"]);
        assert_eq!(options.query.page_size, 5);
        let failure = parse_words("--out a --out b").unwrap_err();
        assert_eq!(failure.code, 2);
        assert!(failure.message.contains("--out was given more than once"));
    }

    #[test]
    fn mistakes_are_usage_errors() {
        for words in [
            "",
            "--condition AML",
            "--out a extra",
            "--out a --verbose",
            "--out a --status NOPE",
            "--out a --page-size 0",
            "--out a --base-url ftp://example.org",
            "--out",
        ] {
            let failure = parse_words(words).unwrap_err();
            assert_eq!(failure.code, 2, "{words}: {}", failure.message);
        }
    }
}
