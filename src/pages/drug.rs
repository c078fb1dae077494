//! Route `/drug/:name`: one treatment — its class explained — and every loaded trial that
//! uses it, across phases.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use trialmatch_core::glossary::{self, status_label};

use crate::components::trial_card::tested_summary;
use crate::format::{capitalize, count, drug_key, href, trial_path};
use crate::pages::trial::decoded;
use crate::state::TrialsState;

#[component]
pub fn DrugPage() -> impl IntoView {
    let params = use_params_map();
    let trials = TrialsState::expect();
    let key = Memo::new(move |_| drug_key(&decoded(&params.with(|p| p.get("name").unwrap_or_default()))));
    let content = move || {
        let data = trials.data.get()?;
        let key = key.get();
        let mut hits: Vec<(usize, String)> = Vec::new();
        let mut class = None;
        let mut shown_name = None;
        for (i, trial) in data.catalog.trials().iter().enumerate() {
            if let Some(intervention) = trial
                .interventions
                .iter()
                .find(|d| drug_key(&d.name) == key || d.other_names.iter().any(|n| drug_key(n) == key))
            {
                class.get_or_insert_with(|| glossary::classify(intervention));
                shown_name.get_or_insert_with(|| intervention.name.clone());
                hits.push((i, trial.phase_label()));
            }
        }
        hits.sort_by(|a, b| a.1.cmp(&b.1));
        let (class, entry) = class.unwrap_or((glossary::DrugClass::Other, glossary::lookup(&key)));
        let trials_list = data.catalog.trials();
        Some(view! {
            {let name = shown_name.unwrap_or_else(|| capitalize(&key));
            view! {
                <Title text=name.clone()/>
                <h1 data-testid="drug-title">{name}</h1>
            }}
            <p><strong>{class.label()}": "</strong>{class.explanation()}</p>
            {entry.map(|e| view! { <p>{e.about}</p> })}
            <h2>{format!("{} using it", count(hits.len(), "trial", "trials"))}</h2>
            <ul class="tm-drug-trials" data-testid="drug-trials">
                {hits.into_iter().map(|(i, phase)| {
                    let trial = &trials_list[i];
                    let (id, title) = (trial.id.clone(), trial.brief_title.clone());
                    let meta = format!(" — {phase}, {}", status_label(&trial.status));
                    let tested = format!("Tests: {}", tested_summary(trial, 6));
                    view! {
                        <li>
                            <A href=trial_path(&id)>{title}</A>
                            <span class="tm-table__id">{meta}</span>
                            <p class="tm-drug-trials__tested">{tested}</p>
                        </li>
                    }
                }).collect_view()}
            </ul>
        })
    };
    view! {
        <p><A href=href("/browse")>"← All trials"</A></p>
        {move || content().map(|c| c.into_any()).unwrap_or_else(|| view! { <p>"Loading trials…"</p> }.into_any())}
    }
}
