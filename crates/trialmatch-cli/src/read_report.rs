//! `trialmatch read-report FILE`: reads a lab report's text (as copied from a PDF) and prints
//! what it says in the answers document's keys, as one JSON object; what could not be read
//! goes to stderr.

use std::path::PathBuf;

use crate::failure::Failure;

#[derive(Debug, clap::Args)]
pub struct ReadReportArgs {
    /// A text file holding the report (bytes that are not UTF-8 are replaced).
    file: PathBuf,
}

/// The report's text: UTF-8 as far as it goes, a replacement character where it does not.
pub fn read_text(path: &std::path::Path) -> Result<String, Failure> {
    let bytes =
        std::fs::read(path).map_err(|e| Failure::failed(format!("cannot read {}: {e}", path.display())))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

pub fn run(args: ReadReportArgs) -> Result<(), Failure> {
    let text = read_text(&args.file)?;
    let reading = trialmatch_core::report::read(&text);
    let json = serde_json::to_string_pretty(&reading)
        .map_err(|e| Failure::failed(format!("cannot write the reading: {e}")))?;
    println!("{json}");
    for diagnostic in &reading.diagnostics {
        eprintln!("trialmatch: note: {diagnostic}");
    }
    Ok(())
}
