//! Matching: every trial's requirements against one answers document, giving a verdict, a
//! score and a reason for every requirement. Requirements are read once, when the catalog is
//! built; matching itself only compares values, so re-matching after an answer changes is cheap.

mod check;
mod fold;
#[cfg(test)]
mod tests;
mod verdict;

pub use check::marker as marker_value;
pub use verdict::{rank, Mark, Outcome, Reason, ReasonKind, TrialMatch, Verdict};

use fold::Step;
use verdict::status_rank;

use std::collections::HashMap;

use crate::answers::Answers;
use crate::reading::{ahead, Need, Participants, Reader, TrialRules};
use crate::registry::Trial;

/// Loaded trials with their requirements already read: what the page and the CLI match against.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    trials: Vec<Trial>,
    rules: Vec<TrialRules>,
    /// Each trial's place in the tie-break order of [`rank`] (recruitment status, then ID),
    /// worked out once: comparing IDs as text on every click took a quarter of a re-match.
    place: Vec<u32>,
    /// Every distinct need of every trial: thousands of trials share a few hundred, so a
    /// match checks each once (checking every requirement of 10,000 trials took 7 ms).
    needs: Vec<Need>,
    /// Every trial's requirements as steps numbering needs in `needs`, one trial after another.
    steps: Vec<Step>,
    /// Where each trial's steps are in `steps`.
    spans: Vec<(u32, u32)>,
}

/// A catalog being built a few trials at a time, so the page can show progress and stay
/// responsive while thousands of criteria texts are read.
#[derive(Debug)]
pub struct CatalogBuilder {
    trials: Vec<Trial>,
    rules: Vec<TrialRules>,
    distinct: HashMap<Need, u32>,
    steps: Vec<Step>,
    spans: Vec<(u32, u32)>,
    /// Kept across steps, so criteria shared by several trials are read once.
    reader: Reader,
}

impl Default for CatalogBuilder {
    fn default() -> CatalogBuilder {
        CatalogBuilder::new(Vec::new())
    }
}

impl CatalogBuilder {
    pub fn new(trials: Vec<Trial>) -> CatalogBuilder {
        let rules = Vec::with_capacity(trials.len());
        CatalogBuilder {
            trials,
            rules,
            distinct: HashMap::new(),
            steps: Vec::new(),
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
        for trial in &mut self.trials[next..end] {
            let stored = trial.read_ahead.take().and_then(|text| ahead::stored_rules(&text, trial));
            let rules = stored.unwrap_or_else(|| self.reader.read_trial(trial));
            let start = self.steps.len() as u32;
            for (step, requirement) in fold::steps(&rules).zip(&rules.requirements) {
                let fresh = self.distinct.len() as u32;
                let need = *self.distinct.entry(requirement.need.clone()).or_insert(fresh);
                self.steps.push(Step { need, ..step });
            }
            self.spans.push((start, self.steps.len() as u32));
            self.rules.push(rules);
        }
        self.rules.len() == self.trials.len()
    }

    /// Whether a trial not yet read will need its criteria read here, rather than bringing
    /// requirements read ahead: the page compiles the reader's patterns only then.
    pub fn needs_reading(&self) -> bool {
        self.trials[self.rules.len()..]
            .iter()
            .any(|trial| !trial.read_ahead.as_deref().is_some_and(ahead::is_ours))
    }

    /// Adds trials to read after the ones already given (a file still arriving).
    pub fn extend(&mut self, trials: Vec<Trial>) {
        self.trials.extend(trials);
    }

    /// Reads whatever is left and returns the finished catalog.
    pub fn finish(mut self) -> Catalog {
        self.step(usize::MAX);
        let needs = needs_in_order(&self.distinct);
        Catalog::assemble(self.trials, self.rules, needs, self.steps, self.spans)
    }

    /// A catalog of the trials read so far, while the rest are still being read or arriving.
    pub fn so_far(&self) -> Catalog {
        let read = self.rules.len();
        let needs = needs_in_order(&self.distinct);
        Catalog::assemble(
            self.trials[..read].to_vec(),
            self.rules.clone(),
            needs,
            self.steps.clone(),
            self.spans.clone(),
        )
    }
}

/// The distinct needs, in the order of their numbers.
fn needs_in_order(distinct: &HashMap<Need, u32>) -> Vec<Need> {
    let mut needs = vec![None; distinct.len()];
    for (need, &id) in distinct {
        needs[id as usize] = Some(need.clone());
    }
    needs.into_iter().flatten().collect()
}

/// A study whose participants are not patients is shown apart, whatever its requirements.
fn apart(found: TrialMatch, rules: &TrialRules) -> TrialMatch {
    match rules.participants {
        Participants::Patients => found,
        _ => TrialMatch { verdict: Verdict::NotAsPatient, ..found },
    }
}

impl Catalog {
    /// Reads every trial's criteria once; criteria shared by several trials are read once.
    pub fn new(trials: Vec<Trial>) -> Catalog {
        CatalogBuilder::new(trials).finish()
    }

    /// The catalog of read trials, with each trial's place in the tie-break order worked out.
    fn assemble(
        trials: Vec<Trial>,
        rules: Vec<TrialRules>,
        needs: Vec<Need>,
        steps: Vec<Step>,
        spans: Vec<(u32, u32)>,
    ) -> Catalog {
        let mut order: Vec<usize> = (0..trials.len()).collect();
        order.sort_by(|&a, &b| {
            let (a, b) = (&trials[a], &trials[b]);
            status_rank(&a.status).cmp(&status_rank(&b.status)).then(a.id.cmp(&b.id))
        });
        let mut place = vec![0; order.len()];
        for (at, &index) in order.iter().enumerate() {
            place[index] = at as u32;
        }
        Catalog { trials, rules, place, needs, steps, spans }
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
        apart(fold::evaluate(index, &self.rules[index], answers), &self.rules[index])
    }

    /// The outcome of each of trial `index`'s requirements (in the order of its rules), and
    /// whether a "not met" was softened to unknown.
    pub fn outcomes(&self, index: usize, answers: &Answers) -> Vec<(Outcome, bool)> {
        fold::outcomes(&self.rules[index], answers)
    }

    /// Matches every trial, ranked: likely first, then by requirements met, then recruiting
    /// before not yet recruiting.
    pub fn match_all(&self, answers: &Answers) -> Vec<TrialMatch> {
        let table: Vec<Outcome> = self.needs.iter().map(|need| check::check(need, answers)).collect();
        let mut matches: Vec<TrialMatch> = (self.spans.iter().enumerate())
            .map(|(t, &(start, end))| {
                let steps = &self.steps[start as usize..end as usize];
                apart(fold::fold(t, steps, self.rules[t].cohorts.len(), &table), &self.rules[t])
            })
            .collect();
        // The order of `rank`, by numbers.
        matches.sort_unstable_by_key(|m| (m.verdict, std::cmp::Reverse(m.met), self.place[m.index]));
        matches
    }
}
