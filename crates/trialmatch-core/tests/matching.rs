//! Matching as tables and invariants over the bundled example trials: each answers file in
//! `tests/data/matching/` gets the verdict, score and deciding reason of every example trial
//! (regenerate with `UPDATE_EXPECT=1`); the invariants hold for every trial.

use std::path::{Path, PathBuf};

use expect_test::expect_file;
use serde_json::Value;
use trialmatch_core::answers::Answers;
use trialmatch_core::matching::{rank, Catalog, CatalogBuilder, Mark, Reason, ReasonKind, Verdict};
use trialmatch_core::registry::load;

fn examples() -> Catalog {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/example-trials.json");
    let report = load(&std::fs::read(path).unwrap()).unwrap();
    assert_eq!(report.skipped, []);
    Catalog::new(report.trials)
}

fn patients() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/matching");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

fn answers(path: &Path) -> Answers {
    Answers::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn example_verdicts_as_expected() {
    let catalog = examples();
    for path in patients() {
        let answers = answers(&path);
        let mut out = String::new();
        for found in catalog.match_all(&answers) {
            let trial = &catalog.trials()[found.index];
            let reason = catalog.key_reasons(&found, &answers, 1).into_iter().next();
            let reason = reason.map(|r| format!("{:?}: {}", r.outcome, r.text)).unwrap_or_default();
            out += &format!("{} {:<9} {:.2} | {}\n", trial.id, found.verdict.key(), found.score, reason);
        }
        expect_file![path.with_extension("json.expected")].assert_eq(&out);
    }
}

/// Explanations use the questionnaire's words: what the person said is never an answers
/// document key ("FLT3_any", "allo_sct") or a lab report's "positive"/"negative".
#[test]
fn reasons_say_what_the_person_said_in_plain_words() {
    let catalog = examples();
    let mut markers_explained = 0;
    for path in patients() {
        let answers = answers(&path);
        for found in catalog.match_all(&answers) {
            for reason in catalog.reasons(&found, &answers) {
                let said = reason.text.rsplit_once(" — ").map_or("", |(_, said)| said);
                assert!(!reason.text.contains('_'), "{}: {}", path.display(), reason.text);
                assert!(!said.contains("positive") && !said.contains("negative"), "{}", reason.text);
                markers_explained += usize::from(said.starts_with("you said yes to "));
            }
        }
    }
    assert!(markers_explained > 0, "no answered marker was explained: the test checks nothing");
}

/// A limit stated both in the registry's fields and in the criteria text ("18 years and
/// over") is one line on the page, not two identical ones.
#[test]
fn no_reason_is_listed_twice() {
    let catalog = examples();
    for path in patients() {
        let answers = answers(&path);
        for found in catalog.match_all(&answers) {
            // Unread criteria all say "we could not read this criterion", each with its own quote.
            let reasons: Vec<_> = catalog
                .reasons(&found, &answers)
                .into_iter()
                .filter(|r| r.kind != ReasonKind::Unread)
                .collect();
            for (i, reason) in reasons.iter().enumerate() {
                let twin = reasons[..i].iter().find(|r| r.outcome == reason.outcome && r.text == reason.text);
                assert!(
                    twin.is_none(),
                    "{}: listed twice: {}",
                    catalog.trials()[found.index].id,
                    reason.text
                );
            }
        }
    }
}

#[test]
fn unanswered_questions_never_rule_a_trial_out() {
    let catalog = examples();
    let ruled_out: Vec<_> = catalog
        .match_all(&Answers::default())
        .into_iter()
        .filter(|m| m.verdict == Verdict::RuledOut)
        .map(|m| catalog.trials()[m.index].id.clone())
        .collect();
    assert_eq!(ruled_out, Vec::<String>::new());
}

/// Taking back any one answer ("not sure") can only keep or improve a trial's verdict.
#[test]
fn removing_an_answer_never_rules_a_trial_out() {
    let catalog = examples();
    for path in patients() {
        let full = answers(&path);
        let before: Vec<Verdict> = (0..catalog.len()).map(|i| catalog.match_one(i, &full).verdict).collect();
        let document: Value = serde_json::from_str(&full.to_json()).unwrap();
        for (key, value) in document.as_object().unwrap() {
            let nested: Vec<Option<&str>> = match value.as_object() {
                Some(inner) => inner.keys().map(|k| Some(k.as_str())).collect(),
                None if key != "version" => vec![None],
                None => continue,
            };
            for inner in nested {
                let mut reduced = document.clone();
                let top = reduced.as_object_mut().unwrap();
                match inner {
                    Some(k) => top.get_mut(key).and_then(Value::as_object_mut).unwrap().remove(k),
                    None => top.remove(key),
                };
                let fewer = Answers::from_value(reduced).unwrap();
                for (i, was) in before.iter().enumerate() {
                    let now = catalog.match_one(i, &fewer).verdict;
                    assert!(
                        !(now == Verdict::RuledOut && *was != Verdict::RuledOut),
                        "{}: removing {key}{} ruled out {}",
                        path.display(),
                        inner.map(|k| format!(".{k}")).unwrap_or_default(),
                        catalog.trials()[i].id
                    );
                }
            }
        }
    }
}

#[test]
fn criteria_the_engine_cannot_read_never_rule_a_trial_out() {
    let record = serde_json::json!({"protocolSection": {
        "identificationModule": {"nctId": "TEST-UNREAD", "briefTitle": "A study"},
        "conditionsModule": {"conditions": ["Relapsed Acute Myeloid Leukemia"]},
        "eligibilityModule": {"eligibilityCriteria": "Exclusion Criteria:\n\n* Zorbly frimption of the grommet\n* Any qualm deemed wibbly by the investigator"}}});
    let catalog = Catalog::new(load(record.to_string().as_bytes()).unwrap().trials);
    let answers = Answers::from_json(
        r#"{"version": 1, "diagnosis": "AML", "disease_status": "relapsed", "age_years": 50, "ecog": 4}"#,
    )
    .unwrap();
    let found = catalog.match_one(0, &answers);
    // Nothing unread rules out, nor keeps a trial that names the person's diagnosis and status,
    // and asks nothing else the answers can settle, from being likely.
    assert_eq!(found.verdict, Verdict::Likely);
    let reasons = catalog.reasons(&found, &answers);
    assert_eq!(reasons.iter().filter(|r| r.text.starts_with("We could not read")).count(), 2);
}

/// The page reads criteria a few trials at a time; the catalog it ends with must match exactly
/// like one built in a single call.
#[test]
fn a_catalog_built_in_steps_matches_like_one_built_at_once() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/example-trials.json");
    let trials = load(&std::fs::read(path).unwrap()).unwrap().trials;
    let at_once = Catalog::new(trials.clone());
    let mut builder = CatalogBuilder::new(trials);
    let mut steps = 0;
    while !builder.step(7) {
        steps += 1;
        assert_eq!(builder.read(), steps * 7);
    }
    assert_eq!(builder.read(), builder.total());
    let stepped = builder.finish();
    for path in patients() {
        let answers = answers(&path);
        assert_eq!(
            format!("{:?}", stepped.match_all(&answers)),
            format!("{:?}", at_once.match_all(&answers)),
            "{}",
            path.display()
        );
    }
}

/// A snapshot read while it downloads: trials are added as they arrive, and the catalog of the
/// trials read so far matches like one built from those trials alone.
#[test]
fn a_catalog_extended_as_trials_arrive_matches_like_one_built_at_once() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/example-trials.json");
    let trials = load(&std::fs::read(path).unwrap()).unwrap().trials;
    let mut builder = CatalogBuilder::new(Vec::new());
    let mut partial = Vec::new();
    for piece in trials.chunks(9) {
        builder.extend(piece.to_vec());
        builder.step(5);
        partial.push((builder.read(), builder.so_far()));
    }
    let whole = builder.finish();
    let at_once = Catalog::new(trials.clone());
    for path in patients() {
        let answers = answers(&path);
        let show = |c: &Catalog| format!("{:?}", c.match_all(&answers));
        assert_eq!(show(&whole), show(&at_once), "{}", path.display());
        for (read, so_far) in &partial {
            assert_eq!(so_far.len(), *read);
            assert_eq!(show(so_far), show(&Catalog::new(trials[..*read].to_vec())), "{}", path.display());
        }
    }
}

/// `match_all` ranks with numbers worked out when the catalog is built; the order must be
/// exactly the one `rank` defines, and every match the one `match_one` gives.
#[test]
fn match_all_orders_trials_as_rank_defines() {
    let catalog = examples();
    for path in patients() {
        let answers = answers(&path);
        let fast = catalog.match_all(&answers);
        let mut reference = fast.clone();
        reference.reverse();
        rank(&mut reference, catalog.trials());
        let ids = |m: &[trialmatch_core::matching::TrialMatch]| m.iter().map(|m| m.index).collect::<Vec<_>>();
        assert_eq!(ids(&fast), ids(&reference), "{}", path.display());
        for found in &fast {
            assert_eq!(found, &catalog.match_one(found.index, &answers), "{}", path.display());
        }
    }
}

/// Every answers document the tests know: the matching tables' and the development set's.
fn all_patients() -> Vec<PathBuf> {
    let devset = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../devset/patients");
    let mut files = patients();
    files.extend(std::fs::read_dir(devset).unwrap().map(|e| e.unwrap().path()));
    files.sort();
    files
}

/// Words and marks agree with the verdict: ✗ only for a certain miss, so a possible trial has
/// no ✗ that closes the whole trial; a ruled-out card leads with a ✗, and with one that
/// closes the whole trial when there is one; a likely trial has nothing open at all.
#[test]
fn marks_agree_with_verdicts() {
    let catalog = examples_and_likely_table();
    let mut seen = std::collections::HashMap::new();
    for path in all_patients() {
        let answers = answers(&path);
        for found in catalog.match_all(&answers) {
            let id = &catalog.trials()[found.index].id;
            *seen.entry(found.verdict).or_insert(0) += 1;
            let reasons = catalog.reasons(&found, &answers);
            let whole_miss = |r: &&Reason| r.mark == Mark::DoesNotFit && r.part.is_none();
            let first = catalog.key_reasons(&found, &answers, 1).into_iter().next();
            match found.verdict {
                Verdict::RuledOut => {
                    let first = first.unwrap_or_else(|| panic!("{id} ruled out without a reason"));
                    assert_eq!(first.mark, Mark::DoesNotFit, "{id}: a ruled-out card leads with {first:?}");
                    if reasons.iter().any(|r| whole_miss(&r)) {
                        assert!(first.part.is_none(), "{id}: a part's miss leads over the whole trial's");
                    }
                }
                Verdict::Possible | Verdict::NotAsPatient => {
                    assert!(
                        !reasons.iter().any(|r| whole_miss(&r)),
                        "{id} is possible with a whole-trial ✗: {reasons:#?}"
                    );
                }
                Verdict::Likely => {
                    for r in reasons.iter().filter(|r| r.kind != ReasonKind::Unread) {
                        assert_eq!(r.mark, Mark::Fits, "{id} is likely with {r:?}");
                    }
                    for kind in [ReasonKind::Diagnosis, ReasonKind::DiseaseStatus] {
                        assert!(
                            reasons.iter().any(|r| r.kind == kind),
                            "{id} is likely without naming {kind:?}"
                        );
                    }
                }
            }
        }
    }
    // The table covers every verdict a person can meet, so none of the checks above is empty.
    for verdict in [Verdict::Likely, Verdict::Possible, Verdict::RuledOut] {
        assert!(seen.get(&verdict).copied().unwrap_or(0) > 0, "no example trial is {verdict:?}: {seen:?}");
    }
}

/// A trial written for the "likely" table: its title and conditions, and criteria lines.
fn written_trial(id: &str, conditions: &[&str], inclusion: &[&str]) -> trialmatch_core::registry::Trial {
    let criteria = format!(
        "Inclusion Criteria:\n\n{}",
        inclusion.iter().map(|l| format!("* {l}\n")).collect::<String>()
    );
    let record = serde_json::json!({"protocolSection": {
        "identificationModule": {"nctId": id, "briefTitle": format!("A study {id}")},
        "conditionsModule": {"conditions": conditions},
        "eligibilityModule": {"eligibilityCriteria": criteria, "minimumAge": "18 Years"}}});
    load(record.to_string().as_bytes()).unwrap().trials.remove(0)
}

/// The trials of the "likely" table below.
fn likely_table() -> Vec<trialmatch_core::registry::Trial> {
    vec![
        // Names the diagnosis and the status; everything it asks is read whole.
        written_trial(
            "LIKELY-1",
            &["Relapsed Acute Myeloid Leukemia"],
            &["Relapsed or refractory AML", "ECOG 0-2"],
        ),
        // Names no status: never likely.
        written_trial("LIKELY-2", &["Acute Myeloid Leukemia"], &["ECOG 0-2"]),
        // A marker amount narrows the reading: a match of it is not certain.
        written_trial(
            "LIKELY-3",
            &["Relapsed Acute Myeloid Leukemia"],
            &["Relapsed or refractory AML", "FLT3-ITD with an allelic ratio of at least 5%"],
        ),
        // A check (a condition left unread) is never likely.
        written_trial(
            "LIKELY-4",
            &["Relapsed Acute Myeloid Leukemia"],
            &["Relapsed or refractory AML", "ECOG 0-2 unless the decline is due to leukemia"],
        ),
    ]
}

fn examples_and_likely_table() -> Catalog {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/example-trials.json");
    let mut trials = load(&std::fs::read(path).unwrap()).unwrap().trials;
    trials.extend(likely_table());
    Catalog::new(trials)
}

/// What "likely" means (ARCHITECTURE.md): the trial names the person's diagnosis and status,
/// and every requirement the questionnaire can answer is met and read whole — none is a
/// check, none unknown.
#[test]
fn likely_means_named_and_every_answerable_requirement_surely_met() {
    let catalog = Catalog::new(likely_table());
    let patient = |ecog: &str| {
        Answers::from_json(&format!(
            r#"{{"version": 1, "age_years": 58, "diagnosis": "AML", "disease_status": "relapsed",
                "biomarkers": {{"FLT3-ITD": true}}, "ecog": {ecog}}}"#
        ))
        .unwrap()
    };
    let verdicts = |answers: &Answers| -> Vec<(String, Verdict)> {
        let mut found: Vec<_> = catalog
            .match_all(answers)
            .into_iter()
            .map(|m| (catalog.trials()[m.index].id.clone(), m.verdict))
            .collect();
        found.sort_by(|a, b| a.0.cmp(&b.0));
        found
    };
    let answered = verdicts(&patient("1"));
    let expected = [
        ("LIKELY-1", Verdict::Likely),
        ("LIKELY-2", Verdict::Possible),
        ("LIKELY-3", Verdict::Possible),
        ("LIKELY-4", Verdict::Possible),
    ];
    assert_eq!(answered, expected.map(|(id, v)| (id.to_owned(), v)));
    // An answer left open leaves the trial possible.
    assert_eq!(verdicts(&patient("null"))[0].1, Verdict::Possible);
    // And a certain miss rules it out.
    assert_eq!(verdicts(&patient("3"))[0].1, Verdict::RuledOut);
}
