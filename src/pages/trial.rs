//! Route `/trial/:id`: one trial in plain language — what is tested, the phase explained,
//! the design, what could go wrong, the eligibility checklist for the current answers, the
//! sites nearest first, the sponsor and dates, and a link to the registry for real trials.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::components::eligibility_checklist::EligibilityChecklist;
use crate::components::site_list::SiteList;
use crate::components::trial_card::TrialBadges;
use crate::components::trial_summary::{StudyDesign, WhatCouldGoWrong, WhatIsTested};
use crate::format::{href, registry_url};
use crate::state::{LoadStatus, TrialsState};

/// Decodes a percent-encoded route parameter (the router hands it over as written).
pub fn decoded(param: &str) -> String {
    js_sys::decode_uri_component(param).map(String::from).unwrap_or_else(|_| param.to_owned())
}

#[component]
pub fn TrialPage() -> impl IntoView {
    let params = use_params_map();
    let trials = TrialsState::expect();
    let id = Memo::new(move |_| params.with(|p| decoded(&p.get("id").unwrap_or_default())));
    let found = Memo::new(move |_| {
        let data = trials.data.get()?;
        let index = data.catalog.find(&id.get())?;
        Some((index, data.catalog.trials()[index].clone()))
    });
    move || match found.get() {
        Some((index, trial)) => view! { <TrialDetails index trial/> }.into_any(),
        None => {
            let loading = trials.data.with(|d| d.is_none())
                && trials.status.with(|s| matches!(s, LoadStatus::Working(_)));
            if loading {
                view! { <p data-testid="trial-loading">"Loading the trial…"</p> }.into_any()
            } else {
                view! {
                    <Title text="Trial not found"/>
                    <h1>"Trial not found"</h1>
                    <p data-testid="trial-missing">
                        {format!("No trial with the ID “{}” is loaded. ", id.get())}
                        <A href=href("/")>"Back to the results"</A>"."
                    </p>
                }
                .into_any()
            }
        }
    }
}

#[component]
fn TrialDetails(index: usize, trial: trialmatch_core::registry::Trial) -> impl IntoView {
    let registry = registry_url(&trial.id);
    let is_example = trial.id.starts_with("EXAMPLE-");
    view! {
        <article class="tm-trial" data-testid="trial-page">
            <p class="tm-trial__back"><A href=href("/")>"← Back to your results"</A></p>
            <Title text=trial.brief_title.clone()/>
            <h1 class="tm-trial__title" data-testid="trial-title">{trial.brief_title.clone()}</h1>
            {trial.official_title.clone().filter(|t| *t != trial.brief_title).map(|t| view! {
                <p class="tm-trial__official">{t}</p>
            })}
            <TrialBadges trial=&trial/>
            <div class="tm-trial__columns">
                <div class="tm-trial__main">
                    <WhatIsTested trial=trial.clone()/>
                    <StudyDesign trial=trial.clone()/>
                    <WhatCouldGoWrong trial=trial.clone()/>
                    <EligibilityChecklist index/>
                </div>
                <div class="tm-trial__side">
                    <section class="tm-section" aria-labelledby="tm-record-title">
                        <h2 id="tm-record-title">"About the record"</h2>
                        <dl class="tm-facts">
                            <dt>"ID"</dt>
                            <dd>{trial.id.clone()}</dd>
                            <dt>"Sponsor"</dt>
                            <dd data-testid="sponsor">{trial.lead_sponsor.clone().unwrap_or_else(|| "Not given".to_owned())}</dd>
                            <dt>"Last updated"</dt>
                            <dd data-testid="last-update">{trial.last_update.clone().unwrap_or_else(|| "Not given".to_owned())}</dd>
                            <dt>"Started"</dt>
                            <dd>{trial.start_date.clone().unwrap_or_else(|| "Not given".to_owned())}</dd>
                            <dt>"Conditions"</dt>
                            <dd>{trial.conditions.join("; ")}</dd>
                        </dl>
                        {match registry {
                            Some(url) => view! {
                                <p>
                                    <a href=url data-testid="registry-link" target="_blank" rel="noopener noreferrer">
                                        "Read the full record on ClinicalTrials.gov"
                                    </a>
                                </p>
                            }.into_any(),
                            None if is_example => view! {
                                <p class="tm-notice tm-notice--examples" data-testid="example-trial-note">
                                    "This is a made-up example trial for trying the page; it has no record on ClinicalTrials.gov."
                                </p>
                            }.into_any(),
                            None => view! {
                                <p data-testid="no-registry-link">"This ID is not a ClinicalTrials.gov ID, so there is no registry link."</p>
                            }.into_any(),
                        }}
                    </section>
                    <SiteList trial=trial.clone()/>
                </div>
            </div>
        </article>
    }
}
