//! The report reader as a table: every report in `tests/data/reports/` (written for the
//! project) is read, and the reading — the JSON `trialmatch read-report` prints, then the
//! diagnostics — is compared with its `.txt.expected` file; and the readings are measured
//! against the hand-written `.truth.json` files. Regenerate the expected files with
//! `UPDATE_EXPECT=1 cargo test -p trialmatch-core --test reports` and review them.

use std::path::{Path, PathBuf};

use expect_test::expect_file;
use trialmatch_core::report::{self, Scores, Truth};

/// The least precision of any key and the least recall over all keys the table must keep.
const MIN_PRECISION: f64 = 0.97;
const MIN_RECALL: f64 = 0.85;

fn reports() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/reports");
    let mut reports: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    reports.sort();
    reports
}

fn name(path: &Path) -> String {
    path.file_stem().unwrap().to_string_lossy().into_owned()
}

#[test]
fn every_report_reads_as_expected() {
    let reports = reports();
    assert!(reports.len() >= 40, "the table lost reports: {}", reports.len());
    for path in reports {
        let reading = report::read(&std::fs::read_to_string(&path).unwrap());
        let mut out = serde_json::to_string_pretty(&reading).unwrap();
        out.push('\n');
        for diagnostic in &reading.diagnostics {
            out.push_str(&format!("diagnostic: {diagnostic}\n"));
        }
        expect_file![path.with_extension("txt.expected")].assert_eq(&out);
    }
}

#[test]
fn precision_and_recall_on_the_table() {
    let mut scores = Scores::default();
    for path in reports() {
        let truth_path = path.with_extension("truth.json");
        let truth = Truth::from_json(&std::fs::read_to_string(&truth_path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", truth_path.display()));
        let reading = report::read(&std::fs::read_to_string(&path).unwrap());
        scores.add(&name(&path), &reading, &truth);
    }
    let errors: Vec<String> = scores
        .errors
        .iter()
        .map(|e| format!("{} {}: read {:?}, truth {:?}", e.report, e.key, e.predicted, e.truth))
        .collect();
    for (key, tally) in &scores.per_key {
        let precision = tally.precision().unwrap_or(1.0);
        assert!(precision >= MIN_PRECISION, "{key}: precision {precision:.3}\n{}", errors.join("\n"));
    }
    let recall = scores.overall().recall().unwrap_or(1.0);
    assert!(recall >= MIN_RECALL, "overall recall {recall:.3}\n{}", errors.join("\n"));
}

/// Text no report should hold still reads to a value: no panic, a diagnostic where it helps.
#[test]
fn broken_input_gives_a_value() {
    for text in [
        "",
        "\u{0}\u{1}\u{fffd}",
        "46,XY,t(9;22)(q34;q11.2[20]",
        "((((((((",
        "FLT3-ITD",
        "Detected",
        "CD19+ CD20- CD33 (",
        "nuc ish(",
        "é—ü≥ 5% blasts: ∞%",
        &"FLT3-ITD detected; ".repeat(2000),
    ] {
        let reading = report::read(text);
        assert!(reading.found.len() < 10_000);
    }
    assert!(!report::read("").diagnostics.is_empty());
}

/// The table's reports cut into pieces and put back with odd characters between them still
/// read to a value: whatever a PDF's copy does to the text, no panic.
#[test]
fn cut_up_reports_never_panic() {
    for path in reports() {
        let text = std::fs::read_to_string(&path).unwrap();
        let chars: Vec<char> = text.chars().collect();
        for size in [5, 11, 29] {
            let mut mixed = String::new();
            for (i, piece) in chars.chunks(size).enumerate() {
                if i % 3 != 1 {
                    mixed.extend(piece);
                    mixed.push_str(["é", "—", "≥(", "\u{fffd}", ";[", "\n", "%"][i % 7]);
                }
            }
            let reading = report::read(&mixed);
            assert!(serde_json::to_string(&reading).is_ok(), "{}", path.display());
        }
    }
}
