//! Verdicts: each requirement is met, not met or unknown; alternatives (groups, cohorts) are
//! combined; a trial is ruled out only by a requirement that is firmly not met.

use serde::Serialize;

use super::check::check;
use crate::answers::Answers;
use crate::reading::{Requirement, TrialRules};
use crate::registry::{Status, Trial};

/// The result for one trial.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Likely,
    Possible,
    RuledOut,
}

impl Verdict {
    pub fn key(&self) -> &'static str {
        match self {
            Verdict::Likely => "likely",
            Verdict::Possible => "possible",
            Verdict::RuledOut => "ruled_out",
        }
    }
}

/// One requirement compared with the answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Met,
    NotMet,
    Unknown,
    /// The requirement does not apply to this person (e.g. a limit for another age group).
    NotApplicable,
}

/// What a reason is about, for grouping and for the CLI's `kind` field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReasonKind {
    Diagnosis,
    CmlPhase,
    DiseaseStatus,
    Biomarker,
    PriorTherapy,
    PriorLines,
    Performance,
    Cns,
    Fitness,
    Age,
    Sex,
    /// A criterion the engine could not read.
    Unread,
}

/// A requirement's outcome with the plain-English sentence and the quoted criterion.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    pub kind: ReasonKind,
    pub outcome: Outcome,
    /// True when a "not met" was softened to unknown because the criterion has exceptions.
    pub softened: bool,
    pub text: String,
    pub quote: Option<String>,
}

/// The compact result of matching one trial; reasons are built on demand by
/// [`super::Catalog::reasons`], because most matches are never displayed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrialMatch {
    /// Index of the trial in the catalog.
    pub index: usize,
    pub verdict: Verdict,
    /// Share of applicable requirements that are met (0 when ruled out).
    pub score: f32,
    pub met: u16,
    pub not_met: u16,
    pub unknown: u16,
    /// Outcome per requirement, in the order of [`TrialRules::requirements`].
    pub outcomes: Vec<(Outcome, bool)>,
}

pub(super) fn evaluate(index: usize, rules: &TrialRules, answers: &Answers) -> TrialMatch {
    let outcomes: Vec<(Outcome, bool)> = rules
        .requirements
        .iter()
        .map(|r| {
            let outcome = check(&r.need, answers);
            if r.soft && outcome == Outcome::NotMet {
                (Outcome::Unknown, true)
            } else {
                (outcome, false)
            }
        })
        .collect();

    let general = combine_scope(&rules.requirements, &outcomes, None);
    // A person needs to fit one cohort. A cohort with nothing to check may still fit; a lone
    // named cohort ("Part B only:") implies unnamed others, so it cannot rule anyone out.
    let cohort = (!rules.cohorts.is_empty()).then(|| {
        let per_cohort = (0..rules.cohorts.len()).map(|c| {
            match combine_scope(&rules.requirements, &outcomes, Some(c as u16)) {
                Outcome::NotApplicable => Outcome::Unknown,
                Outcome::NotMet if rules.cohorts.len() == 1 => Outcome::Unknown,
                other => other,
            }
        });
        any(per_cohort)
    });
    let overall = match cohort {
        Some(c) => all([general, c].into_iter()),
        None => general,
    };

    let count = |wanted: Outcome| outcomes.iter().filter(|(o, _)| *o == wanted).count() as u16;
    let (met, not_met, unknown) = (count(Outcome::Met), count(Outcome::NotMet), count(Outcome::Unknown));
    let verdict = match overall {
        Outcome::NotMet => Verdict::RuledOut,
        Outcome::Met if met > 0 => Verdict::Likely,
        _ => Verdict::Possible,
    };
    let score = match verdict {
        Verdict::RuledOut => 0.0,
        _ if met + unknown == 0 => 0.0,
        _ => f32::from(met) / f32::from(met + unknown),
    };
    TrialMatch { index, verdict, score, met, not_met, unknown, outcomes }
}

/// AND over a scope's requirements, where requirements sharing a group count as one (ANY).
fn combine_scope(requirements: &[Requirement], outcomes: &[(Outcome, bool)], cohort: Option<u16>) -> Outcome {
    let mut parts = Vec::new();
    let mut groups: Vec<(u16, Vec<Outcome>)> = Vec::new();
    for (requirement, (outcome, _)) in requirements.iter().zip(outcomes) {
        if requirement.cohort != cohort {
            continue;
        }
        match requirement.group {
            None => parts.push(*outcome),
            Some(g) => match groups.iter_mut().find(|(id, _)| *id == g) {
                Some((_, members)) => members.push(*outcome),
                None => groups.push((g, vec![*outcome])),
            },
        }
    }
    parts.extend(groups.into_iter().map(|(_, members)| any(members.into_iter())));
    all(parts.into_iter())
}

/// Met if any is met; not met only if every applicable one is not met.
fn any(outcomes: impl Iterator<Item = Outcome>) -> Outcome {
    let mut result = Outcome::NotApplicable;
    for outcome in outcomes {
        result = match (result, outcome) {
            (Outcome::Met, _) | (_, Outcome::Met) => Outcome::Met,
            (Outcome::Unknown, _) | (_, Outcome::Unknown) => Outcome::Unknown,
            (Outcome::NotMet, _) | (_, Outcome::NotMet) => Outcome::NotMet,
            _ => Outcome::NotApplicable,
        };
    }
    result
}

/// Not met if any is not met; met only if every applicable one is met.
fn all(outcomes: impl Iterator<Item = Outcome>) -> Outcome {
    let mut result = Outcome::NotApplicable;
    for outcome in outcomes {
        result = match (result, outcome) {
            (Outcome::NotMet, _) | (_, Outcome::NotMet) => Outcome::NotMet,
            (Outcome::Unknown, _) | (_, Outcome::Unknown) => Outcome::Unknown,
            (Outcome::Met, _) | (_, Outcome::Met) => Outcome::Met,
            _ => Outcome::NotApplicable,
        };
    }
    result
}

/// Likely first, then by requirements met, then recruiting before not yet recruiting.
pub fn rank(matches: &mut [TrialMatch], trials: &[Trial]) {
    let status_rank = |s: &Status| match s {
        Status::Recruiting => 0,
        Status::NotYetRecruiting => 1,
        Status::EnrollingByInvitation => 2,
        _ => 3,
    };
    crate::order::sort_by(matches, &|a, b| {
        a.verdict
            .cmp(&b.verdict)
            .then(b.met.cmp(&a.met))
            .then(status_rank(&trials[a.index].status).cmp(&status_rank(&trials[b.index].status)))
            .then(trials[a.index].id.cmp(&trials[b.index].id))
    });
}
