//! "Since your last visit": on a visit with newer trial data — and only when the person asked
//! this device to remember their answers — the new trials that fit their answers, status
//! changes, and new sites near them. The engine's `visits` compares; this keeps the record of
//! each visit (through `storage`) and shows the list.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;
use trialmatch_core::geo;
use trialmatch_core::glossary::status_label;
use trialmatch_core::visits::{self, Changes, Visit};

use crate::components::location_step::place_label;
use crate::components::remember_answers::Remembering;
use crate::data;
use crate::format::{long_date, trial_path};
use crate::state::{ResultsState, Shared, Source, TrialData, TrialsState, UiState};
use crate::storage::{self, Visits};

/// Without a distance filter, a new site counts as near within this many kilometres.
pub const NEAR_KM: f64 = 100.0;

/// The earlier visit this one is compared with, when there is one.
#[derive(Clone, Copy)]
pub struct LastVisit(RwSignal<Option<Arc<Visit>>>);

/// Once a load of dated trials has finished, and while answers are remembered, keeps what this
/// visit shows and finds the visit to compare it with. Nothing is written otherwise.
pub fn provide_last_visit(trials: TrialsState, results: ResultsState) {
    let last = RwSignal::new(None);
    let remembering = Remembering::expect();
    Effect::new(move |_| {
        let on = remembering.is_on();
        let data = trials.data.get();
        if !on {
            last.set(None);
            return;
        }
        let Some(data) = data.filter(|d| d.still_reading.is_none() && d.source != Source::Examples) else {
            return;
        };
        let (Some(data_date), Some(today)) = (data.date.clone(), data::today()) else {
            return;
        };
        // The matches for these trials and the answers of the moment (restored ones, on a
        // return visit); later answer changes do not rewrite the record.
        let matches = results.matched.with_untracked(|m| {
            m.as_ref().filter(|m| Arc::ptr_eq(&m.data.0, &data)).map(|m| m.matches.clone())
        });
        let Some(matches) = matches else {
            return;
        };
        let current = visits::record(data.catalog.trials(), &matches, &today, &data_date);
        let stored = storage::load_visits().map(|v| (v.baseline, v.latest));
        let (baseline, latest) = visits::next(stored, current);
        storage::save_visits(&Visits { baseline: baseline.clone(), latest });
        last.set(baseline.map(Arc::new));
    });
    provide_context(LastVisit(last));
}

/// Shows nothing where no visit record is kept (the app provides one; a component mounted on
/// its own, as in the browser tests, has none).
#[component]
pub fn ChangesPanel() -> impl IntoView {
    let last = use_context::<LastVisit>().map(|l| l.0).unwrap_or_else(|| RwSignal::new(None));
    let results = ResultsState::expect();
    let filters = UiState::expect().filters;
    let changes = Memo::new(move |_| {
        let previous = last.get()?;
        let matched = results.matched.get()?;
        if matched.data.still_reading.is_some() {
            return None;
        }
        let here = results.location.with(|l| l.as_ref().map(|l| (l.lat, l.lon)));
        let within = filters.with(|f| f.max_km).unwrap_or(NEAR_KM);
        let changes =
            visits::compare(&previous, matched.data.catalog.trials(), &matched.matches, here, within);
        (!changes.is_empty()).then(|| (changes, matched.data.clone(), here))
    });
    move || changes.get().map(|(changes, data, here)| view! { <ChangeList changes data here/> })
}

#[component]
fn ChangeList(changes: Changes, data: Shared<TrialData>, here: Option<(f64, f64)>) -> impl IntoView {
    let trials = data.catalog.trials();
    let link = |index: usize| {
        let (href, title) = (trial_path(&trials[index].id), trials[index].brief_title.clone());
        view! { <A href=href>{title}</A> }
    };
    let new_trials = changes
        .new_trials
        .iter()
        .map(|&index| view! { <li data-testid="change-new">"New for you: " {link(index)}</li> })
        .collect_view();
    let statuses = changes
        .status_changes
        .iter()
        .map(|change| {
            let words = format!(": {} → {}", status_label(&change.before), status_label(&change.now));
            view! { <li data-testid="change-status">{link(change.trial)}{words}</li> }
        })
        .collect_view();
    let sites = changes
        .new_sites
        .iter()
        .map(|&(index, site)| {
            let site = &trials[index].locations[site];
            let place = match (&site.facility, place_label(site)) {
                (Some(facility), Some(place)) => format!("{facility}, {place}"),
                (facility, place) => place.or(facility.clone()).unwrap_or_default(),
            };
            let away =
                here.zip(site.geo).map(|(a, b)| format!(" ({})", geo::describe_km(geo::distance_km(a, b))));
            view! {
                <li data-testid="change-site">{link(index)}": a new site near you, "{place}{away}</li>
            }
        })
        .collect_view();
    view! {
        <section class="tm-changes" aria-labelledby="tm-changes-title" data-testid="changes">
            <h3 class="tm-changes__title" id="tm-changes-title">
                "Since your last visit on " <span data-testid="changes-since">{long_date(&changes.since)}</span>
            </h3>
            <p class="tm-changes__note">
                {format!("Then: trials downloaded {}. Now: trials downloaded {}.", long_date(&changes.since_data),
                    data.date.as_deref().map(long_date).unwrap_or_default())}
            </p>
            <ul class="tm-changes__list">{new_trials}{statuses}{sites}</ul>
            <p class="tm-changes__note">
                "Kept on this device only because you asked it to remember your answers; “Forget my answers” erases it."
            </p>
        </section>
    }
}
