//! The plain-language top of a trial page: what is tested (with each mechanism class
//! explained), the phase explained, the design, and what could go wrong — in careful,
//! general words, never as advice.

use leptos::prelude::*;
use leptos_router::components::A;
use trialmatch_core::glossary::{self, DrugClass};
use trialmatch_core::registry::{Allocation, Phase, Trial};

use crate::format::drug_path;

#[component]
pub fn WhatIsTested(trial: Trial) -> impl IntoView {
    let items = trial
        .interventions
        .iter()
        .map(|intervention| {
            let (class, entry) = glossary::classify(intervention);
            let about = entry.map(|e| e.about);
            let name = intervention.name.clone();
            view! {
                <li class="tm-tested__item" data-testid="tested-item">
                    <A href=drug_path(&name)>{name.clone()}</A>
                    " — "
                    <span class="tm-tested__class" data-testid="tested-class">{class.label()}</span>
                    <p class="tm-tested__explanation">{class.explanation()}</p>
                    {about.map(|a| view! { <p class="tm-tested__about">{a}</p> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="tm-section" aria-labelledby="tm-tested-title">
            <h2 id="tm-tested-title">"What is tested"</h2>
            {if trial.interventions.is_empty() {
                view! { <p>"The record does not list the treatments."</p> }.into_any()
            } else {
                view! { <ul class="tm-tested">{items}</ul> }.into_any()
            }}
        </section>
    }
}

/// The distinct phases of a trial (NA when none are listed).
fn phases(trial: &Trial) -> Vec<Phase> {
    let mut phases = trial.phases.clone();
    phases.dedup();
    if phases.is_empty() {
        phases.push(Phase::NotApplicable);
    }
    phases
}

#[component]
pub fn StudyDesign(trial: Trial) -> impl IntoView {
    let randomised = match trial.allocation {
        Some(Allocation::Randomized) => "Yes: participants are put into groups by chance (randomised), so you cannot choose which treatment you get.",
        Some(Allocation::NonRandomized) => "No: groups are assigned by the study team, not by chance.",
        _ => "No: everyone is in one group, or the record does not say.",
    };
    let enrolment = match trial.enrollment {
        Some(n) => format!("About {n} participants in total, across all sites."),
        None => "The record does not say.".to_owned(),
    };
    view! {
        <section class="tm-section" aria-labelledby="tm-design-title">
            <h2 id="tm-design-title">"How the study works"</h2>
            <dl class="tm-facts">
                {phases(&trial)
                    .into_iter()
                    .map(|phase| {
                        let label = match &phase {
                            Phase::EarlyPhase1 => "Early phase 1".to_owned(),
                            Phase::NotApplicable => "No phase".to_owned(),
                            Phase::Other(o) => o.clone(),
                            other => format!("Phase {}", other.as_wire().trim_start_matches("PHASE")),
                        };
                        view! {
                            <dt>{label}</dt>
                            <dd data-testid="phase-explanation">{glossary::phase_explanation(&phase)}</dd>
                        }
                    })
                    .collect_view()}
                <dt>"Randomised?"</dt>
                <dd data-testid="randomised">{randomised}</dd>
                <dt>"Size"</dt>
                <dd>{enrolment}</dd>
                <dt>"Status"</dt>
                <dd>
                    {glossary::status_label(&trial.status).to_owned()}": "
                    {glossary::status_explanation(&trial.status)}
                </dd>
            </dl>
            {trial.brief_summary.clone().map(|summary| view! {
                <h3>"The study's own summary"</h3>
                <p class="tm-prose">{summary}</p>
            })}
        </section>
    }
}

#[component]
pub fn WhatCouldGoWrong(trial: Trial) -> impl IntoView {
    let classes = DrugClass::distinct(
        trial.interventions.iter().map(|i| glossary::classify(i).0).filter(|c| *c != DrugClass::Other),
    );
    view! {
        <section class="tm-section" aria-labelledby="tm-risks-title" data-testid="risks">
            <h2 id="tm-risks-title">"What could go wrong"</h2>
            <p>
                "General information about this kind of study and treatment, not this trial's own list. "
                "The consent form describes the risks in detail; the study team will go through it with you."
            </p>
            <ul class="tm-risks">
                {phases(&trial)
                    .into_iter()
                    .map(|phase| view! { <li><strong>"Because of the phase: "</strong>{glossary::phase_risks(&phase)}</li> })
                    .collect_view()}
                {classes
                    .into_iter()
                    .map(|class| view! { <li><strong>{class.label()}": "</strong>{class.risks()}</li> })
                    .collect_view()}
                <li>
                    <strong>"In any trial: "</strong>
                    "the treatment may not work for you, there may be more visits, tests and travel than usual care, "
                    "and you can leave the study at any time without losing your usual care."
                </li>
            </ul>
        </section>
    }
}
