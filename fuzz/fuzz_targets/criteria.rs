//! Fuzzes criteria reading: any text as a trial's eligibility criteria must be sectioned,
//! read and matched without a panic, and an empty answers document must never rule it out.
#![no_main]

use libfuzzer_sys::fuzz_target;
use trialmatch_core::answers::Answers;
use trialmatch_core::matching::{Catalog, Verdict};
use trialmatch_core::registry::load;

fuzz_target!(|text: &str| {
    let record = format!(
        r#"{{"protocolSection": {{"identificationModule": {{"nctId": "FUZZ-1", "briefTitle": {title}}},
            "conditionsModule": {{"conditions": [{title}]}},
            "eligibilityModule": {{"eligibilityCriteria": {criteria}, "minimumAge": "18 Years"}}}}}}"#,
        title = serde_json_string(&text.chars().take(80).collect::<String>()),
        criteria = serde_json_string(text),
    );
    let Ok(report) = load(record.as_bytes()) else { return };
    let catalog = Catalog::new(report.trials);
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
