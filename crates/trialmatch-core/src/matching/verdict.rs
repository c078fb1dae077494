//! Verdicts: each requirement is met, not met or unknown; alternatives (groups, cohorts) are
//! combined; a trial is ruled out only by a requirement that is firmly not met.

use serde::Serialize;

use super::check::check;
use crate::answers::Answers;
use crate::reading::TrialRules;
use crate::registry::{Status, Trial};

/// The result for one trial.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
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
}

/// One requirement as matching sees it: which need it checks and how it combines. Packed, so
/// that matching thousands of trials walks one small list rather than every trial's rules.
#[derive(Debug, Clone, Copy)]
pub(super) struct Step {
    /// Index into the table of outcomes the caller worked out.
    pub need: u32,
    pub soft: bool,
    pub cohort: Option<u16>,
    pub group: Option<u16>,
}

/// The steps of one trial's rules, each need numbered by its requirement's position.
pub(super) fn steps(rules: &TrialRules) -> impl Iterator<Item = Step> + '_ {
    rules.requirements.iter().enumerate().map(|(position, r)| Step {
        need: position as u32,
        soft: r.soft,
        cohort: r.cohort,
        group: r.group,
    })
}

pub(super) fn evaluate(index: usize, rules: &TrialRules, answers: &Answers) -> TrialMatch {
    let table: Vec<Outcome> = rules.requirements.iter().map(|r| check(&r.need, answers)).collect();
    let steps: Vec<Step> = steps(rules).collect();
    evaluate_steps(index, &steps, rules.cohorts.len(), &table, &mut Vec::new())
}

/// Each requirement's outcome, in the order of [`TrialRules::requirements`], and whether a
/// "not met" was softened to unknown (for the reasons of the trials someone looks at).
pub(super) fn outcomes(rules: &TrialRules, answers: &Answers) -> Vec<(Outcome, bool)> {
    let table: Vec<Outcome> = rules.requirements.iter().map(|r| check(&r.need, answers)).collect();
    let steps: Vec<Step> = steps(rules).collect();
    let mut outcomes = Vec::new();
    fill_outcomes(&steps, &table, &mut outcomes);
    outcomes
}

fn fill_outcomes(steps: &[Step], table: &[Outcome], into: &mut Vec<(Outcome, bool)>) {
    into.clear();
    into.extend(steps.iter().map(|step| {
        let outcome = table[step.need as usize];
        if step.soft && outcome == Outcome::NotMet {
            (Outcome::Unknown, true)
        } else {
            (outcome, false)
        }
    }));
}

/// A trial's verdict from its steps and the outcome of each need (`table`), with `scratch`
/// reused from trial to trial instead of a fresh list each time.
pub(super) fn evaluate_steps(
    index: usize,
    steps: &[Step],
    cohorts: usize,
    table: &[Outcome],
    scratch: &mut Vec<(Outcome, bool)>,
) -> TrialMatch {
    fill_outcomes(steps, table, scratch);
    let outcomes: &[(Outcome, bool)] = scratch;

    let general = combine_scope(steps, outcomes, None);
    // A person needs to fit one cohort. A cohort with nothing to check may still fit; a lone
    // named cohort ("Part B only:") implies unnamed others, so it cannot rule anyone out.
    let cohort = (cohorts > 0).then(|| {
        let per_cohort = (0..cohorts).map(|c| match combine_scope(steps, outcomes, Some(c as u16)) {
            Outcome::NotApplicable => Outcome::Unknown,
            Outcome::NotMet if cohorts == 1 => Outcome::Unknown,
            other => other,
        });
        any(per_cohort)
    });
    let overall = match cohort {
        Some(c) => all([general, c].into_iter()),
        None => general,
    };

    let (mut met, mut not_met, mut unknown) = (0u16, 0u16, 0u16);
    for (outcome, _) in outcomes {
        match outcome {
            Outcome::Met => met = met.saturating_add(1),
            Outcome::NotMet => not_met = not_met.saturating_add(1),
            Outcome::Unknown => unknown = unknown.saturating_add(1),
            Outcome::NotApplicable => {}
        }
    }
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
    TrialMatch { index, verdict, score, met, not_met, unknown }
}

/// AND over a scope's requirements, where requirements sharing a group count as one (ANY).
/// This runs for every trial on every click, so it folds as it goes instead of collecting.
fn combine_scope(steps: &[Step], outcomes: &[(Outcome, bool)], cohort: Option<u16>) -> Outcome {
    let mut result = Outcome::NotApplicable;
    let mut groups: Vec<(u16, Outcome)> = Vec::new();
    for (step, (outcome, _)) in steps.iter().zip(outcomes) {
        if step.cohort != cohort {
            continue;
        }
        match step.group {
            None => result = all([result, *outcome].into_iter()),
            Some(g) => match groups.iter_mut().find(|(id, _)| *id == g) {
                Some((_, members)) => *members = any([*members, *outcome].into_iter()),
                None => groups.push((g, *outcome)),
            },
        }
    }
    all(std::iter::once(result).chain(groups.into_iter().map(|(_, members)| members)))
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
    crate::order::sort_by(matches, &|a, b| {
        a.verdict
            .cmp(&b.verdict)
            .then(b.met.cmp(&a.met))
            .then(status_rank(&trials[a.index].status).cmp(&status_rank(&trials[b.index].status)))
            .then(trials[a.index].id.cmp(&trials[b.index].id))
    });
}

/// Recruiting trials first, then those about to recruit, then by invitation, then the rest.
pub(super) fn status_rank(status: &Status) -> u8 {
    match status {
        Status::Recruiting => 0,
        Status::NotYetRecruiting => 1,
        Status::EnrollingByInvitation => 2,
        _ => 3,
    }
}
