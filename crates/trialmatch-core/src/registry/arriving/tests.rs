//! A file read as it arrives, in pieces of every size, must give what reading it whole gives.

use super::{Arrived, Arriving};
use crate::registry::{load, LoadError, LoadReport, MAX_FILE_BYTES};

fn study(id: &str, title: &str) -> String {
    format!(
        r#"{{"protocolSection": {{"identificationModule": {{"nctId": "{id}", "briefTitle": "{title}"}},
           "eligibilityModule": {{"eligibilityCriteria": "Inclusion Criteria:\n* Adults with AML"}}}}}}"#
    )
}

/// Reads `text` in pieces of `size` bytes, taking trials after every piece; the trials taken
/// (all of them, when the fast path gave up), the skipped records, the snapshot, and whether
/// any trial was taken before the whole file had arrived.
fn in_pieces(text: &[u8], size: usize) -> Result<(LoadReport, bool), LoadError> {
    let mut arriving = Arriving::new(MAX_FILE_BYTES);
    let mut taken = Vec::new();
    for piece in text.chunks(size) {
        arriving.push(piece)?;
        while arriving.step(2) > 0 {}
        taken.extend(arriving.take());
    }
    let early = !taken.is_empty();
    let report = match arriving.finish()? {
        Arrived::Rest(mut rest) => {
            taken.append(&mut rest.trials);
            LoadReport { trials: taken, ..rest }
        }
        Arrived::Whole(whole) => whole,
    };
    Ok((report, early))
}

fn summary(report: &LoadReport) -> (Vec<String>, Vec<(String, String)>, Option<String>) {
    (
        report.trials.iter().map(|t| format!("{} {}", t.id, t.brief_title)).collect(),
        report.skipped.iter().map(|s| (s.record.clone(), s.reason.clone())).collect(),
        report.snapshot.as_ref().map(|s| format!("{} {}", s.fetched_at, s.studies)),
    )
}

#[test]
fn every_piece_size_reads_like_the_whole_file() {
    let snapshot = format!(
        "{{\"snapshot\": {{\"fetched_at\": \"2026-12-03T05:00:00Z\", \"studies\": 3}},\n\"studies\": [\n{},\n{},\n{},\n{}\n]}}\n",
        study("NCT00000001", "First"),
        study("NCT00000002", "Second \\\"quoted\\\" ]}"),
        study("NCT00000001", "Repeated"),
        r#"{"protocolSection": 12}"#,
    );
    let array =
        format!("\u{feff}[{}, 42, {}]", study("NCT00000003", "Third é"), study("NCT00000004", "Fourth"));
    let broken = format!("[{}, {}", study("NCT00000005", "Fifth"), study("NCT00000006", "Sixth"));
    let lines = format!(
        "{}\n{}\n",
        study("NCT00000007", "a").replace('\n', " "),
        study("NCT00000008", "b").replace('\n', " ")
    );
    for text in [snapshot, array, broken, lines, "12".to_owned()] {
        let whole = load(text.as_bytes());
        for size in 1..=text.len() {
            let arrived = in_pieces(text.as_bytes(), size);
            match (&whole, &arrived) {
                (Ok(whole), Ok((arrived, _))) => {
                    assert_eq!(summary(arrived), summary(whole), "pieces of {size} bytes of {text}")
                }
                (Err(whole), Err(arrived)) => assert_eq!(arrived, whole, "pieces of {size} bytes of {text}"),
                _ => panic!("pieces of {size} bytes of {text}: {arrived:?} against {whole:?}"),
            }
        }
    }
}

/// The point of reading as the file arrives: trials are there before the end.
#[test]
fn trials_are_taken_before_the_file_has_arrived() {
    let studies: Vec<String> = (0..20).map(|n| study(&format!("NCT{n:08}"), "T")).collect();
    let text = format!("{{\"snapshot\": {{\"studies\": 20}}, \"studies\": [{}]}}", studies.join(","));
    let mut arriving = Arriving::new(MAX_FILE_BYTES);
    arriving.push(&text.as_bytes()[..text.len() / 2]).unwrap();
    while arriving.step(5) > 0 {}
    let early = arriving.take();
    assert!((5..10).contains(&early.len()), "{} trials from half the file", early.len());
    assert_eq!(arriving.snapshot().map(|s| s.studies), Some(20));
    let (report, early) = in_pieces(text.as_bytes(), 1000).unwrap();
    assert!(early);
    assert_eq!(report.trials.len(), 20);
}

#[test]
fn too_large_a_file_is_refused_as_it_arrives() {
    let mut arriving = Arriving::new(10);
    arriving.push(b"[{}, ").unwrap();
    assert_eq!(arriving.push(b"{}, {}]"), Err(LoadError::TooLarge { bytes: 12, limit: 10 }));
}

#[test]
fn other_formats_and_empty_files_say_what_they_are() {
    for (text, error) in [
        ("", LoadError::Empty),
        ("nct_id,title\nNCT1,x\n", LoadError::OtherFormat("a CSV or spreadsheet export")),
        ("<?xml version=\"1.0\"?>", LoadError::OtherFormat("an XML file or a saved web page")),
    ] {
        assert_eq!(in_pieces(text.as_bytes(), 3).unwrap_err(), error, "{text}");
    }
}
