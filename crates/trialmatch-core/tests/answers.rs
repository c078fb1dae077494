//! The answers document as a table: each file in `tests/data/answers/` is read and either
//! written back (unanswered keys dropped, unknown keys ignored) or refused with a message
//! that names the key. Regenerate with `UPDATE_EXPECT=1`.

use std::path::Path;

use expect_test::expect_file;
use trialmatch_core::answers::{Answers, Biomarker, PriorTherapy};

#[test]
fn every_answers_fixture_reads_as_expected() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/answers");
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 10);
    for input in inputs {
        let text = std::fs::read_to_string(&input).unwrap();
        let rendered = match Answers::from_json(&text) {
            Ok(answers) => format!("ok: {}\n", answers.to_json()),
            Err(error) => format!("error: {error}\n"),
        };
        expect_file![input.with_extension("json.expected")].assert_eq(&rendered);
    }
}

#[test]
fn writing_and_reading_back_gives_the_same_answers() {
    let mut answers =
        Answers { age_years: Some(0.5), ecog: Some(0), tki_count: Some(2), ..Answers::default() };
    for (i, marker) in Biomarker::ALL.iter().enumerate() {
        answers.set_biomarker(*marker, [Some(true), Some(false), None][i % 3]);
    }
    for (i, therapy) in PriorTherapy::ALL.iter().enumerate() {
        answers.set_prior(*therapy, [None, Some(true), Some(false)][i % 3]);
    }
    assert_eq!(Answers::from_json(&answers.to_json()).unwrap(), answers);
    assert!(Answers::default().is_empty());
    assert_eq!(Answers::default().to_json(), r#"{"version":1}"#);
}
