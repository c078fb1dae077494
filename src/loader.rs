//! Loading trials into the page: each action fetches or reads the bytes (through `data`, the
//! only module that does IO), then reads the records and their criteria in slices — with the
//! progress shown between slices — and replaces the trials with the new catalog. A failed load
//! keeps the trials that were there and says why. Every stage is timed for the benchmark.

use leptos::prelude::*;
use leptos::task::spawn_local;
use trialmatch_core::glossary::DrugClass;
use trialmatch_core::matching::{Catalog, CatalogBuilder};
use trialmatch_core::registry::{self, LoadError, LoadReport, Trial, MAX_FILE_BYTES, MAX_SNAPSHOT_BYTES};

use crate::data;
use crate::format::{count, grouped};
use crate::pacing::Pacer;
use crate::perf::Stage;
use crate::state::{LoadStatus, Source, TrialData, TrialsState};

/// Records converted between two looks at the clock.
const PARSE_STEP: usize = 25;
/// Trials whose criteria are read between two looks at the clock.
const INDEX_STEP: usize = 5;

/// Loads what the page shows first: the deployment's snapshot of current trials when it has
/// one (`data/current-trials.json`), otherwise the example trials. A snapshot that cannot be
/// used leaves the examples in its place, and says why.
pub fn load_default(trials: TrialsState) {
    trials.status.set(LoadStatus::Working("Loading trials…".to_owned()));
    spawn_local(async move {
        let stage = Stage::start("fetch");
        let snapshot = data::fetch_snapshot().await;
        stage.end();
        let problem = match snapshot {
            Ok(Some(bytes)) => {
                ingest(trials, bytes, Source::Snapshot, None).await;
                match trials.status.get_untracked() {
                    LoadStatus::Done(_) => {
                        // The first load needs no sentence: the panel shows count, source and date.
                        trials.status.set(LoadStatus::Idle);
                        return;
                    }
                    LoadStatus::Failed { message, .. } => Some(message),
                    _ => None,
                }
            }
            Ok(None) => None,
            Err(error) => Some(error),
        };
        examples(trials).await;
        if let Some(problem) = problem {
            let message = format!("{problem} The example trials are shown instead.");
            trials.status.set(LoadStatus::Failed { message, live: false });
        }
    });
}

/// Loads the bundled example trials (the person's choice, or when the page has no snapshot).
pub fn load_examples(trials: TrialsState) {
    trials.status.set(LoadStatus::Working("Loading the example trials…".to_owned()));
    spawn_local(examples(trials));
}

async fn examples(trials: TrialsState) {
    let first = trials.data.with_untracked(|d| d.is_none());
    let stage = Stage::start("fetch");
    let bytes = data::fetch_examples().await;
    stage.end();
    match bytes {
        Ok(bytes) => {
            ingest(trials, bytes, Source::Examples, None).await;
            // The first load needs no sentence: the panel already shows the count and source.
            if first && trials.status.with_untracked(|s| matches!(s, LoadStatus::Done(_))) {
                trials.status.set(LoadStatus::Idle);
            }
        }
        Err(error) => fail(trials, error, false),
    }
}

/// Reads a file on the device and loads its trials.
pub fn load_file(trials: TrialsState, file: web_sys::File) {
    let name = file.name();
    trials.status.set(LoadStatus::Working(format!("Reading “{name}” on this device…")));
    spawn_local(async move {
        let stage = Stage::start("fetch");
        let bytes = data::read_file(&file).await;
        stage.end();
        match bytes {
            Ok(bytes) => ingest(trials, bytes, Source::File(name), data::file_date(&file)).await,
            Err(error) => fail(trials, error, false),
        }
    });
}

/// Downloads current trials from ClinicalTrials.gov (only on the person's request).
pub fn load_live(trials: TrialsState) {
    trials.status.set(LoadStatus::Working("Contacting ClinicalTrials.gov…".to_owned()));
    spawn_local(async move {
        let result = data::fetch_live(move |progress| trials.status.set(LoadStatus::Working(progress))).await;
        match result {
            Ok(report) => install(trials, report, Source::Live, data::today(), Pacer::new()).await,
            Err(error) => fail(trials, error, true),
        }
    });
}

/// Reads a file's records in slices, then hands them on to [`install`].
async fn ingest(trials: TrialsState, bytes: Vec<u8>, source: Source, date: Option<String>) {
    let cannot_use = |error: LoadError| match &source {
        Source::File(name) => format!("“{name}” could not be used. {error}"),
        Source::Snapshot => format!("The current trials bundled with this page could not be read. {error}"),
        _ => format!("The example trials could not be read. {error}"),
    };
    let limit = if source == Source::Snapshot { MAX_SNAPSHOT_BYTES } else { MAX_FILE_BYTES };
    let mut pacer = Pacer::new();
    // Copying the file into the page took a while; let it paint before reading starts.
    pacer.pause().await;
    let stage = Stage::start("parse");
    let report = async {
        let mut loading = registry::start_with_limit(&bytes, limit)?;
        while !loading.step(PARSE_STEP)? {
            if pacer.due() {
                let progress = format!(
                    "Reading records: {} so far ({:.0}%)…",
                    grouped(loading.converted()),
                    loading.progress() * 100.0
                );
                trials.status.set(LoadStatus::Working(progress));
                pacer.pause().await;
            }
        }
        loading.finish()
    }
    .await;
    stage.end();
    // The file's text is no longer needed; free it before the criteria are read.
    drop(bytes);
    match report {
        Ok(report) => install(trials, report, source, date, pacer).await,
        Err(error) => fail(trials, cannot_use(error), false),
    }
}

/// Reads the loaded trials' criteria in slices and replaces the page's trials with them, or
/// says why nothing could be used.
/// `pacer` carries on the slice the caller was in, so the end of one stage and the start of the
/// next never add up to one long task.
async fn install(
    trials: TrialsState,
    report: LoadReport,
    source: Source,
    date: Option<String>,
    pacer: Pacer,
) {
    let live = source == Source::Live;
    let LoadReport { trials: list, skipped, snapshot } = report;
    // A snapshot's date is the day `trialmatch sync` downloaded it.
    let date = match (&source, &snapshot) {
        (Source::Snapshot, Some(info)) => info.fetched_at.get(..10).map(str::to_owned).or(date),
        _ => date,
    };
    if list.is_empty() {
        let subject = match source {
            Source::Snapshot => "the current trials bundled with this page",
            _ => "it",
        };
        let message = format!(
            "No trials could be read from {subject} ({}).{}",
            count(skipped.len(), "record was skipped", "records were skipped"),
            kept(trials)
        );
        return trials.status.set(LoadStatus::Failed { message, live });
    }
    let message = format!(
        "Loaded {} from {}{}.",
        count(list.len(), "trial", "trials"),
        source.describe().to_lowercase(),
        match skipped.len() {
            0 => String::new(),
            n => format!("; {} (reasons below)", count(n, "record was skipped", "records were skipped")),
        }
    );
    let (catalog, mut pacer) = index(trials, list, pacer).await;
    let classes = classify(&catalog, &mut pacer).await;
    let data = TrialData::new(catalog, classes, skipped, snapshot, source, date);
    // Matching and showing the results is the next long piece of work: give the page a turn first.
    Pacer::new().pause().await;
    trials.replace(data, message);
}

/// Builds the catalog a few trials at a time, telling the panel how far it has got.
async fn index(trials: TrialsState, list: Vec<Trial>, mut pacer: Pacer) -> (Catalog, Pacer) {
    let stage = Stage::start("index");
    let mut builder = CatalogBuilder::new(list);
    while !builder.step(INDEX_STEP) {
        if pacer.due() {
            let progress = format!(
                "Reading the criteria: {} of {} trials…",
                grouped(builder.read()),
                grouped(builder.total())
            );
            trials.status.set(LoadStatus::Working(progress));
            pacer.pause().await;
        }
    }
    // The catalog's tables (10,000 trials: 10–25 ms) get a task of their own rather than the
    // end of the last slice's.
    pacer.pause().await;
    let catalog = builder.finish();
    stage.end();
    pacer.pause().await;
    (catalog, pacer)
}

/// The mechanism classes of every trial's interventions (for cards, filters and browsing), a
/// slice at a time like the reading before it.
async fn classify(catalog: &Catalog, pacer: &mut Pacer) -> Vec<Vec<DrugClass>> {
    let mut classes = Vec::with_capacity(catalog.len());
    for trial in catalog.trials() {
        classes.push(TrialData::classes_of(trial));
        if pacer.due() {
            pacer.pause().await;
        }
    }
    classes
}

fn fail(trials: TrialsState, error: String, live: bool) {
    let message = format!("{error}{}", kept(trials));
    trials.status.set(LoadStatus::Failed { message, live });
}

/// " The 40 trials loaded before are still in use." when there are some.
fn kept(trials: TrialsState) -> String {
    trials.data.with_untracked(|d| match d {
        Some(d) => {
            format!(" The {} loaded before are still in use.", count(d.catalog.len(), "trial", "trials"))
        }
        None => String::new(),
    })
}
