//! `trialmatch check PATH`: loads records and reports what loaded, what was skipped and why,
//! and how long it took — the corpus check CI runs on the shared registry records.

use std::time::Instant;

use std::path::PathBuf;

use crate::failure::Failure;
use crate::files::load_path;

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// A file of records in any accepted shape, or a folder of study files.
    path: PathBuf,
    /// Fail when any record is skipped.
    #[arg(long)]
    expect_all: bool,
}

pub fn run(args: CheckArgs) -> Result<(), Failure> {
    let started = Instant::now();
    let report = load_path(&args.path)?;
    let elapsed = started.elapsed();

    println!("{}", report.summary());
    for skipped in &report.skipped {
        println!("  skipped {}: {}", skipped.record, skipped.reason);
    }
    let per_thousand = if report.trials.is_empty() {
        0.0
    } else {
        elapsed.as_secs_f64() * 1000.0 / report.trials.len() as f64 * 1000.0
    };
    println!("took {:.1} ms ({per_thousand:.1} ms per 1,000 records)", elapsed.as_secs_f64() * 1000.0);
    if report.trials.is_empty() {
        return Err(Failure::failed("no trials could be loaded"));
    }
    if args.expect_all && !report.skipped.is_empty() {
        return Err(Failure::failed(format!("--expect-all: {} records were skipped", report.skipped.len())));
    }
    Ok(())
}
