//! `trialmatch sync`: downloads the leukemia and MDS studies from the ClinicalTrials.gov API v2
//! into one snapshot file that the page and `trialmatch check` read as they are.
/*!
The run has two halves. First every page is fetched into memory (paced, retried, and checked
with the engine's loader); nothing touches the disk, so a failure anywhere leaves the previous
snapshot exactly as it was. Then the whole snapshot is checked once more with the loader, as
the app will read it, and written atomically (see `snapshot`).
*/

mod clock;
mod fetch;
mod options;
mod pacing;
mod page;
mod query;
mod snapshot;

use std::collections::HashSet;
use std::time::SystemTime;

use serde_json::value::RawValue;
use trialmatch_core::reading::ahead::AheadWriter;
use trialmatch_core::registry::{self, SnapshotInfo, MAX_SNAPSHOT_BYTES};

use crate::failure::Failure;
use fetch::Fetcher;
pub use options::SyncArgs;
use options::SyncOptions;
use pacing::Pacing;

pub fn run(args: SyncArgs) -> Result<(), Failure> {
    let options = SyncOptions::from(args);
    let pacing = Pacing::from_env()?;
    let folder = snapshot::folder_of(&options.out);
    if !folder.is_dir() {
        // Checked first so that a typo in the path does not cost a whole download.
        return Err(Failure::failed(format!(
            "sync: cannot write {}: the folder {} does not exist",
            options.out.display(),
            folder.display()
        )));
    }
    let outcome = if options.out.exists() {
        format!("the previous snapshot at {} was left unchanged", options.out.display())
    } else {
        format!("nothing was written to {}", options.out.display())
    };
    let summary = sync(&options, pacing)
        .map_err(|reason| Failure::failed(format!("sync failed: {reason}; {outcome}")))?;
    println!("{summary}");
    Ok(())
}

/// Fetches, checks and writes; returns the summary line for stdout.
fn sync(options: &SyncOptions, pacing: Pacing) -> Result<String, String> {
    let query = &options.query;
    let fetched_at = clock::rfc3339(SystemTime::now());
    let endpoint = query.endpoint();
    eprintln!("sync: {} from {endpoint}", query.describe());

    let mut fetcher = Fetcher::new(pacing);
    let mut writer = AheadWriter::new();
    let mut studies = Vec::new();
    let mut pages: u32 = 0;
    let mut bytes_so_far = 0;
    let mut token: Option<String> = None;
    let mut tokens_seen = HashSet::new();
    loop {
        let number = pages + 1;
        let page = fetcher.fetch(&endpoint, &query.params(token.as_deref()), number, page::read)?;
        pages = number;
        // Only the fields the engine and the page read are kept, with the requirements read
        // ahead (docs/deploy.md); a study that does not read is kept as sent, so the loader
        // names it among the skipped.
        let trimmed: Vec<Box<RawValue>> = page.studies.into_iter().map(|s| trim(&mut writer, s)).collect();
        bytes_so_far += trimmed.iter().map(|s| s.get().len()).sum::<usize>();
        let count = trimmed.len();
        studies.extend(trimmed);
        eprintln!(
            "page {number}: {} ({} skipped by the loader), {} so far",
            plural(count, "study", "studies"),
            page.skipped,
            studies.len()
        );
        if bytes_so_far > MAX_SNAPSHOT_BYTES {
            return Err(format!(
                "after page {number} the snapshot is over the {} MB the app reads; narrow it with --condition or --status",
                MAX_SNAPSHOT_BYTES / 1_048_576
            ));
        }
        match page.next_page_token {
            None => break,
            // A server that hands out a token twice would otherwise be paged through forever.
            Some(next) if !tokens_seen.insert(next.clone()) => {
                return Err(format!(
                    "page {number} repeated the page token '{next}', which would loop forever"
                ))
            }
            Some(next) => token = Some(next),
        }
    }
    if studies.is_empty() {
        return Err(format!(
            "the registry returned no studies for {}; an empty snapshot would hide every trial",
            query.describe()
        ));
    }

    let info = SnapshotInfo {
        fetched_at,
        query: query.describe(),
        source: endpoint,
        pages,
        studies: u32::try_from(studies.len()).unwrap_or(u32::MAX),
    };
    let bytes = snapshot::render(&info, &studies);
    let report = registry::start_with_limit(&bytes, MAX_SNAPSHOT_BYTES)
        .and_then(|loading| loading.finish())
        .map_err(|error| format!("the finished snapshot does not load: {error}"))?;
    if report.trials.is_empty() {
        return Err(format!(
            "none of the {} studies could be loaded (first reason: {})",
            studies.len(),
            report.skipped.first().map(|s| s.reason.as_str()).unwrap_or("none given")
        ));
    }
    snapshot::write_atomically(&options.out, &bytes)?;
    Ok(format!(
        "wrote {}: {} in {} ({} skipped)",
        options.out.display(),
        plural(studies.len(), "study", "studies"),
        plural(pages as usize, "page", "pages"),
        report.skipped.len()
    ))
}

fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

/// A study with only the fields the engine and the page read, and the requirements the engine
/// read from it (so the page need not read them again); as sent when it does not read.
fn trim(writer: &mut AheadWriter, study: Box<RawValue>) -> Box<RawValue> {
    writer.study(study.get()).and_then(|text| RawValue::from_string(text).ok()).unwrap_or(study)
}
