//! Fuzzes criteria reading: any text as a trial's eligibility criteria must be sectioned,
//! read and matched without a panic, an empty answers document must never rule it out, and
//! three trials with the same text must be read alike (the reader's memory of repeated texts
//! gives exactly a fresh reading).
#![no_main]

use libfuzzer_sys::fuzz_target;
use trialmatch_core::answers::Answers;
use trialmatch_core::matching::{Catalog, Verdict};
use trialmatch_core::registry::load;

fuzz_target!(|text: &str| {
    let record = |id: usize| {
        format!(
            r#"{{"protocolSection": {{"identificationModule": {{"nctId": "FUZZ-{id}", "briefTitle": {title}}},
                "conditionsModule": {{"conditions": [{title}]}},
                "eligibilityModule": {{"eligibilityCriteria": {criteria}, "minimumAge": "18 Years"}}}}}}"#,
            title = serde_json_string(&text.chars().take(80).collect::<String>()),
            criteria = serde_json_string(text),
        )
    };
    let file = format!("[{}, {}, {}]", record(1), record(2), record(3));
    let Ok(report) = load(file.as_bytes()) else { return };
    let catalog = Catalog::new(report.trials);
    if catalog.len() == 3 {
        let first = format!("{:?}", catalog.rules(0));
        assert_eq!(first, format!("{:?}", catalog.rules(1)), "a remembered reading differs");
        assert_eq!(first, format!("{:?}", catalog.rules(2)), "a remembered reading differs");
    }
    for answers in [Answers::default(), full_answers()] {
        for found in catalog.match_all(&answers) {
            let _ = catalog.reasons(&found, &answers);
            if answers.is_empty() {
                assert_ne!(found.verdict, Verdict::RuledOut, "unanswered questions ruled a trial out");
            }
        }
    }
});

fn full_answers() -> Answers {
    Answers::from_json(
        r#"{"version": 1, "age_years": 40, "sex": "female", "diagnosis": "AML", "disease_status": "relapsed",
            "prior_lines": 2, "biomarkers": {"FLT3-ITD": true, "NPM1": false}, "prior_therapies": {"venetoclax": true},
            "ecog": 2, "cns_involvement": false, "fit_for_intensive": false}"#,
    )
    .unwrap()
}

fn serde_json_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
