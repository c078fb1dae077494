//! Checks both verdict folds against the rules written out plainly: AND over a scope, ANY
//! within a "one of" group, ANY over cohorts, on every small arrangement of steps and on many
//! random larger ones.

use super::fold::{doubled, evaluate_packed, evaluate_steps, pack, sort_steps, verdict, Step};
use super::verdict::{Outcome, TrialMatch};

const OUTCOMES: [Outcome; 4] = [Outcome::Met, Outcome::NotMet, Outcome::Unknown, Outcome::NotApplicable];

/// The verdict as the rules state it, scope by scope, on steps in any order.
fn plainly(steps: &[Step], cohorts: usize, table: &[Outcome]) -> TrialMatch {
    let outcomes: Vec<Outcome> = steps
        .iter()
        .map(|s| match table[s.need as usize] {
            Outcome::NotMet if s.soft => Outcome::Unknown,
            other => other,
        })
        .collect();
    let any = |values: &[Outcome]| {
        [Outcome::Met, Outcome::Unknown, Outcome::NotMet]
            .into_iter()
            .find(|o| values.contains(o))
            .unwrap_or(Outcome::NotApplicable)
    };
    let all = |values: &[Outcome]| {
        [Outcome::NotMet, Outcome::Unknown, Outcome::Met]
            .into_iter()
            .find(|o| values.contains(o))
            .unwrap_or(Outcome::NotApplicable)
    };
    let scope = |cohort: Option<u16>| {
        let mut parts = Vec::new();
        let mut groups: Vec<u16> = Vec::new();
        for (step, outcome) in steps.iter().zip(&outcomes) {
            match step.group {
                _ if step.cohort != cohort => {}
                None => parts.push(*outcome),
                Some(g) if !groups.contains(&g) => {
                    groups.push(g);
                    let members: Vec<Outcome> = steps
                        .iter()
                        .zip(&outcomes)
                        .filter(|(s, _)| s.cohort == cohort && s.group == Some(g))
                        .map(|(_, o)| *o)
                        .collect();
                    parts.push(any(&members));
                }
                Some(_) => {}
            }
        }
        all(&parts)
    };
    let general = scope(None);
    let overall = if cohorts == 0 {
        general
    } else {
        let each: Vec<Outcome> = (0..cohorts as u16)
            .map(|c| match scope(Some(c)) {
                Outcome::NotApplicable => Outcome::Unknown,
                Outcome::NotMet if cohorts == 1 => Outcome::Unknown,
                other => other,
            })
            .collect();
        all(&[general, any(&each)])
    };
    // The verdict and score from these is the same code for both folds; what they differ in,
    // and what is compared here, is how they arrive at the overall outcome and the counts.
    let counts = OUTCOMES.map(|wanted| outcomes.iter().filter(|o| **o == wanted).count() as u32);
    verdict(0, overall, counts)
}

/// Every kind of step: each need outcome (the need numbers its outcome in [`OUTCOMES`]), soft
/// or not, general or in one of three cohorts (the third beyond a two-cohort trial's list),
/// ungrouped or in one of two groups.
fn every_step() -> Vec<Step> {
    let mut all = Vec::new();
    for need in 0..OUTCOMES.len() as u32 {
        for soft in [false, true] {
            for cohort in [None, Some(0), Some(1), Some(2)] {
                for group in [None, Some(0), Some(1)] {
                    all.push(Step { need, soft, cohort, group });
                }
            }
        }
    }
    all
}

fn compare(steps: &[Step], cohorts: usize) {
    let expected = plainly(steps, cohorts, &OUTCOMES);
    let table: Vec<Outcome> = OUTCOMES.into_iter().flat_map(doubled).collect();
    let mut sorted = steps.to_vec();
    sort_steps(&mut sorted);
    assert_eq!(evaluate_steps(0, &sorted, cohorts, &table), expected, "{cohorts} cohorts, steps {steps:?}");
    match pack(&sorted, cohorts) {
        Some(packed) => {
            assert_eq!(evaluate_packed(0, &packed, &table), expected, "packed, steps {steps:?}")
        }
        None => assert!(cohorts > 0 || steps.iter().any(|s| s.cohort.is_some()), "not packed: {steps:?}"),
    }
}

#[test]
fn the_fold_agrees_with_the_rules_on_every_pair_of_steps() {
    let kinds = every_step();
    for cohorts in 0..=2 {
        compare(&[], cohorts);
        for a in &kinds {
            compare(&[*a], cohorts);
            for b in &kinds {
                compare(&[*a, *b], cohorts);
            }
        }
    }
}

#[test]
fn the_fold_agrees_with_the_rules_on_longer_random_trials() {
    let kinds = every_step();
    // A fixed xorshift sequence: the same trials every run.
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    let mut next = move |below: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % below as u64) as usize
    };
    for _ in 0..50_000 {
        let steps: Vec<Step> = (0..3 + next(8)).map(|_| kinds[next(kinds.len())]).collect();
        compare(&steps, next(3));
    }
}
