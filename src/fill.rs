//! From what the engine found in a report to answers, with the person deciding: each finding
//! becomes a proposal with the line it came from, ticked unless it would change an answer the
//! person already gave (then it says so and waits for a tick). Pure functions, tested natively.

use trialmatch_core::answers::{Answers, Biomarker, CmlPhase, Diagnosis};
use trialmatch_core::report::Reading;

use crate::format::capitalize;

/// What a proposal would set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Target {
    Diagnosis(Diagnosis),
    CmlPhase(CmlPhase),
    Marker(Biomarker, bool),
}

/// One finding offered to the person.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    pub target: Target,
    /// The question, in the questionnaire's words.
    pub question: String,
    /// What the report says, in words.
    pub answer: String,
    /// The report's line it was read from.
    pub quote: String,
    /// The answer given before, when it differs: never replaced without a tick.
    pub replaces: Option<String>,
}

impl Proposal {
    /// Ticked at first: it fills an unanswered question. A change of an answer waits for the
    /// person to tick it.
    pub fn ticked_at_first(&self) -> bool {
        self.replaces.is_none()
    }
}

/// The report's line for a key of the answers document, when the reader kept one.
fn quote_of(reading: &Reading, key: &str) -> String {
    reading.found.iter().find(|f| f.key == key).map(|f| f.quote.clone()).unwrap_or_default()
}

fn yes_no(value: bool) -> &'static str {
    if value {
        "Yes — found"
    } else {
        "No — tested and not found"
    }
}

/// The proposals for a reading, given the answers so far. Findings that agree with an answer
/// already given are left out: there is nothing to decide.
pub fn proposals(reading: &Reading, answers: &Answers) -> Vec<Proposal> {
    let mut out = Vec::new();
    if let Some(dx) = reading.diagnosis {
        if answers.diagnosis != Some(dx) {
            out.push(Proposal {
                target: Target::Diagnosis(dx),
                question: "Diagnosis".to_owned(),
                answer: capitalize(dx.label()),
                quote: quote_of(reading, "diagnosis"),
                replaces: answers.diagnosis.map(|d| capitalize(d.label())),
            });
        }
    }
    if let Some(phase) = reading.cml_phase {
        if answers.cml_phase != Some(phase) {
            out.push(Proposal {
                target: Target::CmlPhase(phase),
                question: "CML phase".to_owned(),
                answer: capitalize(phase.label()),
                quote: quote_of(reading, "cml_phase"),
                replaces: answers.cml_phase.map(|p| capitalize(p.label())),
            });
        }
    }
    for (&marker, &value) in &reading.biomarkers {
        let before = answers.biomarker(marker);
        if before == Some(value) {
            continue;
        }
        out.push(Proposal {
            target: Target::Marker(marker, value),
            question: capitalize(marker.label()),
            answer: yes_no(value).to_owned(),
            quote: quote_of(reading, marker.key()),
            replaces: before.map(|b| yes_no(b).to_owned()),
        });
    }
    out
}

/// What the report holds that no question asks (blast percentage, MRD, other changes): shown
/// for the person's information, never filled in.
pub fn other_findings(reading: &Reading) -> Vec<(String, String, String)> {
    let asked = |key: &str| key == "diagnosis" || key == "cml_phase" || Biomarker::from_key(key).is_some();
    reading
        .found
        .iter()
        .filter(|f| !asked(&f.key))
        .map(|f| (f.key.replace(['_', '-'], " "), f.value.clone(), f.quote.clone()))
        .collect()
}

/// Sets the chosen proposals' answers; nothing else changes.
pub fn apply<'a>(answers: &mut Answers, chosen: impl IntoIterator<Item = &'a Proposal>) {
    for proposal in chosen {
        match proposal.target {
            Target::Diagnosis(dx) => answers.diagnosis = Some(dx),
            Target::CmlPhase(phase) => answers.cml_phase = Some(phase),
            Target::Marker(marker, value) => answers.set_biomarker(marker, Some(value)),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use trialmatch_core::report::Found;

    use super::*;

    fn reading(diagnosis: Option<Diagnosis>, markers: &[(Biomarker, bool)]) -> Reading {
        let mut found: Vec<Found> = markers
            .iter()
            .map(|(m, v)| Found {
                key: m.key().to_owned(),
                value: v.to_string(),
                quote: format!("{} line", m.key()),
            })
            .collect();
        found.push(Found {
            key: "blasts".to_owned(),
            value: "32%".to_owned(),
            quote: "Blasts 32%".to_owned(),
        });
        Reading {
            diagnosis,
            cml_phase: None,
            biomarkers: markers.iter().copied().collect::<BTreeMap<_, _>>(),
            found,
            diagnostics: Vec::new(),
        }
    }

    #[test]
    fn findings_become_proposals_and_a_given_answer_waits_for_a_tick() {
        let mut answers = Answers { diagnosis: Some(Diagnosis::Aml), ..Answers::default() };
        answers.set_biomarker(Biomarker::Tp53, Some(true));
        answers.set_biomarker(Biomarker::Npm1, Some(true));
        let read = reading(
            Some(Diagnosis::Aml),
            &[(Biomarker::Flt3Itd, true), (Biomarker::Tp53, false), (Biomarker::Npm1, true)],
        );
        let found = proposals(&read, &answers);
        // The same diagnosis and the same NPM1 answer: nothing to decide.
        let targets: Vec<Target> = found.iter().map(|p| p.target).collect();
        assert_eq!(
            targets,
            [Target::Marker(Biomarker::Flt3Itd, true), Target::Marker(Biomarker::Tp53, false)]
        );
        assert!(found[0].ticked_at_first() && found[0].replaces.is_none());
        assert_eq!(found[0].quote, "FLT3-ITD line");
        assert!(!found[1].ticked_at_first(), "a changed answer is ticked at first");
        assert_eq!(found[1].replaces.as_deref(), Some("Yes — found"));
        assert_eq!(other_findings(&read), [("blasts".to_owned(), "32%".to_owned(), "Blasts 32%".to_owned())]);

        // Only what is chosen changes.
        apply(&mut answers, found.iter().filter(|p| p.ticked_at_first()));
        assert_eq!(answers.biomarker(Biomarker::Flt3Itd), Some(true));
        assert_eq!(answers.biomarker(Biomarker::Tp53), Some(true));
        apply(&mut answers, &found[1..]);
        assert_eq!(answers.biomarker(Biomarker::Tp53), Some(false));
    }

    #[test]
    fn a_new_diagnosis_is_proposed_and_replaces_only_when_chosen() {
        let answers = Answers { diagnosis: Some(Diagnosis::Cml), ..Answers::default() };
        let read = reading(Some(Diagnosis::BAll), &[]);
        let found = proposals(&read, &answers);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].target, Target::Diagnosis(Diagnosis::BAll));
        assert!(found[0].replaces.is_some());
        assert!(proposals(&reading(None, &[]), &Answers::default()).is_empty());
    }
}
