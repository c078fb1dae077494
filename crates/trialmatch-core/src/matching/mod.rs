//! Matching: every trial's requirements against one answers document, giving a verdict, a
//! score and a reason for every requirement. Requirements are read once, when the catalog is
//! built; matching itself only compares values, so re-matching after an answer changes is cheap.

mod check;
mod verdict;

pub use check::marker as marker_value;
pub use verdict::{rank, Outcome, Reason, ReasonKind, TrialMatch, Verdict};

use verdict::{status_rank, Step};

use crate::answers::Answers;
use std::collections::HashMap;

use crate::reading::{Need, Reader, TrialRules};
use crate::registry::Trial;

/// Loaded trials with their requirements already read: what the page and the CLI match against.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    trials: Vec<Trial>,
    rules: Vec<TrialRules>,
    /// The trials' indices ordered by recruitment status, then ID: the tie-break of [`rank`],
    /// worked out once so that ranking on every click needs no comparison of trials.
    by_status: Vec<u32>,
    /// Every distinct need of every trial: thousands of trials share a few hundred, so each
    /// is checked once per match.
    needs: Vec<Need>,
    /// Every trial's requirements as steps numbering needs in `needs`, one trial after another;
    /// trial `i`'s are `steps[starts[i]..starts[i + 1]]`.
    steps: Vec<Step>,
    starts: Vec<u32>,
    /// How many alternative cohorts each trial has.
    cohorts: Vec<u16>,
}

/// A catalog being built a few trials at a time, so the page can show progress and stay
/// responsive while thousands of criteria texts are read.
#[derive(Debug)]
pub struct CatalogBuilder {
    trials: Vec<Trial>,
    rules: Vec<TrialRules>,
    distinct: HashMap<Need, u32>,
    steps: Vec<Step>,
    starts: Vec<u32>,
    cohorts: Vec<u16>,
    /// Kept across steps, so criteria shared by several trials are read once.
    reader: Reader,
}

impl CatalogBuilder {
    pub fn new(trials: Vec<Trial>) -> CatalogBuilder {
        let rules = Vec::with_capacity(trials.len());
        CatalogBuilder {
            trials,
            rules,
            distinct: HashMap::new(),
            steps: Vec::new(),
            starts: vec![0],
            cohorts: Vec::new(),
            reader: Reader::new(),
        }
    }

    /// How many trials there are to read.
    pub fn total(&self) -> usize {
        self.trials.len()
    }

    /// How many have been read so far.
    pub fn read(&self) -> usize {
        self.rules.len()
    }

    /// Reads up to `count` more trials' criteria; true when every trial has been read.
    pub fn step(&mut self, count: usize) -> bool {
        let end = self.rules.len().saturating_add(count).min(self.trials.len());
        let next = self.rules.len();
        for trial in &self.trials[next..end] {
            let rules = self.reader.read_trial(trial);
            for (step, requirement) in verdict::steps(&rules).zip(&rules.requirements) {
                let fresh = self.distinct.len() as u32;
                let need = *self.distinct.entry(requirement.need.clone()).or_insert(fresh);
                self.steps.push(Step { need, ..step });
            }
            self.starts.push(self.steps.len() as u32);
            self.cohorts.push(rules.cohorts.len().min(u16::MAX as usize) as u16);
            self.rules.push(rules);
        }
        self.rules.len() == self.trials.len()
    }

    /// Reads whatever is left and returns the finished catalog.
    pub fn finish(mut self) -> Catalog {
        self.step(usize::MAX);
        let mut by_status: Vec<u32> = (0..self.trials.len() as u32).collect();
        by_status.sort_by(|&a, &b| {
            let (a, b) = (&self.trials[a as usize], &self.trials[b as usize]);
            status_rank(&a.status).cmp(&status_rank(&b.status)).then(a.id.cmp(&b.id))
        });
        let mut needs = vec![None; self.distinct.len()];
        for (need, id) in self.distinct {
            needs[id as usize] = Some(need);
        }
        let needs = needs.into_iter().flatten().collect();
        Catalog {
            trials: self.trials,
            rules: self.rules,
            by_status,
            needs,
            steps: self.steps,
            starts: self.starts,
            cohorts: self.cohorts,
        }
    }
}

impl Catalog {
    /// Reads every trial's criteria once; criteria shared by several trials are read once.
    pub fn new(trials: Vec<Trial>) -> Catalog {
        CatalogBuilder::new(trials).finish()
    }

    pub fn trials(&self) -> &[Trial] {
        &self.trials
    }

    pub fn len(&self) -> usize {
        self.trials.len()
    }

    pub fn is_empty(&self) -> bool {
        self.trials.is_empty()
    }

    /// The requirements read from trial `index` (for the trial page's checklist and tests).
    pub fn rules(&self, index: usize) -> &TrialRules {
        &self.rules[index]
    }

    /// The index of the trial with this ID.
    pub fn find(&self, id: &str) -> Option<usize> {
        self.trials.iter().position(|t| t.id == id)
    }

    /// Matches one trial.
    pub fn match_one(&self, index: usize, answers: &Answers) -> TrialMatch {
        verdict::evaluate(index, &self.rules[index], answers)
    }

    /// The outcome of each of trial `index`'s requirements (in the order of its rules), and
    /// whether a "not met" was softened to unknown.
    pub fn outcomes(&self, index: usize, answers: &Answers) -> Vec<(Outcome, bool)> {
        verdict::outcomes(&self.rules[index], answers)
    }

    /// Matches every trial, ranked: likely first, then by requirements met, then recruiting
    /// before not yet recruiting.
    pub fn match_all(&self, answers: &Answers) -> Vec<TrialMatch> {
        let outcomes: Vec<Outcome> = self.needs.iter().map(|need| check::check(need, answers)).collect();
        let mut scratch = Vec::new();
        let matches: Vec<TrialMatch> = (0..self.trials.len())
            .map(|i| {
                let steps = &self.steps[self.starts[i] as usize..self.starts[i + 1] as usize];
                verdict::evaluate_steps(i, steps, usize::from(self.cohorts[i]), &outcomes, &mut scratch)
            })
            .collect();
        // The order of `rank` without comparing trials (a comparison sort took a third of the
        // time): a counting sort by (verdict, requirements met, most first), fed in the
        // tie-break order, which it keeps within each pair.
        let most = matches.iter().map(|m| usize::from(m.met)).max().unwrap_or(0);
        let key = |m: &TrialMatch| m.verdict as usize * (most + 1) + (most - usize::from(m.met));
        let mut next = vec![0usize; (Verdict::RuledOut as usize + 1) * (most + 1)];
        for m in &matches {
            next[key(m)] += 1;
        }
        let mut start = 0;
        for slot in &mut next {
            start += std::mem::replace(slot, start);
        }
        let mut placed = vec![0u32; matches.len()];
        for &i in &self.by_status {
            let at = &mut next[key(&matches[i as usize])];
            placed[*at] = i;
            *at += 1;
        }
        placed.iter().map(|&i| matches[i as usize].clone()).collect()
    }
}
