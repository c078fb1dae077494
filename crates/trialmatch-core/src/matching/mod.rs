//! Matching: every trial's requirements against one answers document, giving a verdict, a
//! score and a reason for every requirement. Requirements are read once, when the catalog is
//! built; matching itself only compares values, so re-matching after an answer changes is cheap.

mod check;
mod verdict;

pub use check::marker as marker_value;
pub use verdict::{rank, Outcome, Reason, ReasonKind, TrialMatch, Verdict};

use crate::answers::Answers;
use crate::reading::{Reader, TrialRules};
use crate::registry::Trial;

/// Loaded trials with their requirements already read: what the page and the CLI match against.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    trials: Vec<Trial>,
    rules: Vec<TrialRules>,
}

impl Catalog {
    /// Reads every trial's criteria once; criteria shared by several trials are read once.
    pub fn new(trials: Vec<Trial>) -> Catalog {
        let mut reader = Reader::new();
        let rules = trials.iter().map(|trial| reader.read_trial(trial)).collect();
        Catalog { trials, rules }
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

    /// Matches every trial, ranked: likely first, then by requirements met, then recruiting
    /// before not yet recruiting.
    pub fn match_all(&self, answers: &Answers) -> Vec<TrialMatch> {
        let mut matches: Vec<TrialMatch> =
            (0..self.trials.len()).map(|i| self.match_one(i, answers)).collect();
        rank(&mut matches, &self.trials);
        matches
    }
}
