//! `trialmatch check PATH`: loads records and reports what loaded, what was skipped and why,
//! and how long it took — the corpus check CI runs on the shared registry records.

use std::path::Path;
use std::time::Instant;

use crate::args::{Args, Failure};
use crate::files::load_path;

pub fn run(args: &[String]) -> Result<(), Failure> {
    let mut args = Args::parse(args, &[])?;
    let expect_all = args.flag("expect-all");
    args.finish()?;
    let [path] = args.positional.as_slice() else {
        return Err(Failure::usage("usage: trialmatch check PATH [--expect-all]"));
    };
    let started = Instant::now();
    let report = load_path(Path::new(path))?;
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
    if expect_all && !report.skipped.is_empty() {
        return Err(Failure::failed(format!("--expect-all: {} records were skipped", report.skipped.len())));
    }
    Ok(())
}
