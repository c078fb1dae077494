//! Shared page state, provided as context newtypes. State flows one way: the answers and the
//! loaded trials go in; the engine's matches come out as a memo that re-runs whenever either
//! changes. Components read these and call the engine; none of them matches anything itself.

use std::sync::Arc;

use leptos::prelude::*;
use trialmatch_core::answers::{Answers, Location};
use trialmatch_core::geo;
use trialmatch_core::glossary::{self, DrugClass};
use trialmatch_core::matching::{Catalog, TrialMatch};
use trialmatch_core::registry::{Skipped, SnapshotInfo, Trial};

use crate::filters::Filters;
use crate::perf::Stage;

/// The person's answers, the single source of truth for the questionnaire and the results.
#[derive(Clone, Copy)]
pub struct AnswersState(pub RwSignal<Answers>);

impl AnswersState {
    pub fn provide() -> Self {
        let state = AnswersState(RwSignal::new(Answers::default()));
        provide_context(state);
        state
    }

    pub fn expect() -> Self {
        expect_context::<AnswersState>()
    }
}

/// Where the loaded trials came from; the page says so, and shows a notice for examples.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// The made-up trials bundled with the page.
    Examples,
    /// A file the person chose or dropped, by name.
    File(String),
    /// Downloaded from ClinicalTrials.gov on request.
    Live,
    /// The deployment's snapshot of current trials from ClinicalTrials.gov, bundled with the
    /// page (`data/current-trials.json`).
    Snapshot,
}

impl Source {
    pub fn describe(&self) -> String {
        match self {
            Source::Examples => "Example trials bundled with this page".to_owned(),
            Source::File(name) => format!("Your file “{name}”, read on this device"),
            Source::Live => "ClinicalTrials.gov, downloaded on request".to_owned(),
            Source::Snapshot => "ClinicalTrials.gov, downloaded for this page".to_owned(),
        }
    }
}

/// One load of trials: the engine's catalog (criteria read once) plus what the data panel
/// shows. Immutable; a new load replaces the whole value.
#[derive(Debug)]
pub struct TrialData {
    pub catalog: Catalog,
    pub source: Source,
    pub skipped: Vec<Skipped>,
    pub snapshot: Option<SnapshotInfo>,
    /// When the data was fetched or the file last changed (YYYY-MM-DD), when known.
    pub date: Option<String>,
    /// The mechanism classes of each trial's interventions, for cards, filters and browsing.
    pub classes: Vec<Vec<DrugClass>>,
    /// While a snapshot is still arriving: these are the trials read so far, of about this many
    /// (the snapshot's own count, when it has one). The page says so wherever it counts trials.
    pub still_reading: Option<Option<usize>>,
}

impl TrialData {
    /// A short name of these trials for share links: `examples`, `snapshot.2026-12-03`,
    /// `live.2026-12-04` or `file`.
    pub fn share_label(&self) -> String {
        match (&self.source, &self.date) {
            (Source::Examples, _) => "examples".to_owned(),
            (Source::Snapshot, Some(date)) => format!("snapshot.{date}"),
            (Source::Live, Some(date)) => format!("live.{date}"),
            (Source::Snapshot, None) => "snapshot".to_owned(),
            (Source::Live, None) => "live".to_owned(),
            (Source::File(_), _) => "file".to_owned(),
        }
    }

    /// `classes` holds [`TrialData::classes_of`] each trial, in the catalog's order (worked out
    /// by the loader in slices: for 10,000 trials it took 20–70 ms in one piece).
    pub fn new(
        catalog: Catalog,
        classes: Vec<Vec<DrugClass>>,
        skipped: Vec<Skipped>,
        snapshot: Option<SnapshotInfo>,
        source: Source,
        date: Option<String>,
    ) -> TrialData {
        let date = snapshot.as_ref().and_then(|s| s.fetched_at.get(..10).map(str::to_owned)).or(date);
        TrialData { catalog, source, skipped, snapshot, date, classes, still_reading: None }
    }

    /// The distinct mechanism classes of a trial's interventions.
    pub fn classes_of(trial: &Trial) -> Vec<DrugClass> {
        DrugClass::distinct(trial.interventions.iter().map(|i| glossary::classify(i).0))
    }
}

/// What the trial loader is doing, for the data panel.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadStatus {
    Idle,
    /// Loading, with a progress sentence.
    Working(String),
    /// The last load failed; the previous trials (if any) are kept.
    Failed {
        message: String,
        live: bool,
    },
    /// The last load succeeded; a sentence about it.
    Done(String),
}

/// The loaded trials and the loader's status.
#[derive(Clone, Copy)]
pub struct TrialsState {
    pub data: RwSignal<Option<Arc<TrialData>>>,
    pub status: RwSignal<LoadStatus>,
}

impl TrialsState {
    pub fn provide() -> Self {
        let state = TrialsState {
            data: RwSignal::new(None),
            status: RwSignal::new(LoadStatus::Working("Loading trials…".to_owned())),
        };
        provide_context(state);
        state
    }

    pub fn expect() -> Self {
        expect_context::<TrialsState>()
    }

    /// Replaces the trials with a successful load.
    pub fn replace(&self, data: TrialData, message: String) {
        self.data.set(Some(Arc::new(data)));
        self.status.set(LoadStatus::Done(message));
    }
}

/// A shared value compared by identity, so a memo holding it notifies on every recompute
/// without comparing thousands of matches element by element.
#[derive(Debug)]
pub struct Shared<T>(pub Arc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// The engine's ranked matches for the current answers, with the data they index into.
#[derive(Debug, Clone, PartialEq)]
pub struct Matched {
    pub data: Shared<TrialData>,
    pub matches: Shared<Vec<TrialMatch>>,
    /// Per trial (by catalog index): the nearest site and its distance in km.
    pub nearest: Shared<Vec<Option<(usize, f64)>>>,
}

/// Derived state: the matches (re-run on every answer change) and the nearest sites
/// (re-run only when the location or the trials change).
#[derive(Clone, Copy)]
pub struct ResultsState {
    pub matched: Memo<Option<Matched>>,
    pub location: Memo<Option<Location>>,
}

impl ResultsState {
    pub fn provide(answers: AnswersState, trials: TrialsState) -> Self {
        let answers = answers.0;
        let location = Memo::new(move |_| answers.with(|a| a.location.clone()));
        let nearest = Memo::new(move |_| {
            let data = trials.data.get()?;
            let here = location.with(|l| l.as_ref().map(|l| (l.lat, l.lon)));
            let nearest = data
                .catalog
                .trials()
                .iter()
                .map(|trial| here.and_then(|here| geo::nearest_site(trial, here)))
                .collect();
            Some(Shared(Arc::new(nearest)))
        });
        let matched = Memo::new(move |previous: Option<&Option<Matched>>| {
            let data = trials.data.get()?;
            // The benchmark tells the first match of a new load from re-matches after a change.
            let same_data = previous.and_then(|p| p.as_ref()).is_some_and(|p| Arc::ptr_eq(&p.data.0, &data));
            let stage = Stage::start(if same_data { "re-match" } else { "first-match" });
            let matches = answers.with(|a| data.catalog.match_all(a));
            stage.end();
            Some(Matched { data: Shared(data), matches: Shared(Arc::new(matches)), nearest: nearest.get()? })
        });
        let state = ResultsState { matched, location };
        provide_context(state);
        state
    }

    pub fn expect() -> Self {
        expect_context::<ResultsState>()
    }
}

/// View state that outlives a page visit: the questionnaire step, the result filters and
/// one-off notices (e.g. about a share link).
#[derive(Clone, Copy)]
pub struct UiState {
    pub step: RwSignal<usize>,
    pub filters: RwSignal<Filters>,
    pub notice: RwSignal<Option<Notice>>,
    /// The trials named by a share link just opened, until they are compared with this page's.
    pub shared_data: RwSignal<Option<String>>,
}

/// A message shown once at the top of the page.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub text: String,
    pub is_problem: bool,
}

impl UiState {
    pub fn provide() -> Self {
        let state = UiState {
            step: RwSignal::new(0),
            filters: RwSignal::new(Filters::default()),
            notice: RwSignal::new(None),
            shared_data: RwSignal::new(None),
        };
        provide_context(state);
        state
    }

    pub fn expect() -> Self {
        expect_context::<UiState>()
    }
}
