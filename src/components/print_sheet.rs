//! What only the printed shortlist shows: where the trials came from and when, a summary of
//! the answers, the documents to gather before calling a trial, and questions to ask the care
//! team. (Each printed card carries its phone numbers and emails.)

use leptos::prelude::*;
use trialmatch_core::answers::{Answers, Biomarker, PriorTherapy};

use crate::data;
use crate::format::{capitalize, long_date};
use crate::state::{AnswersState, Source, TrialsState};

/// Documents worth having at hand before calling a study team.
pub const DOCUMENTS: [&str; 8] = [
    "The most recent bone marrow biopsy report (pathology), with the diagnosis and blast percentage",
    "Cytogenetics: the karyotype and FISH reports",
    "Molecular results: the NGS panel, FLT3/NPM1 or BCR-ABL1 PCR results",
    "The flow cytometry (immunophenotyping) report",
    "A treatment history: each drug or regimen with start and stop dates, and the response to it",
    "Transplant or CAR T-cell details, if any (dates, donor type, complications)",
    "Recent blood work (blood counts, kidney and liver tests) and the latest performance status (ECOG)",
    "A letter or note on the current disease status (remission, MRD result, relapse) and other illnesses and medicines",
];

/// Questions to bring to the care team about a trial.
pub const QUESTIONS: [&str; 8] = [
    "Do you think I am eligible for this trial, and is it a good fit for me now?",
    "What is the standard treatment if I do not join, and how does the trial compare?",
    "What are the possible side effects, and how would they be watched for?",
    "How often would I need to travel to the site, and for how long?",
    "Which costs are covered by the study, and which would my insurance or I pay?",
    "Could I stay with my current doctors during the trial?",
    "What happens if the treatment does not work, or if I want to stop?",
    "Would joining this trial rule out other treatments or trials later (for example a transplant)?",
];

/// The answered questions as (question, answer) lines for the printout.
pub fn answers_summary(answers: &Answers) -> Vec<(String, String)> {
    let yes_no = |v: bool| if v { "yes" } else { "no" };
    let mut lines = Vec::new();
    if let Some(age) = answers.age_years {
        let text = if age < 2.0 && age.fract() > 0.0 {
            format!("{} months", (age * 12.0).round())
        } else {
            format!("{} years", age.floor())
        };
        lines.push(("Age".to_owned(), text));
    }
    if let Some(sex) = answers.sex {
        lines.push(("Sex".to_owned(), capitalize(sex.label())));
    }
    if let Some(d) = answers.diagnosis {
        lines.push(("Diagnosis".to_owned(), capitalize(d.label())));
    }
    if let Some(p) = answers.cml_phase {
        lines.push(("CML phase".to_owned(), capitalize(p.label())));
    }
    if let Some(s) = answers.disease_status {
        lines.push(("Disease status".to_owned(), capitalize(s.label())));
    }
    if let Some(n) = answers.prior_lines {
        lines.push(("Lines of treatment".to_owned(), n.to_string()));
    }
    if let Some(n) = answers.tki_count {
        lines.push(("TKIs received".to_owned(), n.to_string()));
    }
    let markers: Vec<String> = Biomarker::ALL
        .iter()
        .filter_map(|m| {
            // The questionnaire's words ("a FLT3 mutation: yes"), not the document's keys.
            answers.biomarker(*m).map(|v| format!("{}: {}", m.label(), yes_no(v)))
        })
        .collect();
    if !markers.is_empty() {
        lines.push(("Markers".to_owned(), markers.join("; ")));
    }
    let priors: Vec<String> = PriorTherapy::ALL
        .iter()
        .filter_map(|t| answers.prior(*t).map(|v| format!("{}: {}", t.label(), yes_no(v))))
        .collect();
    if !priors.is_empty() {
        lines.push(("Earlier treatments".to_owned(), priors.join("; ")));
    }
    if let Some(e) = answers.ecog {
        lines.push(("ECOG performance status".to_owned(), e.to_string()));
    }
    if let Some(v) = answers.cns_involvement {
        lines.push(("Leukemia in the CNS now".to_owned(), yes_no(v).to_owned()));
    }
    if let Some(v) = answers.fit_for_intensive {
        lines.push(("Fit for intensive chemotherapy".to_owned(), yes_no(v).to_owned()));
    }
    if let Some(l) = &answers.location {
        lines.push(("Distances from".to_owned(), l.label.clone()));
    }
    lines
}

#[component]
pub fn PrintSheet() -> impl IntoView {
    let answers = AnswersState::expect().0;
    let trials = TrialsState::expect();
    let source = move || {
        trials.data.with(|d| {
            let d = d.as_ref()?;
            let date = match (&d.date, &d.source) {
                (Some(date), _) => format!("data from {}", long_date(date)),
                (None, Source::Examples) => "made up for trying the page".to_owned(),
                (None, _) => "date not known".to_owned(),
            };
            Some(format!(
                "Trials: {} ({} trials, {date}). Printed on {}. Trials change often: the study team has the latest.",
                d.source.describe(),
                d.catalog.len(),
                data::today().map(|t| long_date(&t)).unwrap_or_default()
            ))
        })
    };
    view! {
        <section class="tm-print-only tm-print-sheet" data-testid="print-sheet">
            <p class="tm-print-sheet__source" data-testid="print-source">{source}</p>
            <h2>"Based on these answers"</h2>
            <dl class="tm-print-sheet__answers">
                {move || {
                    let lines = answers.with(answers_summary);
                    if lines.is_empty() {
                        view! { <dt>"Answers"</dt><dd>"None given"</dd> }.into_any()
                    } else {
                        lines
                            .into_iter()
                            .map(|(q, a)| view! { <dt>{q}</dt><dd>{a}</dd> })
                            .collect_view()
                            .into_any()
                    }
                }}
            </dl>
            <h2>"Before you call a trial: documents to gather"</h2>
            <ul class="tm-checklist">
                {DOCUMENTS.iter().map(|d| view! { <li>{*d}</li> }).collect_view()}
            </ul>
            <h2>"Questions to ask the care team"</h2>
            <ol>{QUESTIONS.iter().map(|q| view! { <li>{*q}</li> }).collect_view()}</ol>
            <p class="tm-print-sheet__note">
                "These results are a first sort made from the answers above, not medical advice. "
                "Only the study team can confirm whether someone can join a trial."
            </p>
        </section>
    }
}
