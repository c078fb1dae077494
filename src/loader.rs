//! Loading trials into the page: each action sets a progress status, calls `data` (the only
//! module that does IO), and on success replaces the trials with a new catalog. A failed load
//! keeps the trials that were there and says why.

use leptos::prelude::*;
use leptos::task::spawn_local;
use trialmatch_core::registry::LoadReport;

use crate::data;
use crate::format::count;
use crate::state::{LoadStatus, Source, TrialData, TrialsState};

fn finish(
    trials: TrialsState,
    result: Result<LoadReport, String>,
    source: Source,
    date: Option<String>,
    live: bool,
) {
    match result {
        Ok(report) if report.trials.is_empty() => {
            let message = format!(
                "No trials could be read from it ({}).{}",
                count(report.skipped.len(), "record was skipped", "records were skipped"),
                kept(trials)
            );
            trials.status.set(LoadStatus::Failed { message, live });
        }
        Ok(report) => {
            let message = format!(
                "Loaded {} from {}{}.",
                count(report.trials.len(), "trial", "trials"),
                source.describe().to_lowercase(),
                match report.skipped.len() {
                    0 => String::new(),
                    n => format!(
                        "; {} (reasons below)",
                        count(n, "record was skipped", "records were skipped")
                    ),
                }
            );
            trials.replace(TrialData::new(report, source, date), message);
        }
        Err(error) => {
            let message = format!("{error}{}", kept(trials));
            trials.status.set(LoadStatus::Failed { message, live });
        }
    }
}

/// " The 40 trials loaded before are still shown." when there are some.
fn kept(trials: TrialsState) -> String {
    trials.data.with_untracked(|d| match d {
        Some(d) => {
            format!(" The {} loaded before are still in use.", count(d.catalog.len(), "trial", "trials"))
        }
        None => String::new(),
    })
}

/// Loads the bundled example trials: a `LocalResource` around the fetch, whose result is
/// handed to the trials state once it arrives (the panel shows "Loading…" until then).
pub fn load_examples(trials: TrialsState) {
    trials.status.set(LoadStatus::Working("Loading the example trials…".to_owned()));
    let examples = LocalResource::new(data::fetch_examples);
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        let Some(result) = examples.get() else { return false };
        let first = trials.data.with_untracked(|d| d.is_none());
        finish(trials, result, Source::Examples, None, false);
        // The first load needs no sentence: the panel already shows the count and source.
        if first && trials.status.with_untracked(|s| matches!(s, LoadStatus::Done(_))) {
            trials.status.set(LoadStatus::Idle);
        }
        true
    });
}

/// Reads a file on the device and loads its trials.
pub fn load_file(trials: TrialsState, file: web_sys::File) {
    let name = file.name();
    trials.status.set(LoadStatus::Working(format!("Reading “{name}” on this device…")));
    spawn_local(async move {
        let result = data::read_file(&file).await;
        finish(trials, result, Source::File(name), data::file_date(&file), false);
    });
}

/// Downloads current trials from ClinicalTrials.gov (only on the person's request).
pub fn load_live(trials: TrialsState) {
    trials.status.set(LoadStatus::Working("Contacting ClinicalTrials.gov…".to_owned()));
    spawn_local(async move {
        let result = data::fetch_live(move |progress| trials.status.set(LoadStatus::Working(progress))).await;
        finish(trials, result, Source::Live, data::today(), true);
    });
}
