//! How requirement outcomes combine into a verdict: AND over a scope (the whole trial, or one
//! cohort), ANY within a "one of" group, ANY over a trial's cohorts. A soft requirement's "not
//! met" counts as unknown, so a trial is ruled out only by a requirement that is firmly not met.

use super::check::check;
use super::verdict::{Outcome, TrialMatch, Verdict};
use crate::answers::Answers;
use crate::reading::{Need, TrialRules};

/// One requirement as the fold sees it: where its outcome is, and how it combines. A dozen
/// bytes, so folding 10,000 trials reads a few megabytes rather than their whole rules.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Step {
    /// Where the requirement's outcome is in the table the fold is given.
    pub need: u32,
    /// A "not met" counts as unknown, because the criterion has exceptions.
    pub soft: bool,
    /// A "met" is certain (the reading accounts for the whole criterion).
    pub certain: bool,
    pub kind: Kind,
    pub cohort: Option<u16>,
    pub group: Option<u16>,
}

/// What a step is about, as far as "likely" cares: a trial is likely only when it names the
/// person's diagnosis and status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Diagnosis,
    Status,
    Other,
}

/// The steps of one trial's rules, each numbering its requirement's position.
pub(super) fn steps(rules: &TrialRules) -> impl Iterator<Item = Step> + '_ {
    rules.requirements.iter().enumerate().map(|(position, r)| Step {
        need: position as u32,
        soft: r.soft,
        certain: r.certain,
        kind: match r.need {
            Need::Diagnosis { .. } => Kind::Diagnosis,
            Need::Status(_) => Kind::Status,
            _ => Kind::Other,
        },
        cohort: r.cohort,
        group: r.group,
    })
}

/// Matches one trial from its rules (the trial page and the explanations).
pub(super) fn evaluate(index: usize, rules: &TrialRules, answers: &Answers) -> TrialMatch {
    let table: Vec<Outcome> = rules.requirements.iter().map(|r| check(&r.need, answers)).collect();
    let steps: Vec<Step> = steps(rules).collect();
    fold(index, &steps, rules.cohorts.len(), &table)
}

/// Each requirement's outcome, in the order of [`TrialRules::requirements`], and whether a
/// "not met" was softened to unknown.
pub(super) fn outcomes(rules: &TrialRules, answers: &Answers) -> Vec<(Outcome, bool)> {
    rules
        .requirements
        .iter()
        .map(|r| match check(&r.need, answers) {
            Outcome::NotMet if r.soft => (Outcome::Unknown, true),
            other => (other, false),
        })
        .collect()
}

/// The verdict of a trial with `cohorts` named cohorts from its steps, each step's outcome
/// being `table[step.need]`.
///
/// "Likely" means more than "nothing rules it out": the trial names the person's diagnosis and
/// disease status, and every requirement the answers can settle along one way into the trial is
/// met with certainty — none is unknown, soft or read from a criterion only partly understood.
pub(super) fn fold(index: usize, steps: &[Step], cohorts: usize, table: &[Outcome]) -> TrialMatch {
    let outcome = |step: &Step| match table[step.need as usize] {
        Outcome::NotMet if step.soft => Outcome::Unknown,
        other => other,
    };
    // A step is surely met when it is met, certain and firm; one that does not apply is no
    // obstacle.
    let sure = |step: &Step| match outcome(step) {
        Outcome::NotApplicable => true,
        Outcome::Met => step.certain && !step.soft,
        _ => false,
    };
    // Each scope's outcome, and whether every step of it is surely met.
    let scope = |cohort: Option<u16>| {
        let (mut ungrouped, mut surely) = (Outcome::NotApplicable, true);
        // Most trials have no "one of" group; a list is made only for those that do.
        let mut groups: Vec<(u16, Outcome, bool)> = Vec::new();
        for step in steps.iter().filter(|s| s.cohort == cohort) {
            match step.group {
                None => {
                    ungrouped = all(ungrouped, outcome(step));
                    surely &= sure(step);
                }
                Some(group) => match groups.iter_mut().find(|(g, _, _)| *g == group) {
                    Some((_, members, any_sure)) => {
                        *members = any(*members, outcome(step));
                        *any_sure |= sure(step);
                    }
                    None => groups.push((group, outcome(step), sure(step))),
                },
            }
        }
        groups.into_iter().fold((ungrouped, surely), |(scope, surely), (_, members, any_sure)| {
            (all(scope, members), surely && any_sure)
        })
    };
    let (general, general_sure) = scope(None);
    let (overall, surely) = if cohorts == 0 {
        (general, general_sure)
    } else {
        // A person needs to fit one cohort. A cohort with nothing to check may still fit; a
        // lone named cohort ("Part B only:") implies unnamed others, so it cannot rule out.
        let (fits_one, one_sure) = (0..cohorts as u16)
            .map(|c| match scope(Some(c)) {
                (Outcome::NotApplicable, _) => (Outcome::Unknown, false),
                (Outcome::NotMet, _) if cohorts == 1 => (Outcome::Unknown, false),
                (outcome, sure) => (outcome, sure && outcome == Outcome::Met),
            })
            .fold((Outcome::NotApplicable, false), |(a, a_sure), (b, b_sure)| (any(a, b), a_sure || b_sure));
        (all(general, fits_one), general_sure && one_sure)
    };
    let mut counts = [0u16; 4];
    for step in steps {
        let slot = &mut counts[outcome(step) as usize];
        *slot = slot.saturating_add(1);
    }
    let [met, not_met, unknown, _] = counts;
    let names = |kind: Kind| steps.iter().any(|s| s.kind == kind && outcome(s) == Outcome::Met);
    let verdict = match overall {
        Outcome::NotMet => Verdict::RuledOut,
        Outcome::Met if met > 0 && surely && names(Kind::Diagnosis) && names(Kind::Status) => Verdict::Likely,
        _ => Verdict::Possible,
    };
    let score = match verdict {
        Verdict::RuledOut => 0.0,
        _ if met == 0 && unknown == 0 => 0.0,
        _ => f32::from(met) / (f32::from(met) + f32::from(unknown)),
    };
    TrialMatch { index, verdict, score, met, not_met, unknown }
}

/// Met if either is met; not met only if every applicable one is not met.
fn any(a: Outcome, b: Outcome) -> Outcome {
    [Outcome::Met, Outcome::Unknown, Outcome::NotMet].into_iter().find(|o| *o == a || *o == b).unwrap_or(b)
}

/// Not met if either is not met; met only if every applicable one is met.
fn all(a: Outcome, b: Outcome) -> Outcome {
    [Outcome::NotMet, Outcome::Unknown, Outcome::Met].into_iter().find(|o| *o == a || *o == b).unwrap_or(b)
}
