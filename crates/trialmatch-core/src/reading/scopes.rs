//! Which part of a trial each criterion belongs to. Criteria come as one list, but many trials
//! have parts: cohorts and arms under sub-headings, which are alternative ways in (fitting one
//! is enough), and lead-ins that say whom the items below them are for ("For treatment-naïve
//! subjects only:", "AML:", "Age 65–70:", "For patients ≥ 60 years:"), or items that start
//! with the disease they are about ("ALL: second or later remission"). A cohort's label is read
//! as its first needs (the diagnosis, status, CML phase or age it names). A lead-in's label is
//! read as a *condition*: the items under it apply only to people it describes, so a
//! requirement for one group never closes the trial to the others. Lead-ins that name no group
//! ("Age:", "Organ function:") lend their words to the items under them.

use crate::pattern::patterns;

use super::numbers::age_condition;
use super::{AgeRange, Need};
use crate::answers::{CmlPhase, Diagnosis, DiseaseStatus};
use crate::criteria::{Criteria, Section};
use crate::lexicon::Concept;

use super::mentions::Mention;

patterns! {
    sources = scope_patterns;
    warm = warm_scope_patterns;
    /// Sub-headers whose items apply only under a condition.
    CONDITIONAL = r"(?i)^(?:for|in|if)\b|\bonly if\b|\bpatients (?:aged|who|with)\b";
    /// Lead-ins that are not routes: alternatives, every-one-of lists, definitions, examples.
    NOT_A_ROUTE = r"(?i)\b(?:one|any|either|at least one|all|each|both|two|three) of the following\b|\bone or more\b|\bdefined (?:as|by)\b|\bas follows\b|\bincluding\b|\bsuch as\b|\bfollowing criteria\b|\bmust (?:meet|have|fulfil+)\b";
    /// A short label at the start of an item, before its first colon ("AML: …").
    LABEL = r"^(?u-i:[^:;.]){2,60}:\s*(?u-i:[^ \t\r\n])";
}

/// One alternative way into the trial.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Route {
    pub label: String,
    /// A sub-header of the "for patients who …" kind whose condition was not understood: its
    /// items are only checks, and it is no alternative.
    pub unread_condition: bool,
    /// What the label itself asks.
    pub needs: Vec<Need>,
}

/// Where each criterion belongs.
#[derive(Debug, Clone, Default)]
pub(super) struct Scopes {
    pub routes: Vec<Route>,
    /// For each item, the route it belongs to (an index into `routes`).
    pub route_of: Vec<Option<usize>>,
    /// For each item, the condition under which it applies: what its lead-in names, as needs
    /// that must all hold.
    pub condition_of: Vec<Vec<Need>>,
    /// For each item, the text to read: its own, after the words of a lead-in that names no
    /// route ("Age:" before "18 and over").
    pub text_of: Vec<String>,
    /// Items that are route labels only (their words are read as the route's needs).
    pub label_only: Vec<bool>,
}

/// Works out the routes of sectioned criteria. `mentions` gives a text's mentions (the reader
/// remembers them across trials).
pub(super) fn scopes(criteria: &Criteria, mentions: &mut dyn FnMut(&str) -> Vec<Mention>) -> Scopes {
    let items = &criteria.items;
    let mut scopes = Scopes {
        route_of: vec![None; items.len()],
        condition_of: vec![Vec::new(); items.len()],
        text_of: items.iter().map(|i| i.text.clone()).collect(),
        label_only: vec![false; items.len()],
        ..Scopes::default()
    };
    // Sub-headers first, in order: each is a route (or a condition).
    let mut header_route: Vec<Option<usize>> = Vec::new();
    // A sub-header of the "for patients who …" kind whose condition is understood is a
    // condition on its items, not an alternative.
    let mut header_condition: Vec<Vec<Need>> = Vec::new();
    for cohort in &criteria.cohorts {
        let needs = label_needs(&cohort.label, mentions);
        let conditional = CONDITIONAL.is_match(&cohort.label);
        if conditional && !needs.is_empty() {
            header_route.push(None);
            header_condition.push(needs);
            continue;
        }
        let route = Route { label: cohort.label.clone(), unread_condition: conditional, needs };
        header_route.push(Some(add(&mut scopes.routes, route)));
        header_condition.push(Vec::new());
    }
    let has_children: Vec<bool> =
        (0..items.len()).map(|i| items.iter().any(|c| c.parent == Some(i as u32))).collect();
    let mut lead_in_condition: Vec<Option<Vec<Need>>> = vec![None; items.len()];
    for (i, item) in items.iter().enumerate() {
        if item.section == Section::Others {
            continue;
        }
        let text = item.text.trim();
        let lead_in =
            has_children[i] && text.ends_with(':') && text.len() <= 120 && !NOT_A_ROUTE.is_match(text);
        if lead_in {
            let label = text.trim_end_matches(':').trim();
            let needs = label_needs(label, mentions);
            if needs.is_empty() {
                // Not a route: its words belong to the items under it ("Age:" "18 and over").
                continue;
            }
            lead_in_condition[i] = Some(needs);
            scopes.label_only[i] = true;
        }
    }
    for (i, item) in items.iter().enumerate() {
        // The lead-ins above the item: each adds its condition.
        let mut ancestor = item.parent;
        let mut condition: Vec<Need> = Vec::new();
        let mut lend = None;
        while let Some(p) = ancestor {
            let p = p as usize;
            if let Some(needs) = &lead_in_condition[p] {
                condition.extend(needs.iter().cloned());
                ancestor = items[p].parent;
                continue;
            }
            let parent = items[p].text.trim();
            if lend.is_none() && has_children[p] && parent.ends_with(':') && parent.len() <= 40 {
                lend = Some(parent.to_owned());
            }
            ancestor = items[p].parent;
        }
        if let Some(lead) = lend.filter(|_| item.parent.is_some()) {
            scopes.text_of[i] = format!("{lead} {}", item.text);
        }
        // An item that starts with the disease it is about applies to that disease.
        if item.section != Section::Exclusion && !scopes.label_only[i] {
            if let Some(m) = LABEL.find(&item.text) {
                let colon = m.as_str().rfind(':').unwrap_or(0);
                let label = item.text[..colon].trim();
                if label.split_whitespace().count() <= 6 {
                    let needs = label_needs(label, mentions);
                    condition.extend(needs.into_iter().filter(|n| matches!(n, Need::Diagnosis { .. })));
                }
            }
        }
        if let Some(c) = item.cohort {
            condition.extend(header_condition[c as usize].iter().cloned());
        }
        scopes.condition_of[i] = condition;
        scopes.route_of[i] = item.cohort.and_then(|c| header_route[c as usize]);
    }
    scopes
}

/// Adds a route, or finds the one with the same label.
fn add(routes: &mut Vec<Route>, route: Route) -> usize {
    match routes.iter().position(|r| r.label == route.label) {
        Some(at) => at,
        None => {
            routes.push(route);
            routes.len() - 1
        }
    }
}

/// What a route's label asks: the diagnoses, disease statuses and CML phases it names, and an
/// age condition.
fn label_needs(label: &str, mentions: &mut dyn FnMut(&str) -> Vec<Mention>) -> Vec<Need> {
    let found = mentions(label);
    let mut diagnoses: Vec<Diagnosis> = Vec::new();
    let mut statuses: Vec<DiseaseStatus> = Vec::new();
    let mut phases: Vec<CmlPhase> = Vec::new();
    for m in found.iter().filter(|m| !m.negated && !m.carved_out && !m.example) {
        match m.concept {
            Concept::Diagnosis(d) if !diagnoses.contains(&d) => diagnoses.push(d),
            Concept::Status(word) => {
                for status in word.statuses() {
                    if !statuses.contains(status) {
                        statuses.push(*status);
                    }
                }
            }
            Concept::CmlPhase(p) if !phases.contains(&p) => phases.push(p),
            _ => {}
        }
    }
    let mut needs = Vec::new();
    if !diagnoses.is_empty() {
        needs.push(Need::Diagnosis { strong: diagnoses, weak: Vec::new(), topic: label.to_owned() });
    }
    if !statuses.is_empty() {
        needs.push(Need::Status(statuses));
    }
    if !phases.is_empty() {
        needs.push(Need::CmlPhase(phases));
    }
    if let Some((range, _)) = age_condition(label) {
        needs.push(Need::Age(range));
    } else if let Some(range) = age_label(label) {
        needs.push(Need::Age(range));
    }
    needs
}

/// An age band used as a label ("Age 65–70", "Patients 18 to 59 years").
fn age_label(label: &str) -> Option<AgeRange> {
    super::numbers::age_requirement(label).map(|(range, _)| range)
}
