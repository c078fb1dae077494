//! A result card: the trial's title (linking to its page), its verdict and status, the reason
//! that decides it, the nearest site, and behind "Details" the phase, what is tested and more
//! reasons.

use leptos::prelude::*;
use leptos_router::components::A;
use trialmatch_core::geo::describe_km;
use trialmatch_core::glossary::{classify, status_label};
use trialmatch_core::matching::{Reason, Verdict};
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

/// The phone numbers and emails a printed card gives: the trial's central contacts, then the
/// contacts of its nearest site (or, when that lists none or no location is set, the first
/// site that lists any) — at most three lines, each "Name: phone, email".
pub fn print_contacts(trial: &Trial, site: Option<usize>) -> Vec<String> {
    let site =
        site.map(|i| &trial.locations[i]).or_else(|| trial.locations.iter().find(|s| !s.contacts.is_empty()));
    let site_label = site.and_then(|s| s.facility.clone());
    let central = trial.central_contacts.iter().map(|c| (None, c));
    let local = site.into_iter().flat_map(|s| &s.contacts).map(|c| (site_label.as_deref(), c));
    let mut lines: Vec<String> = central
        .chain(local)
        .filter_map(|(place, c)| {
            let reach: Vec<&str> = [c.phone.as_deref(), c.email.as_deref()].into_iter().flatten().collect();
            if reach.is_empty() {
                return None;
            }
            let who = match (place, c.name.as_deref()) {
                (Some(place), Some(name)) => format!("{name} ({place})"),
                (Some(place), None) => place.to_owned(),
                (None, Some(name)) => format!("{name} (study contact)"),
                (None, None) => "Study contact".to_owned(),
            };
            Some(format!("{who}: {}", reach.join(", ")))
        })
        .collect();
    lines.dedup();
    lines.truncate(3);
    lines
}

/// The verdict's word on a card.
fn verdict_word(verdict: &Verdict) -> (&'static str, &'static str) {
    match verdict {
        Verdict::Likely => ("Likely", "likely"),
        Verdict::Possible => ("Possible", "possible"),
        Verdict::RuledOut => ("Ruled out", "ruled-out"),
        Verdict::NotAsPatient => ("Not as a patient", "apart"),
    }
}

/// A compact card: the title, the verdict and status, the reason that decides the verdict
/// (with its quote), the nearest site, and the rest behind "Details" — a phone shows several
/// cards per screen.
#[component]
pub fn TrialCard<'a>(
    /// The trial (borrowed: cards are rebuilt on every answer change, so nothing is cloned).
    trial: &'a Trial,
    verdict: Verdict,
    /// The key reasons, the one that decides the verdict first.
    reasons: Vec<Reason>,
    /// The nearest site's label and distance, when a location is set.
    nearest: Option<(String, f64)>,
    /// The nearest site's position in the trial's sites, for the printed contacts.
    site: Option<usize>,
) -> impl IntoView {
    let contacts = print_contacts(trial, site);
    let tested = tested_summary(trial, 4);
    let (id, title) = (trial.id.clone(), trial.brief_title.clone());
    let (word, modifier) = verdict_word(&verdict);
    let status = format!("tm-badge tm-badge--{}", status_modifier(&trial.status));
    let mut reasons = reasons.into_iter();
    let deciding = reasons.next();
    let others: Vec<Reason> = reasons.collect();
    view! {
        <article class="tm-card" data-testid="trial-card" data-trial-id=id.clone()>
            <h4 class="tm-card__title">
                <A href=trial_path(&id) attr:data-testid="trial-link">{title}</A>
            </h4>
            <p class="tm-badges">
                <span class=format!("tm-badge tm-badge--verdict tm-badge--{modifier}") data-testid="card-verdict">{word}</span>
                <span class=status>{status_label(&trial.status).to_owned()}</span>
            </p>
            <ul class="tm-reasons" aria-label="Why">
                {deciding.map(|reason| view! { <ReasonItem reason/> })}
            </ul>
            {nearest.map(|(place, km)| view! {
                <p class="tm-card__site" data-testid="nearest-site">
                    <strong>"Nearest site: "</strong>{place}" — "{describe_km(km)}
                </p>
            })}
            <div class="tm-print-only tm-card__contacts" data-testid="card-contacts">
                <strong>{format!("{} · ", trial.id)}</strong>
                {if contacts.is_empty() {
                    "No phone or email in the record: see ClinicalTrials.gov for this trial.".to_owned()
                } else {
                    contacts.join(" · ")
                }}
            </div>
            <details class="tm-card__details" data-testid="card-details">
                <summary class="tm-card__details-summary">
                    "Details"<span class="tm-visually-hidden">{format!(" of {}", trial.brief_title)}</span>
                </summary>
                <p class="tm-badges">
                    <span class="tm-badge tm-badge--phase">{trial.phase_label()}</span>
                    <span class="tm-badge tm-badge--id">{id.clone()}</span>
                </p>
                <p class="tm-card__tested"><strong>"Tests: "</strong>{tested}</p>
                {(!others.is_empty()).then(|| view! {
                    <ul class="tm-reasons" aria-label="More reasons">
                        {others.into_iter().map(|reason| view! { <ReasonItem reason/> }).collect_view()}
                    </ul>
                })}
                <p class="tm-card__more">
                    <A href=trial_path(&id)>"Every requirement, the sites and what is tested"</A>
                </p>
            </details>
        </article>
    }
}
