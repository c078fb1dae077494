//! The `trialmatch` command: the same engine as the web page, on the command line.
/*!
This crate is glue: argument parsing (clap), file IO and printing. All reading of records and
criteria, and all matching, lives in `trialmatch-core`, so the CLI and the page cannot give
different verdicts for the same answers.
*/

mod accuracy;
mod check;
mod failure;
mod files;
mod matching;
mod patient;
mod read_report;
mod report_accuracy;
mod sync;
mod synth;

use std::process::ExitCode;

use clap::error::ErrorKind;
use clap::{Parser, Subcommand};

/// Match a leukemia patient's answers against ClinicalTrials.gov records, on this machine.
#[derive(Debug, Parser)]
#[command(
    name = "trialmatch",
    version,
    after_help = "Exit status: 0 on success, 1 when a command fails, 2 for bad arguments or a bad answers file."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Match one answers document against every trial; one JSON object per trial.
    Match(matching::MatchArgs),
    /// Eligible recall, exclusion recall and likely precision on the labelled development set;
    /// with --reports, the report reader's precision and recall on a folder of reports.
    Accuracy(accuracy::AccuracyArgs),
    /// Read a lab report's text (pathology, cytogenetics, FISH, flow, NGS, BCR-ABL1 PCR) and
    /// print its diagnosis, CML phase and markers as JSON, with the line each came from.
    ReadReport(read_report::ReadReportArgs),
    /// Load a file or folder of study records; print loaded/skipped counts, reasons and timing.
    Check(check::CheckArgs),
    /// Download current leukemia/MDS studies from ClinicalTrials.gov into one snapshot file.
    ///
    /// The studies are fetched page by page from the ClinicalTrials.gov API v2 and written to
    /// FILE as one snapshot. FILE is replaced only when the whole download succeeded.
    Sync(sync::SyncArgs),
    /// Write N generated trials (deterministic for a seed) recombined from the examples.
    Synth(synth::SynthArgs),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) if matches!(error.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => {
            print!("{error}");
            return ExitCode::SUCCESS;
        }
        Err(error) if error.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            print!("{error}");
            return ExitCode::from(2);
        }
        Err(error) => {
            eprint!("trialmatch: {}", error.render());
            return ExitCode::from(2);
        }
    };
    let result = match cli.command {
        Command::Match(args) => matching::run(args),
        Command::Accuracy(args) => accuracy::run(args),
        Command::Check(args) => check::run(args),
        Command::ReadReport(args) => read_report::run(args),
        Command::Sync(args) => sync::run(args),
        Command::Synth(args) => synth::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("trialmatch: {}", failure.message);
            ExitCode::from(failure.code)
        }
    }
}
