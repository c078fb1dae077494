//! `trialmatch sync`'s arguments: the file to write and the slice of the registry to fetch.
//! Every mistake is reported before the first request, so a typo never costs a rate-limited
//! download.

use std::path::PathBuf;

use super::query::{self, Query};

/// What to download and where to write it.
#[derive(Debug, clap::Args)]
pub struct SyncArgs {
    /// Where to write the snapshot (for the page: data/current-trials.json).
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// A condition to search for; repeat to search for several (joined with OR).
    #[arg(long, value_name = "TEXT", value_parser = non_empty, default_value = query::DEFAULT_CONDITION)]
    condition: Vec<String>,
    /// Comma-separated overall statuses [default: RECRUITING,NOT_YET_RECRUITING,ENROLLING_BY_INVITATION,ACTIVE_NOT_RECRUITING]
    #[arg(long, value_name = "LIST", value_parser = query::parse_statuses)]
    status: Option<Statuses>,
    /// The registry's address.
    #[arg(long, value_name = "URL", value_parser = query::parse_base_url, default_value = query::DEFAULT_BASE_URL)]
    base_url: String,
    /// Studies per request, 1 to 1000.
    #[arg(long, value_name = "N", value_parser = query::parse_page_size, default_value_t = query::MAX_PAGE_SIZE)]
    page_size: u32,
}

/// A `--status` list as the API names the statuses.
type Statuses = Vec<String>;

fn non_empty(text: &str) -> Result<String, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err("needs some text".into());
    }
    Ok(text.to_owned())
}

#[derive(Debug)]
pub struct SyncOptions {
    pub out: PathBuf,
    pub query: Query,
}

impl From<SyncArgs> for SyncOptions {
    fn from(args: SyncArgs) -> SyncOptions {
        let statuses =
            args.status.unwrap_or_else(|| query::DEFAULT_STATUSES.iter().map(|s| s.to_string()).collect());
        SyncOptions {
            out: args.out,
            query: Query {
                base_url: args.base_url,
                conditions: args.condition,
                statuses,
                page_size: args.page_size,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use clap::Parser;

    #[derive(Debug, Parser)]
    struct Command {
        #[command(flatten)]
        args: SyncArgs,
    }

    fn parse_words(words: &str) -> Result<SyncOptions, clap::Error> {
        let args = std::iter::once("sync").chain(words.split_whitespace());
        Command::try_parse_from(args).map(|c| c.args.into())
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
        assert_eq!(failure.kind(), clap::error::ErrorKind::ArgumentConflict, "{failure}");
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
            assert_eq!(failure.exit_code(), 2, "{words}: {failure}");
        }
    }
}
