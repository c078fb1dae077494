//! Native benchmarks of the engine (`cargo bench -p trialmatch-core`): load + index, match
//! every trial for one answers document, and re-match after one changed answer — on the
//! bundled examples, on 10,000 generated trials, and on ../shared/ctgov when it exists.

use std::path::Path;
use std::sync::LazyLock;

use divan::Bencher;
use trialmatch_core::answers::{Answers, Biomarker};
use trialmatch_core::matching::Catalog;
use trialmatch_core::registry::{load, Trial};
use trialmatch_core::synth::{generate, Shape};

fn main() {
    divan::main();
}

const EXAMPLES: &str = include_str!("../../../data/example-trials.json");

/// The data sets, as the bytes a page would receive.
static SETS: LazyLock<Vec<(&'static str, Vec<u8>)>> = LazyLock::new(|| {
    let mut sets = vec![
        ("examples-40", EXAMPLES.as_bytes().to_vec()),
        ("generated-10000", generate(EXAMPLES.as_bytes(), 10_000, 1, Shape::Compact).unwrap().into_bytes()),
    ];
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/ctgov/studies");
    if let Ok(entries) = std::fs::read_dir(&shared) {
        let mut records: Vec<String> = entries
            .filter_map(|e| e.ok())
            .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
            .filter_map(|e| std::fs::read_to_string(e.path()).ok())
            .collect();
        records.sort();
        sets.push(("shared-ctgov", format!("[{}]", records.join(",")).into_bytes()));
    }
    sets
});

fn set(name: &str) -> &'static [u8] {
    SETS.iter().find(|(n, _)| *n == name).map(|(_, b)| b.as_slice()).unwrap_or(&[])
}

fn trials(name: &str) -> Vec<Trial> {
    load(set(name)).unwrap().trials
}

fn patient() -> Answers {
    Answers::from_json(
        r#"{"version": 1, "age_years": 66, "diagnosis": "AML", "disease_status": "relapsed", "prior_lines": 1,
            "biomarkers": {"IDH1": true, "FLT3-ITD": false, "TP53": false}, "prior_therapies": {"intensive_chemo": true,
            "venetoclax": false}, "ecog": 1, "cns_involvement": false, "fit_for_intensive": true}"#,
    )
    .unwrap()
}

const NAMES: &[&str] = &["examples-40", "generated-10000", "shared-ctgov"];

/// Bytes to trials (JSON parsing and conversion); throughput shown per byte.
#[divan::bench(args = NAMES, sample_count = 10)]
fn load_records(bencher: Bencher, name: &str) {
    let bytes = set(name);
    if bytes.is_empty() {
        return;
    }
    bencher
        .counter(divan::counter::BytesCount::new(bytes.len()))
        .bench(|| load(divan::black_box(bytes)).unwrap());
}

/// Reading every trial's criteria into requirements (the index).
#[divan::bench(args = NAMES, sample_count = 10)]
fn index_trials(bencher: Bencher, name: &str) {
    if set(name).is_empty() {
        return;
    }
    let all = trials(name);
    bencher
        .counter(divan::counter::ItemsCount::new(all.len()))
        .with_inputs(|| all.clone())
        .bench_values(Catalog::new);
}

/// Matching every trial for one answers document.
#[divan::bench(args = NAMES, sample_count = 20)]
fn match_all(bencher: Bencher, name: &str) {
    if set(name).is_empty() {
        return;
    }
    let catalog = Catalog::new(trials(name));
    let answers = patient();
    bencher
        .counter(divan::counter::ItemsCount::new(catalog.len()))
        .bench(|| catalog.match_all(divan::black_box(&answers)));
}

/// Re-matching after one answer changes (the page's work per click).
#[divan::bench(args = NAMES, sample_count = 20)]
fn rematch_after_one_change(bencher: Bencher, name: &str) {
    if set(name).is_empty() {
        return;
    }
    let catalog = Catalog::new(trials(name));
    let mut answers = patient();
    let mut flip = false;
    bencher.counter(divan::counter::ItemsCount::new(catalog.len())).bench_local(|| {
        flip = !flip;
        answers.set_biomarker(Biomarker::Npm1, Some(flip));
        catalog.match_all(&answers)
    });
}
