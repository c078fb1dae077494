//! Route `/browse`: every loaded trial in tables, grouped by phase or by kind of treatment,
//! with links to trial pages and drug pages and the verdict for the current answers.

use std::collections::BTreeMap;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use trialmatch_core::glossary::{status_label, DrugClass};
use trialmatch_core::matching::Verdict;

use crate::format::{count, drug_path, trial_path};
use crate::state::{ResultsState, TrialData};

/// Rows shown per table before "Show all".
const FIRST_ROWS: usize = 100;

/// How to group the tables.
#[derive(Clone, Copy, PartialEq)]
enum Grouping {
    Phase,
    Class,
}

/// (group title, trial indices) in display order.
fn groups(data: &TrialData, grouping: Grouping) -> Vec<(String, Vec<usize>)> {
    let trials = data.catalog.trials();
    match grouping {
        Grouping::Phase => {
            let mut by_phase: BTreeMap<String, Vec<usize>> = BTreeMap::new();
            for (i, trial) in trials.iter().enumerate() {
                by_phase.entry(trial.phase_label()).or_default().push(i);
            }
            // Labels come sorted; "No phase" moves to the end.
            let no_phase = by_phase.remove_entry("No phase");
            by_phase.into_iter().chain(no_phase).collect()
        }
        Grouping::Class => DrugClass::ALL
            .iter()
            .filter_map(|class| {
                let members: Vec<usize> =
                    (0..trials.len()).filter(|i| data.classes[*i].contains(class)).collect();
                (!members.is_empty()).then(|| (class.label().to_owned(), members))
            })
            .collect(),
    }
}

fn verdict_word(verdict: &Verdict) -> &'static str {
    match verdict {
        Verdict::Likely => "Likely",
        Verdict::Possible => "Possible",
        Verdict::RuledOut => "Ruled out",
        Verdict::NotAsPatient => "Not as a patient",
    }
}

#[component]
fn TrialTable(
    title: String,
    rows: Vec<usize>,
    verdicts: Vec<Option<Verdict>>,
    data: std::sync::Arc<TrialData>,
) -> impl IntoView {
    let show_all = RwSignal::new(false);
    let total = rows.len();
    let body = move || {
        let trials = data.catalog.trials();
        rows.iter()
            .take(if show_all.get() { usize::MAX } else { FIRST_ROWS })
            .map(|&i| {
                let trial = &trials[i];
                let mut drugs: Vec<String> = trial.interventions.iter().map(|d| d.name.clone()).collect();
                drugs.dedup();
                let (id, title, phase) = (trial.id.clone(), trial.brief_title.clone(), trial.phase_label());
                let status = status_label(&trial.status).to_owned();
                view! {
                    <tr role="row">
                        <td role="cell" data-label="Trial"><A href=trial_path(&id)>{title}</A>" "<span class="tm-table__id">{id.clone()}</span></td>
                        <td role="cell" data-label="Phase">{phase}</td>
                        <td role="cell" data-label="Status">{status}</td>
                        <td role="cell" data-label="Treatments">
                            {drugs.into_iter().enumerate().map(|(n, d)| view! {
                                {(n > 0).then_some(", ")}<A href=drug_path(&d)>{d.clone()}</A>
                            }).collect_view()}
                        </td>
                        <td role="cell" data-label="For your answers" data-testid="browse-verdict">{verdicts[i].as_ref().map(verdict_word).unwrap_or("—")}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <div class="tm-table-wrap">
            // Explicit roles: on phones the rows are laid out as stacked blocks, and CSS display
            // changes can drop a table's meaning for screen readers.
            <table class="tm-table" role="table" data-testid="browse-table">
                <caption>{format!("{title} ({})", count(total, "trial", "trials"))}</caption>
                <thead role="rowgroup">
                    <tr role="row">
                        <th scope="col" role="columnheader">"Trial"</th>
                        <th scope="col" role="columnheader">"Phase"</th>
                        <th scope="col" role="columnheader">"Status"</th>
                        <th scope="col" role="columnheader">"Treatments"</th>
                        <th scope="col" role="columnheader">"For your answers"</th>
                    </tr>
                </thead>
                <tbody role="rowgroup">{body}</tbody>
            </table>
            {(total > FIRST_ROWS).then(|| view! {
                <button type="button" class="tm-button" on:click=move |_| show_all.set(true)>
                    {format!("Show all {total}")}
                </button>
            })}
        </div>
    }
}

#[component]
pub fn BrowsePage() -> impl IntoView {
    let results = ResultsState::expect();
    let grouping = RwSignal::new(Grouping::Phase);
    let tables = move || {
        let Some(matched) = results.matched.get() else {
            return view! { <p>"Loading trials…"</p> }.into_any();
        };
        let data = matched.data.0.clone();
        let mut verdicts = vec![None; data.catalog.len()];
        for m in matched.matches.iter() {
            verdicts[m.index] = Some(m.verdict);
        }
        let views = groups(&data, grouping.get())
            .into_iter()
            .map(|(title, rows)| {
                view! { <TrialTable title rows verdicts=verdicts.clone() data=data.clone()/> }
            })
            .collect_view();
        views.into_any()
    };
    let radio = move |value: Grouping, id: &'static str, label: &'static str| {
        view! {
            <span class="tm-question__option">
                <input
                    type="radio"
                    name="browse-grouping"
                    id=id
                    data-testid=id
                    prop:checked=move || grouping.get() == value
                    on:change=move |_| grouping.set(value)
                />
                <label for=id>{label}</label>
            </span>
        }
    };
    view! {
        <Title text="Browse all trials"/>
        <h1>"Browse all loaded trials"</h1>
        <p>"Every trial currently loaded, whatever your answers. Open a trial for details, or a treatment to see all its trials."</p>
        <fieldset class="tm-question tm-browse__grouping">
            <legend class="tm-question__legend">"Group the trials by"</legend>
            <div class="tm-question__options tm-question__options--inline">
                {radio(Grouping::Phase, "group-phase", "Phase")}
                {radio(Grouping::Class, "group-class", "Kind of treatment")}
            </div>
        </fieldset>
        <div data-testid="browse">
            {tables}
        </div>
    }
}
