//! Requirements read ahead into a snapshot must change nothing but the time: a catalog built
//! from them equals one built by reading, for the example trials and generated ones of real
//! size; stored requirements that do not fit (another engine's, cut, pointing past the end)
//! are read again, and the record still loads.

use std::path::{Path, PathBuf};

use serde_json::Value;
use trialmatch_core::answers::Answers;
use trialmatch_core::matching::{Catalog, CatalogBuilder};
use trialmatch_core::reading::ahead::{is_ours, stored_rules, AheadWriter};
use trialmatch_core::reading::FINGERPRINT;
use trialmatch_core::registry::{load, Trial};
use trialmatch_core::synth::{generate, Shape};

fn examples() -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/example-trials.json")).unwrap()
}

/// The records of an API page, each as its own text.
fn records(page: &[u8]) -> Vec<String> {
    let page: Value = serde_json::from_slice(page).unwrap();
    page["studies"].as_array().unwrap().iter().map(Value::to_string).collect()
}

fn page(records: &[String]) -> Vec<u8> {
    format!("{{\"studies\":[{}]}}", records.join(",")).into_bytes()
}

fn catalog(bytes: &[u8]) -> (Catalog, Vec<Trial>) {
    let report = load(bytes).unwrap();
    assert_eq!(report.skipped, []);
    let trials = report.trials;
    (CatalogBuilder::new(trials.clone()).finish(), trials)
}

fn patients() -> Vec<Answers> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/matching");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files.iter().map(|p| Answers::from_json(&std::fs::read_to_string(p).unwrap()).unwrap()).collect()
}

/// Same rules for every trial, and the same verdicts, scores and reasons for every patient.
fn assert_same(read: &Catalog, ahead: &Catalog) {
    assert_eq!(read.len(), ahead.len());
    for index in 0..read.len() {
        assert_eq!(read.rules(index), ahead.rules(index), "{}", read.trials()[index].id);
    }
    for answers in patients() {
        assert_eq!(format!("{:?}", read.match_all(&answers)), format!("{:?}", ahead.match_all(&answers)));
    }
}

fn written(records: &[String]) -> Vec<String> {
    let mut writer = AheadWriter::new();
    records.iter().map(|r| writer.study(r).expect("the record loads")).collect()
}

#[test]
fn read_ahead_gives_the_catalog_reading_gives() {
    let generated = generate(&examples(), 300, 7, Shape::Real).unwrap();
    for source in [examples(), generated.into_bytes()] {
        let plain = records(&source);
        let ahead = written(&plain);
        let (read, _) = catalog(&page(&plain));
        let (from_ahead, trials) = catalog(&page(&ahead));
        assert!(trials.iter().all(|t| t.read_ahead.as_deref().is_some_and(is_ours)));
        assert!(!CatalogBuilder::new(trials).needs_reading());
        assert_same(&read, &from_ahead);
    }
}

/// Ways stored requirements can be spoiled; each returns whether it changed anything.
type Spoil = fn(&mut Value) -> bool;

const SPOILS: [(&str, Spoil); 5] = [
    ("written by another engine", |v| {
        v["reader"] = "0000000000000000".into();
        true
    }),
    ("not an object", |v| {
        *v = Value::from(7);
        true
    }),
    ("missing fields", |v| {
        v["rules"] = serde_json::json!({"requirements": []});
        true
    }),
    ("an unread item past the end", |v| {
        v["rules"]["unread"] = serde_json::json!([100000]);
        true
    }),
    ("a cohort past the end", |v| {
        match v["rules"]["requirements"].as_array_mut().and_then(|r| r.first_mut()) {
            Some(requirement) => {
                requirement["cohort"] = 900.into();
                true
            }
            None => false,
        }
    }),
];

#[test]
fn stored_rules_that_do_not_fit_are_read_again() {
    let ahead = written(&records(&examples()));
    let (read, _) = catalog(&page(&records(&examples())));
    for (what, spoil) in SPOILS {
        let mut spoiled_records = 0;
        let records: Vec<String> = ahead
            .iter()
            .map(|record| {
                let mut value: Value = serde_json::from_str(record).unwrap();
                if spoil(&mut value["trialmatch"]) {
                    spoiled_records += 1;
                    let trial = &load(value.to_string().as_bytes()).unwrap().trials[0];
                    assert_eq!(stored_rules(&value["trialmatch"].to_string(), trial), None, "{what}");
                }
                value.to_string()
            })
            .collect();
        assert!(spoiled_records > 0, "{what}: no record was changed");
        let (from_spoiled, _) = catalog(&page(&records));
        assert_same(&read, &from_spoiled);
    }
}

#[test]
fn the_fingerprint_is_stored_with_each_record() {
    let ahead = written(&records(&examples()));
    let value: Value = serde_json::from_str(&ahead[0]).unwrap();
    assert_eq!(value["trialmatch"]["reader"], FINGERPRINT);
    assert_eq!(FINGERPRINT.len(), 16);
}

/// The catalog takes what is stored rather than reading again: rules changed in the file (and
/// still fitting together) are the rules it holds.
#[test]
fn the_catalog_uses_the_stored_rules() {
    let records: Vec<String> = written(&records(&examples()))
        .iter()
        .map(|record| {
            let mut value: Value = serde_json::from_str(record).unwrap();
            value["trialmatch"]["rules"]["requirements"] = serde_json::json!([]);
            value.to_string()
        })
        .collect();
    let (from_file, _) = catalog(&page(&records));
    let (read, _) = catalog(&page(&self::records(&examples())));
    assert!((0..read.len()).any(|i| !read.rules(i).requirements.is_empty()));
    assert!((0..from_file.len()).all(|i| from_file.rules(i).requirements.is_empty()));
}
