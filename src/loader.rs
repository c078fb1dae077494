//! Loading trials into the page: each action fetches or reads the bytes (through `data`, the
//! only module that does IO), then reads the records and their criteria in slices — with the
//! progress shown between slices — and replaces the trials with the new catalog. A failed load
//! keeps the trials that were there and says why. Every stage is timed for the benchmark.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use trialmatch_core::glossary::DrugClass;
use trialmatch_core::matching::{Catalog, CatalogBuilder};
use trialmatch_core::reading;
use trialmatch_core::registry::{
    self, Arrived, Arriving, LoadError, LoadReport, SnapshotInfo, Trial, MAX_SNAPSHOT_BYTES,
};

use crate::data;
use crate::format::{count, grouped};
use crate::pacing::Pacer;
use crate::perf::Stage;
use crate::state::{LoadStatus, Source, TrialData, TrialsState};
use crate::storage::{self, KeptFile};

/// Records converted between two looks at the clock.
const PARSE_STEP: usize = 25;
/// Trials whose criteria are read between two looks at the clock: one, because the first few
/// trials read take tens of milliseconds each while the patterns' automata fill in.
const INDEX_STEP: usize = 1;

/// Loads what the page shows first: the deployment's snapshot of current trials when it has
/// one (`data/current-trials.json`), otherwise the example trials. A snapshot that cannot be
/// used leaves the examples in its place, and says why.
pub fn load_default(trials: TrialsState) {
    trials.status.set(LoadStatus::Working("Loading trials…".to_owned()));
    spawn_local(async move {
        // The file the person chose at an earlier visit, kept because they asked to be remembered.
        if let Some((kept, bytes)) = storage::kept_file().await {
            let name = kept.name.clone();
            ingest(trials, bytes, Source::File(name), kept.date).await;
            if trials.status.with_untracked(|s| matches!(s, LoadStatus::Done(_))) {
                trials.status.set(LoadStatus::Idle);
                return;
            }
        }
        let problem = match snapshot(trials).await {
            Ok(true) => return,
            Ok(false) => None,
            Err(problem) => Some(problem),
        };
        examples(trials).await;
        if let Some(problem) = problem {
            let message = format!("{problem} The example trials are shown instead.");
            trials.status.set(LoadStatus::Failed { message, live: false });
        }
    });
}

/// How many trials of a snapshot are read before their results are first shown; the results
/// are then shown again each time the count has grown fourfold, and once all have been read.
/// Over a slow connection on a slow phone, the first 50 take about as long as the page itself.
const FIRST_SHOWN: usize = 50;

/// Reads the deployment's snapshot while it downloads, showing results for the trials read so
/// far (see [`FIRST_SHOWN`]): over a slow connection the first results come seconds before the
/// last trial. `Ok(false)` when the deployment has no snapshot; an error sentence when it
/// cannot be used and nothing of it was shown. When the download breaks off after some trials
/// were shown, they stay, with a sentence saying the rest is missing.
async fn snapshot(trials: TrialsState) -> Result<bool, String> {
    let stage = Stage::start("fetch");
    let mut pacer = Pacer::new();
    // A snapshot written by `trialmatch sync` with this engine brings every trial's
    // requirements read ahead: only the splitter's patterns compile while the request is out,
    // and the reader's only when a trial without them arrives (see `Reading::catch_up`).
    let (opened, ()) = futures::join!(data::open_snapshot(), warm_up_splitter(&mut pacer));
    let Some(mut pieces) = opened? else {
        return Ok(false);
    };
    let mut reading = Reading::default();
    let arrived = async {
        let mut arriving = Arriving::new(MAX_SNAPSHOT_BYTES);
        let mut show_at = FIRST_SHOWN;
        while let Some(piece) = pieces.next().await? {
            arriving.push(&piece).map_err(unreadable)?;
            loop {
                let converted = arriving.step(PARSE_STEP);
                // The header is read by the first step that gets past it.
                let expected = arriving.snapshot().map(|s| s.studies as usize).filter(|n| *n > 0);
                // The first records run code for the first time (the browser compiles it then):
                // that alone can fill a slice, so the page gets a turn before reading them.
                if pacer.due() {
                    pacer.pause().await;
                }
                reading.add(arriving.take());
                reading.catch_up(trials, expected, &mut pacer).await;
                if reading.builder.read() >= show_at {
                    pacer.pause().await;
                    reading.show(trials, arriving.snapshot().cloned(), expected);
                    show_at = 4 * reading.builder.read();
                    pacer.pause().await;
                }
                if converted == 0 {
                    break;
                }
            }
        }
        arriving.finish().map_err(unreadable)
    }
    .await;
    stage.end();
    let shown = reading.shown;
    let report = match arrived {
        Ok(Arrived::Rest(report)) => report,
        // The fast path gave up on something in the file: it was read again from the start.
        Ok(Arrived::Whole(report)) if shown == 0 => {
            install(trials, report, Source::Snapshot, None, pacer).await;
            return settle_first(trials);
        }
        Ok(Arrived::Whole(report)) => {
            reading = Reading::default();
            report
        }
        Err(problem) if shown == 0 => return Err(problem),
        Err(problem) => {
            let message = format!(
                "{problem} Only the {} read before it broke off are shown; reload the page to try again.",
                count(shown, "trial", "trials")
            );
            trials.status.set(LoadStatus::Failed { message, live: false });
            return Ok(true);
        }
    };
    let LoadReport { trials: rest, skipped, snapshot } = report;
    reading.add(rest);
    if reading.builder.total() == 0 {
        return Err(format!(
            "No trials could be read from the current trials bundled with this page ({}).",
            count(skipped.len(), "record was skipped", "records were skipped")
        ));
    }
    let Reading { builder, classes, .. } = reading;
    let (catalog, _) = index(trials, builder, pacer).await;
    let data = TrialData::new(catalog, classes, skipped, snapshot, Source::Snapshot, None);
    Pacer::new().pause().await;
    trials.replace(data, String::new());
    settle_first(trials)
}

/// The first load needs no sentence: the panel shows count, source and date. A failure is
/// said by the caller.
fn settle_first(trials: TrialsState) -> Result<bool, String> {
    match trials.status.get_untracked() {
        LoadStatus::Done(_) => {
            trials.status.set(LoadStatus::Idle);
            Ok(true)
        }
        LoadStatus::Failed { message, .. } => Err(message),
        _ => Ok(true),
    }
}

fn unreadable(error: LoadError) -> String {
    format!("The current trials bundled with this page could not be read. {error}")
}

/// A snapshot's trials read so far: their catalog being built, their mechanism classes, and
/// how many were last shown.
#[derive(Default)]
struct Reading {
    builder: CatalogBuilder,
    classes: Vec<Vec<DrugClass>>,
    shown: usize,
    /// The reader's patterns have been compiled.
    warmed: bool,
}

impl Reading {
    fn add(&mut self, arrived: Vec<Trial>) {
        self.classes.extend(arrived.iter().map(TrialData::classes_of));
        self.builder.extend(arrived);
    }

    /// Reads the criteria of every trial added so far, a slice at a time.
    async fn catch_up(&mut self, trials: TrialsState, expected: Option<usize>, pacer: &mut Pacer) {
        if !self.warmed && self.builder.needs_reading() {
            trials.status.set(LoadStatus::Working("Getting ready to read the criteria…".to_owned()));
            warm_up(pacer).await;
            self.warmed = true;
        }
        while !self.builder.step(INDEX_STEP) {
            if pacer.due() {
                trials.status.set(LoadStatus::Working(self.progress(expected)));
                pacer.pause().await;
            }
        }
        if pacer.due() {
            trials.status.set(LoadStatus::Working(self.progress(expected)));
            pacer.pause().await;
        }
    }

    fn progress(&self, expected: Option<usize>) -> String {
        match expected {
            Some(total) => format!(
                "Reading current trials as they download: {} of {}…",
                grouped(self.builder.read()),
                grouped(total)
            ),
            None => {
                format!("Reading current trials as they download: {} so far…", grouped(self.builder.read()))
            }
        }
    }

    /// Shows the results for the trials read so far, saying they are not all of them.
    fn show(&mut self, trials: TrialsState, snapshot: Option<SnapshotInfo>, expected: Option<usize>) {
        let read = self.builder.read();
        let classes = self.classes[..read].to_vec();
        let mut data =
            TrialData::new(self.builder.so_far(), classes, Vec::new(), snapshot, Source::Snapshot, None);
        data.still_reading = Some(expected);
        trials.data.set(Some(Arc::new(data)));
        self.shown = read;
    }
}

/// Loads the bundled example trials (the person's choice, or when the page has no snapshot).
pub fn load_examples(trials: TrialsState) {
    trials.status.set(LoadStatus::Working("Loading the example trials…".to_owned()));
    spawn_local(async move {
        examples(trials).await;
        if loaded(trials) {
            storage::unchoose();
        }
    });
}

/// Whether the last load succeeded.
fn loaded(trials: TrialsState) -> bool {
    trials.status.with_untracked(|s| matches!(s, LoadStatus::Done(_) | LoadStatus::Idle))
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
        let date = data::file_date(&file);
        match bytes {
            Ok(bytes) => {
                ingest(trials, bytes, Source::File(name.clone()), date.clone()).await;
                if loaded(trials) {
                    storage::chose(file, KeptFile { name, date }).await;
                }
            }
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
            Ok(report) => {
                install(trials, report, Source::Live, data::today(), Pacer::new()).await;
                if loaded(trials) {
                    storage::unchoose();
                }
            }
            Err(error) => fail(trials, error, true),
        }
    });
}

/// Reads a file's records in slices, then hands them on to [`install`].
async fn ingest(trials: TrialsState, bytes: Vec<u8>, source: Source, date: Option<String>) {
    let cannot_use = |error: LoadError| match &source {
        Source::File(name) => format!("“{name}” could not be used. {error}"),
        _ => format!("The example trials could not be read. {error}"),
    };
    let mut pacer = Pacer::new();
    // Copying the file into the page took a while; let it paint before reading starts.
    pacer.pause().await;
    let stage = Stage::start("parse");
    let report = async {
        let mut loading = registry::start(&bytes)?;
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
    let (catalog, mut pacer) = index(trials, CatalogBuilder::new(list), pacer).await;
    let classes = classify(&catalog, &mut pacer).await;
    let data = TrialData::new(catalog, classes, skipped, snapshot, source, date);
    // Matching and showing the results is the next long piece of work: give the page a turn first.
    Pacer::new().pause().await;
    trials.replace(data, message);
}

/// Builds the catalog a few trials at a time, telling the panel how far it has got.
async fn index(trials: TrialsState, mut builder: CatalogBuilder, mut pacer: Pacer) -> (Catalog, Pacer) {
    let stage = Stage::start("index");
    if builder.needs_reading() {
        warm_up(&mut pacer).await;
    }
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

/// Compiles the reader's patterns a few at a time, with turns for the page between: compiled
/// on the first trial read instead, they made one task of 230 ms (930 ms with the CPU slowed
/// 4×). Nothing happens the second time.
async fn warm_up(pacer: &mut Pacer) {
    let stage = Stage::start("warm-up");
    // The largest table alone is a task of tens of milliseconds: not on top of whatever ran
    // before it, and nothing after it in the same task.
    pacer.pause().await;
    for (n, step) in reading::warm_up().into_iter().enumerate() {
        step();
        if n == 0 || pacer.due() {
            pacer.pause().await;
        }
    }
    stage.end();
}

/// Compiles the criteria splitter's few patterns, which requirements read ahead still need,
/// while the snapshot's request is out: the first pattern compiled also makes the browser
/// compile the `regex` crate's code, a task of about 100 ms (unthrottled) on the first trial
/// otherwise.
async fn warm_up_splitter(pacer: &mut Pacer) {
    pacer.pause().await;
    for step in trialmatch_core::criteria::warm_up() {
        step();
        pacer.pause().await;
    }
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
