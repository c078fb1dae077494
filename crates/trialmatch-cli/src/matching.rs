//! `trialmatch match --trials PATH --patient FILE [--format jsonl|table]`: the page's verdicts
//! on the command line. `jsonl` prints one JSON object per trial and nothing else on stdout.

use std::io::Write;
use std::path::PathBuf;

use serde_json::json;
use trialmatch_core::matching::{Catalog, Outcome};

use crate::failure::Failure;
use crate::files::load_path;
use crate::patient::read_answers;

#[derive(Debug, clap::Args)]
pub struct MatchArgs {
    /// A file of records, or a folder of study files.
    #[arg(long, value_name = "PATH")]
    trials: PathBuf,
    /// An answers document (docs/answers-v1.md).
    #[arg(long, value_name = "FILE")]
    patient: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// One JSON object per trial and nothing else on stdout.
    Jsonl,
    /// One line per trial, for reading.
    Table,
}

pub fn run(args: MatchArgs) -> Result<(), Failure> {
    let answers = read_answers(&args.patient)?;
    let format = args.format;
    let report = load_path(&args.trials)?;
    for skipped in &report.skipped {
        eprintln!("skipped {}: {}", skipped.record, skipped.reason);
    }
    let catalog = Catalog::new(report.trials);
    let matches = catalog.match_all(&answers);

    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for found in &matches {
        let trial = &catalog.trials()[found.index];
        let reasons = catalog.reasons(found, &answers);
        let line = if format == Format::Jsonl {
            let reasons: Vec<_> = reasons
                .iter()
                .map(|r| {
                    json!({
                        "kind": r.kind,
                        "status": outcome_key(r.outcome),
                        "mark": r.mark,
                        "text": r.text,
                        "quote": r.quote.clone().unwrap_or_default(),
                    })
                })
                .collect();
            json!({
                "nct_id": trial.id,
                "verdict": found.verdict.key(),
                "score": (found.score * 1000.0).round() / 1000.0,
                "reasons": reasons,
            })
            .to_string()
        } else {
            let top = catalog.key_reasons(found, &answers, 1);
            let reason = top.first().map(|r| r.text.as_str()).unwrap_or("");
            format!(
                "{:<12} {:<10} {:>5.2}  {}  — {}",
                trial.id,
                found.verdict.key(),
                found.score,
                trial.brief_title,
                reason
            )
        };
        if writeln!(out, "{line}").is_err() {
            break;
        }
    }
    Ok(())
}

pub fn outcome_key(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Met => "met",
        Outcome::NotMet => "not_met",
        Outcome::Unknown | Outcome::NotApplicable => "unknown",
    }
}
