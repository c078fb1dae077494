//! A result card: the trial's title (linking to its page), phase and status badges, what is
//! tested (with mechanism classes), the key reasons and the nearest site.

use leptos::prelude::*;
use leptos_router::components::A;
use trialmatch_core::geo::describe_km;
use trialmatch_core::glossary::{classify, status_label};
use trialmatch_core::matching::Reason;
use trialmatch_core::registry::{Status, Trial};

use crate::components::reason_item::ReasonItem;
use crate::format::trial_path;

/// The interventions as "Name (class)", placebo last, at most `limit` (then "and N more").
pub fn tested_summary(trial: &Trial, limit: usize) -> String {
    let mut parts: Vec<String> =
        trial.interventions.iter().map(|i| format!("{} ({})", i.name, classify(i).0.label())).collect();
    parts.dedup();
    if parts.len() > limit {
        let more = parts.len() - limit;
        parts.truncate(limit);
        parts.push(format!("and {more} more"));
    }
    if parts.is_empty() {
        "Not listed in the record".to_owned()
    } else {
        parts.join(", ")
    }
}

/// The CSS modifier for a status badge.
pub fn status_modifier(status: &Status) -> &'static str {
    match status {
        Status::Recruiting => "open",
        Status::NotYetRecruiting | Status::EnrollingByInvitation => "soon",
        _ => "closed",
    }
}

/// The phase, status and ID badges of a trial.
#[component]
pub fn TrialBadges<'a>(trial: &'a Trial) -> impl IntoView {
    let status = format!("tm-badge tm-badge--{}", status_modifier(&trial.status));
    view! {
        <p class="tm-badges">
            <span class="tm-badge tm-badge--phase">{trial.phase_label()}</span>
            <span class=status>{status_label(&trial.status).to_owned()}</span>
            <span class="tm-badge tm-badge--id">{trial.id.clone()}</span>
        </p>
    }
}

#[component]
pub fn TrialCard<'a>(
    /// The trial (borrowed: cards are rebuilt on every answer change, so nothing is cloned).
    trial: &'a Trial,
    /// The key reasons, most telling first.
    reasons: Vec<Reason>,
    /// The nearest site's label and distance, when a location is set.
    nearest: Option<(String, f64)>,
) -> impl IntoView {
    let tested = tested_summary(trial, 4);
    let (id, title) = (trial.id.clone(), trial.brief_title.clone());
    view! {
        <article class="tm-card" data-testid="trial-card" data-trial-id=id.clone()>
            <h4 class="tm-card__title">
                <A href=trial_path(&id) attr:data-testid="trial-link">{title}</A>
            </h4>
            <TrialBadges trial/>
            <p class="tm-card__tested"><strong>"Tests: "</strong>{tested}</p>
            <ul class="tm-reasons" aria-label="Why">
                {reasons.into_iter().map(|reason| view! { <ReasonItem reason/> }).collect_view()}
            </ul>
            {nearest.map(|(place, km)| view! {
                <p class="tm-card__site" data-testid="nearest-site">
                    <strong>"Nearest site: "</strong>{place}" — "{describe_km(km)}
                </p>
            })}
        </article>
    }
}
