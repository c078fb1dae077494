//! The `trialmatch` command: the same engine as the web page, on the command line.
/*!
This crate is glue: argument parsing, file IO and printing. All reading of records and
criteria, and all matching, lives in `trialmatch-core`, so the CLI and the page cannot give
different verdicts for the same answers.
*/

mod accuracy;
mod args;
mod check;
mod files;
mod matching;
mod patient;
mod sync;
mod synth;

use std::process::ExitCode;

const HELP: &str = "\
trialmatch — match a leukemia patient's answers against ClinicalTrials.gov records, on this machine.

Usage: trialmatch <COMMAND> [OPTIONS]

Commands:
  match --trials PATH --patient FILE [--format jsonl|table]
                 Match one answers document against every trial; one JSON object per trial
  accuracy --trials DIR --devset DIR [--show] [--min-eligible X] [--min-excluded Y]
                 Eligible and exclusion recall on a labelled development set
  check PATH [--expect-all]
                 Load a file or folder of study records; print loaded/skipped counts, reasons
                 and timing. --expect-all fails when any record is skipped.
  sync --out FILE [--condition TEXT]... [--status LIST] [--base-url URL] [--page-size N]
                 Download current leukemia/MDS studies from ClinicalTrials.gov into one
                 snapshot file; FILE is replaced only when the whole download succeeds.
  synth --n N [--seed S] --out FILE
                 Write N generated trials (deterministic for a seed) recombined from the examples
  help           Print this help

Options:
  -h, --help     Print help
  -V, --version  Print version

Exit status: 0 on success, 1 when a command fails, 2 for bad arguments or a bad answers file.
";

fn main() -> ExitCode {
    let mut argv = std::env::args().skip(1);
    let command = argv.next();
    let rest: Vec<String> = argv.collect();
    let result = match command.as_deref() {
        None | Some("help" | "-h" | "--help") => {
            print!("{HELP}");
            Ok(())
        }
        Some("-V" | "--version") => {
            println!("trialmatch {}", env!("CARGO_PKG_VERSION"));
            Ok(())
        }
        Some("check") => check::run(&rest),
        Some("match") => matching::run(&rest),
        Some("accuracy") => accuracy::run(&rest),
        Some("synth") => synth::run(&rest),
        Some("sync") => sync::run(&rest),
        Some(other) => {
            Err(args::Failure::usage(format!("unknown command '{other}' (try 'trialmatch --help')")))
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("trialmatch: {}", failure.message);
            ExitCode::from(failure.code)
        }
    }
}
