//! `trialmatch accuracy --reports DIR`: reads every `NAME.txt` of a folder with its
//! `NAME.truth.json` and prints the report reader's precision and recall per key and overall;
//! several folders are pooled; `--show` lists every error.

use std::path::{Path, PathBuf};

use trialmatch_core::report::{self, Scores, Tally, Truth};

use crate::failure::Failure;
use crate::read_report::read_text;

fn ratio(value: Option<f64>) -> String {
    value.map_or_else(|| "-".to_string(), |v| format!("{v:.3}"))
}

fn line(name: &str, tally: &Tally) {
    println!(
        "{name:<20} {:>9} {:>7} {:>5} {:>5} {:>5}",
        ratio(tally.precision()),
        ratio(tally.recall()),
        tally.true_positives,
        tally.false_positives,
        tally.false_negatives
    );
}

/// The reports of one folder, each `NAME.txt`, in order of name.
fn reports_in(dir: &Path) -> Result<Vec<PathBuf>, Failure> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| Failure::failed(format!("cannot read {}: {e}", dir.display())))?;
    let mut reports: Vec<_> =
        entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect();
    reports.sort();
    if reports.is_empty() {
        return Err(Failure::failed(format!("no NAME.txt reports in {}", dir.display())));
    }
    Ok(reports)
}

pub fn run(dirs: &[PathBuf], show: bool) -> Result<(), Failure> {
    let mut scores = Scores::default();
    for dir in dirs {
        // With several folders an error names the folder too.
        let folder = dir.file_name().unwrap_or_default().to_string_lossy().into_owned();
        for path in &reports_in(dir)? {
            let stem = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
            let name = if dirs.len() > 1 { format!("{folder}/{stem}") } else { stem };
            let truth_path = path.with_extension("truth.json");
            let truth_text = std::fs::read_to_string(&truth_path)
                .map_err(|e| Failure::failed(format!("cannot read {}: {e}", truth_path.display())))?;
            let truth = Truth::from_json(&truth_text)
                .map_err(|e| Failure::usage(format!("{}: {e}", truth_path.display())))?;
            let reading = report::read(&read_text(path)?);
            scores.add(&name, &reading, &truth);
        }
    }
    println!("{} reports", scores.reports);
    println!("{:<20} {:>9} {:>7} {:>5} {:>5} {:>5}", "key", "precision", "recall", "tp", "fp", "fn");
    for (key, tally) in &scores.per_key {
        line(key, tally);
    }
    line("overall", &scores.overall());
    if show {
        for error in &scores.errors {
            let shown = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".to_string());
            println!(
                "ERROR {} {}: predicted {}, truth {}",
                error.report,
                error.key,
                shown(&error.predicted),
                shown(&error.truth)
            );
        }
    }
    Ok(())
}
