//! Matching: every trial's requirements against one answers document, giving a verdict, a
//! score and a reason for every requirement. Requirements are read once, when the catalog is
//! built; matching itself only compares values, so re-matching after an answer changes is cheap.

mod check;
mod fold;
#[cfg(test)]
mod tests;
mod verdict;

pub use check::marker as marker_value;
pub use verdict::{rank, Outcome, Reason, ReasonKind, TrialMatch, Verdict};

use check::Test;
use fold::{Packed, Step};
use verdict::status_rank;

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
    /// Every distinct need of every trial, as matching tests it: thousands of trials share a
    /// few hundred, so each is checked once per match.
    needs: Vec<Test>,
    /// The requirements of the trials that take the general fold (those with cohorts), as
    /// steps numbering needs in `needs`, one trial after another, each trial's in the order the
    /// fold takes them.
    steps: Vec<Step>,
    /// The same for every other trial (nearly all), packed for the fast fold.
    codes: Vec<Packed>,
    /// Where each trial's steps are and which fold it takes.
    spans: Vec<Span>,
}

/// Where one trial's steps are — in [`Catalog::codes`] when it takes the packed fold, else in
/// [`Catalog::steps`] — kept together because matching reads them for every trial on every
/// click.
#[derive(Debug, Clone, Copy)]
struct Span {
    start: u32,
    end: u32,
    /// How many alternative cohorts the trial has.
    cohorts: u16,
    /// The trial takes the packed fold (it has no cohorts).
    packed: bool,
}

/// A catalog being built a few trials at a time, so the page can show progress and stay
/// responsive while thousands of criteria texts are read.
#[derive(Debug)]
pub struct CatalogBuilder {
    trials: Vec<Trial>,
    rules: Vec<TrialRules>,
    distinct: HashMap<Need, u32>,
    steps: Vec<Step>,
    codes: Vec<Packed>,
    spans: Vec<Span>,
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
            codes: Vec::new(),
            spans: Vec::new(),
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
            let first = self.steps.len();
            for (step, requirement) in fold::steps(&rules).zip(&rules.requirements) {
                let fresh = self.distinct.len() as u32;
                let need = *self.distinct.entry(requirement.need.clone()).or_insert(fresh);
                self.steps.push(Step { need, ..step });
            }
            fold::sort_steps(&mut self.steps[first..]);
            let cohorts = rules.cohorts.len().min(usize::from(u16::MAX)) as u16;
            let span = match fold::pack(&self.steps[first..], rules.cohorts.len()) {
                Some(codes) => {
                    self.steps.truncate(first);
                    let start = self.codes.len();
                    self.codes.extend(codes);
                    Span { start: start as u32, end: self.codes.len() as u32, cohorts, packed: true }
                }
                None => Span { start: first as u32, end: self.steps.len() as u32, cohorts, packed: false },
            };
            self.spans.push(span);
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
        let needs = needs.into_iter().flatten().map(|need| Test::of(&need)).collect();
        Catalog {
            trials: self.trials,
            rules: self.rules,
            by_status,
            needs,
            steps: self.steps,
            codes: self.codes,
            spans: self.spans,
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
        fold::evaluate(index, &self.rules[index], answers)
    }

    /// The outcome of each of trial `index`'s requirements (in the order of its rules), and
    /// whether a "not met" was softened to unknown.
    pub fn outcomes(&self, index: usize, answers: &Answers) -> Vec<(Outcome, bool)> {
        fold::outcomes(&self.rules[index], answers)
    }

    /// Matches every trial, ranked: likely first, then by requirements met, then recruiting
    /// before not yet recruiting.
    pub fn match_all(&self, answers: &Answers) -> Vec<TrialMatch> {
        let table: Vec<Outcome> =
            self.needs.iter().flat_map(|need| fold::doubled(need.check(answers))).collect();
        let matches: Vec<TrialMatch> = self
            .spans
            .iter()
            .enumerate()
            .map(|(i, span)| {
                let range = span.start as usize..span.end as usize;
                if span.packed {
                    fold::evaluate_packed(i, &self.codes[range], &table)
                } else {
                    fold::evaluate_steps(i, &self.steps[range], usize::from(span.cohorts), &table)
                }
            })
            .collect();
        // The order of `rank` without comparing trials (a comparison sort took a third of the
        // time): a counting sort by (verdict, requirements met, most first), fed in the
        // tie-break order, which it keeps within each pair.
        // Slices, not vectors, are indexed below: without inlining (the page is built for
        // size), each `Vec` index is a function call.
        let matches: &[TrialMatch] = &matches;
        let most = matches.iter().map(|m| usize::from(m.met)).max().unwrap_or(0);
        let key = |m: &TrialMatch| m.verdict as usize * (most + 1) + (most - usize::from(m.met));
        let mut next = vec![0usize; (Verdict::RuledOut as usize + 1) * (most + 1)];
        let next: &mut [usize] = &mut next;
        for m in matches {
            next[key(m)] += 1;
        }
        let mut start = 0;
        for slot in next.iter_mut() {
            start += std::mem::replace(slot, start);
        }
        let mut placed = vec![0u32; matches.len()];
        let placed: &mut [u32] = &mut placed;
        for &i in &self.by_status {
            let at = &mut next[key(&matches[i as usize])];
            placed[*at] = i;
            *at += 1;
        }
        placed.iter().map(|&i| matches[i as usize].clone()).collect()
    }
}
