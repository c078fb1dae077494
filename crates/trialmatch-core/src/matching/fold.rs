//! How requirement outcomes combine into a verdict: AND over a scope, ANY within a "one of"
//! group, ANY over a trial's cohorts; a trial is ruled out only by a requirement that is
//! firmly not met. Two folds give the same verdict: a general one over [`Step`]s, and a packed
//! one for trials without cohorts (nearly all), which `match_all` runs on every click.

use super::check::check;
use super::verdict::{Outcome, TrialMatch, Verdict};
use crate::answers::Answers;
use crate::reading::TrialRules;

/// One requirement as matching sees it: which need it checks and how it combines.
#[derive(Debug, Clone, Copy)]
pub(super) struct Step {
    /// Index of the need; its outcomes are at `2 * need` and `2 * need + 1` of the doubled
    /// table (see [`doubled`]).
    pub need: u32,
    /// A "not met" counts as unknown, because the criterion has exceptions.
    pub soft: bool,
    pub cohort: Option<u16>,
    pub group: Option<u16>,
}

impl Step {
    /// The step's place in the doubled outcome table.
    fn slot(&self) -> usize {
        2 * self.need as usize + usize::from(self.soft)
    }
}

/// A need's outcome as a plain step and as a soft one sees it: the two entries each need has
/// in the doubled table the folds read, so softening costs nothing per step.
pub(super) fn doubled(outcome: Outcome) -> [Outcome; 2] {
    match outcome {
        Outcome::NotMet => [Outcome::NotMet, Outcome::Unknown],
        other => [other, other],
    }
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

/// Puts a trial's steps in the order the folds need: the general requirements first, then
/// cohort by cohort, each scope's ungrouped steps before its "one of" groups, each group's
/// members together. The verdict does not depend on the order of steps, only on which scope
/// and group each belongs to.
pub(super) fn sort_steps(steps: &mut [Step]) {
    steps
        .sort_by_key(|s| (s.cohort.map_or(0, |c| u32::from(c) + 1), s.group.map_or(0, |g| u32::from(g) + 1)));
}

/// Matches one trial from its rules (the trial page, and the reference `match_all` is tested
/// against).
pub(super) fn evaluate(index: usize, rules: &TrialRules, answers: &Answers) -> TrialMatch {
    let table: Vec<Outcome> =
        rules.requirements.iter().flat_map(|r| doubled(check(&r.need, answers))).collect();
    let mut steps: Vec<Step> = steps(rules).collect();
    sort_steps(&mut steps);
    evaluate_steps(index, &steps, rules.cohorts.len(), &table)
}

/// Each requirement's outcome, in the order of [`TrialRules::requirements`], and whether a
/// "not met" was softened to unknown (for the reasons of the trials someone looks at).
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

/// A trial's verdict from its steps, in the order of [`sort_steps`], and the doubled outcome
/// table. One pass that folds as it goes: scopes and groups are runs of neighbouring steps.
pub(super) fn evaluate_steps(index: usize, steps: &[Step], cohorts: usize, table: &[Outcome]) -> TrialMatch {
    let mut counts = [0u32; 4];
    let mut general = Outcome::NotApplicable;
    // A person needs to fit one cohort: ANY over the cohorts.
    let mut cohort_fit = Outcome::NotApplicable;
    let mut cohorts_with_steps = 0;
    let mut i = 0;
    while i < steps.len() {
        let cohort = steps[i].cohort;
        let mut scope = Outcome::NotApplicable;
        while i < steps.len() && steps[i].cohort == cohort {
            let group = steps[i].group;
            let mut members = Outcome::NotApplicable;
            while i < steps.len() && steps[i].cohort == cohort && steps[i].group == group {
                let outcome = table[steps[i].slot()];
                counts[outcome as usize] += 1;
                members = if group.is_some() { any(members, outcome) } else { all(members, outcome) };
                i += 1;
            }
            scope = all(scope, members);
        }
        match cohort {
            None => general = scope,
            // A cohort the rules do not list has no say in the verdict.
            Some(c) if usize::from(c) >= cohorts => {}
            Some(_) => {
                cohorts_with_steps += 1;
                cohort_fit = any(cohort_fit, cohort_outcome(scope, cohorts));
            }
        }
    }
    let overall = if cohorts > 0 {
        if cohorts_with_steps < cohorts {
            cohort_fit = any(cohort_fit, cohort_outcome(Outcome::NotApplicable, cohorts));
        }
        all(general, cohort_fit)
    } else {
        general
    };
    verdict(index, overall, counts)
}

/// A step of a trial without cohorts packed into 32 bits: its slot in the doubled table
/// shifted left by two, [`IN_GROUP`] and [`ENDS_GROUP`].
pub(super) type Packed = u32;
const IN_GROUP: Packed = 1;
const ENDS_GROUP: Packed = 2;

/// The packed form of a trial's sorted steps, or `None` when the trial has cohorts (or, in
/// theory, 65,536 steps or more than 2^30 needs) and takes the general fold.
pub(super) fn pack(steps: &[Step], cohorts: usize) -> Option<Vec<Packed>> {
    if cohorts > 0 || steps.len() > usize::from(u16::MAX) {
        return None;
    }
    let mut packed = Vec::with_capacity(steps.len());
    for (i, step) in steps.iter().enumerate() {
        if step.cohort.is_some() {
            return None;
        }
        let slot = Packed::try_from(step.slot()).ok().filter(|&s| s < 1 << 30)?;
        let ends = step.group.is_some() && steps.get(i + 1).is_none_or(|next| next.group != step.group);
        packed.push(
            slot << 2 | if step.group.is_some() { IN_GROUP } else { 0 } | if ends { ENDS_GROUP } else { 0 },
        );
    }
    Some(packed)
}

/// The verdict of a trial without cohorts from its packed steps. This runs for every trial on
/// every click, so it has no branch that depends on the answers: each scope and group keeps
/// the set of outcomes seen as bits, and a table turns a set into its AND or ANY.
#[inline(always)]
pub(super) fn evaluate_packed(index: usize, packed: &[Packed], table: &[Outcome]) -> TrialMatch {
    // How many steps gave each outcome, in four 16-bit lanes of one register: [`pack`] keeps
    // trials with 65,536 steps or more out, so a lane cannot overflow into the next.
    let mut tally = 0u64;
    let (mut scope, mut group) = (0u8, 0u8);
    for &step in packed {
        let outcome = table[(step >> 2) as usize] as u32;
        tally += 1 << (16 * outcome);
        let seen = 1u8 << outcome;
        // All ones for a group member (or a group's last member), else zero.
        let member = 0u8.wrapping_sub((step & IN_GROUP) as u8);
        let last = 0u8.wrapping_sub(((step & ENDS_GROUP) >> 1) as u8);
        group |= seen & member;
        scope |= seen & !member;
        scope |= (1u8 << ANY_OF[usize::from(group)] as u8) & last;
        group &= !last;
    }
    let lane = |outcome: Outcome| (tally >> (16 * outcome as u32)) as u32 & 0xffff;
    let counts = [lane(Outcome::Met), lane(Outcome::NotMet), lane(Outcome::Unknown), 0];
    verdict(index, ALL_OF[usize::from(scope)], counts)
}

/// The verdict and score from the overall outcome and how many steps gave each outcome.
#[inline(always)]
pub(super) fn verdict(index: usize, overall: Outcome, counts: [u32; 4]) -> TrialMatch {
    let count = |outcome: Outcome| u16::try_from(counts[outcome as usize]).unwrap_or(u16::MAX);
    let (met, not_met, unknown) = (count(Outcome::Met), count(Outcome::NotMet), count(Outcome::Unknown));
    let verdict = match overall {
        Outcome::NotMet => Verdict::RuledOut,
        Outcome::Met if met > 0 => Verdict::Likely,
        _ => Verdict::Possible,
    };
    let score = match verdict {
        Verdict::RuledOut => 0.0,
        _ if met == 0 && unknown == 0 => 0.0,
        _ => f32::from(met) / (f32::from(met) + f32::from(unknown)),
    };
    TrialMatch { index, verdict, score, met, not_met, unknown }
}

/// How one cohort's requirements count towards "fits one cohort". A cohort with nothing to
/// check may still fit; a lone named cohort ("Part B only:") implies unnamed others, so it
/// cannot rule anyone out.
fn cohort_outcome(scope: Outcome, cohorts: usize) -> Outcome {
    match scope {
        Outcome::NotApplicable => Outcome::Unknown,
        Outcome::NotMet if cohorts == 1 => Outcome::Unknown,
        other => other,
    }
}

/// The outcomes in the order ANY prefers them, and AND.
const ANY_ORDER: [Outcome; 3] = [Outcome::Met, Outcome::Unknown, Outcome::NotMet];
const ALL_ORDER: [Outcome; 3] = [Outcome::NotMet, Outcome::Unknown, Outcome::Met];

/// ANY and AND of every set of outcomes, a set being bits `1 << outcome as u8`.
const ANY_OF: [Outcome; 16] = of_every_set(ANY_ORDER);
const ALL_OF: [Outcome; 16] = of_every_set(ALL_ORDER);

const fn of_every_set(order: [Outcome; 3]) -> [Outcome; 16] {
    let mut table = [Outcome::NotApplicable; 16];
    let mut set = 0;
    while set < 16 {
        let mut i = 0;
        while i < order.len() {
            if set & (1 << order[i] as u8) != 0 {
                table[set] = order[i];
                break;
            }
            i += 1;
        }
        set += 1;
    }
    table
}

/// Met if either is met; not met only if every applicable one is not met.
fn any(a: Outcome, b: Outcome) -> Outcome {
    ANY_OF[(1 << a as u8 | 1 << b as u8) as usize]
}

/// Not met if either is not met; met only if every applicable one is met.
fn all(a: Outcome, b: Outcome) -> Outcome {
    ALL_OF[(1 << a as u8 | 1 << b as u8) as usize]
}
