//! Sectioning and reading as tables: criteria texts in `tests/data/sections/`, criterion
//! lines in `tests/data/reading/items.txt` and whole trials (title, conditions, criteria) in
//! `tests/data/reading/trials/`, each with an `.expected` file beside it.
//! Regenerate with `UPDATE_EXPECT=1 cargo test -p trialmatch-core --test criteria` and review.

use std::fmt::Write;
use std::path::Path;

use expect_test::expect_file;
use trialmatch_core::criteria::{split_criteria, Section};
use trialmatch_core::reading::{read_trial, Need, Reader};
use trialmatch_core::registry::load;

fn data(path: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(path)
}

#[test]
fn sections_split_as_expected() {
    let mut inputs: Vec<_> = std::fs::read_dir(data("sections"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 4);
    for input in inputs {
        let criteria = split_criteria(&std::fs::read_to_string(&input).unwrap());
        let mut out = String::new();
        for item in &criteria.items {
            let cohort =
                item.cohort.map(|c| format!(" [{}]", criteria.cohorts[c as usize].label)).unwrap_or_default();
            let parent = item.parent.map(|p| format!(" (under {p})")).unwrap_or_default();
            writeln!(
                out,
                "{:?}{cohort}{parent} {}{}",
                item.section,
                "  ".repeat(item.depth as usize),
                item.text
            )
            .unwrap();
        }
        expect_file![input.with_extension("txt.expected")].assert_eq(&out);
    }
}

/// Reads one criterion as the only item of a trial with no conditions, so only what the
/// criterion itself says shows up.
fn read_line(section: &str, text: &str) -> String {
    let header = match section {
        "inclusion" => "Inclusion Criteria:",
        "exclusion" => "Exclusion Criteria:",
        other => panic!("unknown section {other}"),
    };
    let record = serde_json::json!({"protocolSection": {
        "identificationModule": {"nctId": "TEST-READ", "briefTitle": "A study"},
        "eligibilityModule": {"eligibilityCriteria": format!("{header}\n\n* {text}")}}});
    let trial = load(record.to_string().as_bytes()).unwrap().trials.remove(0);
    let rules = read_trial(&trial);
    let mut out = String::new();
    // The first requirement is the trial's diagnosis; a criterion shows in it only through the
    // diagnoses it names.
    let names_diagnoses =
        matches!(&rules.requirements[0].need, Need::Diagnosis { weak, .. } if !weak.is_empty());
    let skip = if names_diagnoses { 0 } else { 1 };
    out.push_str(&requirements(&rules.requirements[skip..]));
    if rules.unread.contains(&0) {
        out.push_str("    unread\n");
    }
    if out.is_empty() {
        out.push_str("    (understood, nothing to check)\n");
    }
    out
}

/// Requirements a line each, with what limits them: "soft" (a miss only asks to check),
/// "not certain" (a match does not make the trial likely), alternatives and cohorts.
fn requirements(list: &[trialmatch_core::reading::Requirement]) -> String {
    let mut out = String::new();
    for r in list {
        let flags = [
            (r.soft, "soft"),
            (!r.soft && !r.certain, "not certain"),
            (r.group.is_some(), "alternative"),
            (r.cohort.is_some(), "cohort"),
        ]
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, name)| *name)
        .collect::<Vec<_>>();
        let flags = if flags.is_empty() { String::new() } else { format!(" ({})", flags.join(", ")) };
        writeln!(out, "    {:?}{flags}", r.need).unwrap();
    }
    out
}

/// Whole trials written for the table: `title:`, `conditions:` and (optional) `minimum age:`
/// lines, `---`, then the
/// criteria text. The expected file lists who takes part, the cohorts and every requirement.
#[test]
fn trial_readings_as_expected() {
    let mut inputs: Vec<_> = std::fs::read_dir(data("reading/trials"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 6, "the table lost trials");
    for input in inputs {
        let text = std::fs::read_to_string(&input).unwrap();
        let (head, criteria) = text.split_once("\n---\n").expect("a --- line");
        let field = |name: &str| {
            head.lines().find_map(|l| l.strip_prefix(name)).map(str::trim).unwrap_or_default().to_string()
        };
        let conditions: Vec<String> = field("conditions:").split("; ").map(String::from).collect();
        let record = serde_json::json!({"protocolSection": {
            "identificationModule": {"nctId": "TEST-TRIAL", "briefTitle": field("title:")},
            "conditionsModule": {"conditions": conditions},
            "eligibilityModule": {"eligibilityCriteria": criteria, "minimumAge": field("minimum age:")}}});
        let trial = load(record.to_string().as_bytes()).unwrap().trials.remove(0);
        let rules = read_trial(&trial);
        let mut out = format!("participants: {:?}\ncohorts: {:?}\n", rules.participants, rules.cohorts);
        out.push_str(&requirements(&rules.requirements));
        expect_file![input.with_extension("txt.expected")].assert_eq(&out);
    }
}

#[test]
fn criterion_readings_as_expected() {
    let input = std::fs::read_to_string(data("reading/items.txt")).unwrap();
    let mut out = String::new();
    let mut cases = 0;
    for line in input.lines() {
        let Some((section, text)) = line.split_once(": ").filter(|_| !line.starts_with('#')) else {
            continue;
        };
        cases += 1;
        writeln!(out, "{line}\n{}", read_line(section, text)).unwrap();
    }
    assert!(cases >= 60, "the table lost cases: {cases}");
    expect_file![data("reading/items.txt.expected")].assert_eq(&out);
}

#[test]
fn every_item_keeps_its_section() {
    let criteria = split_criteria("Inclusion Criteria:\n* a\nExclusion Criteria:\n* b\n");
    let sections: Vec<Section> = criteria.items.iter().map(|i| i.section).collect();
    assert_eq!(sections, [Section::Inclusion, Section::Exclusion]);
}

/// A reader kept across trials remembers lines it has read; what it remembers must be exactly
/// what a fresh read gives, whatever order the trials come in.
#[test]
fn a_reader_kept_across_trials_reads_as_a_fresh_one() {
    let examples =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/example-trials.json"));
    let trials = load(&examples.unwrap()).unwrap().trials;
    let mut reader = Reader::new();
    for trial in trials.iter().chain(trials.iter().rev()).chain(trials.iter()) {
        assert_eq!(reader.read_trial(trial), read_trial(trial), "{}", trial.id);
    }
}
