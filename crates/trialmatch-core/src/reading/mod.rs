//! Reading: turns a trial's conditions, title, structured eligibility fields and free-text
//! criteria into requirements the matcher can compare with answers. Anything the reader is
//! not sure about becomes a *soft* requirement (a failure only means "check with the study
//! team") or stays unread; it never becomes a reason to rule a trial out.

pub mod ahead;
mod coverage;
mod items;
mod memory;
mod mentions;
mod numbers;
mod participants;
mod scopes;
mod trial;

pub use coverage::Certainty;
pub use participants::Participants;
pub use trial::{read_trial, Reader};

/// A fingerprint of the engine's source code (made by `build.rs`). Requirements read ahead
/// into a snapshot carry the fingerprint of the engine that read them, and are used only by an
/// engine with the same one: any change to the reading rules makes the page read again.
pub const FINGERPRINT: &str = env!("TRIALMATCH_READER");

/// Steps that each compile one of the reader's pattern tables or patterns, which are otherwise
/// compiled when the first trial is read: natively 130 ms for the first trial, a long task in
/// the page. The page runs a few steps per turn while its trials download. Running none, some
/// or all of them changes nothing but when the work is done.
pub fn warm_up() -> Vec<fn()> {
    let mut steps: Vec<fn()> = vec![
        mentions::warm_lexicon,
        mentions::warm_lexicon_part::<0>,
        mentions::warm_lexicon_part::<1>,
        mentions::warm_lexicon_part::<2>,
        mentions::warm_lexicon_part::<3>,
    ];
    const _: () = assert!(mentions::LEXICON_PARTS == 4);
    for block in [
        crate::criteria::warm_up(),
        coverage::warm_coverage_patterns(),
        coverage::warm_definition_patterns(),
        mentions::warm_context_patterns(),
        numbers::warm_ecog_patterns(),
        numbers::warm_karnofsky_patterns(),
        numbers::warm_age_condition_patterns(),
        numbers::warm_age_patterns(),
        numbers::warm_lines_patterns(),
        numbers::warm_count_patterns(),
        items::warm_item_patterns(),
        participants::warm_participant_patterns(),
        scopes::warm_scope_patterns(),
        trial::warm_trial_patterns(),
    ] {
        steps.extend(block);
    }
    steps
}

/// Every pattern the reader uses, by name, for tests that check them all.
#[cfg(test)]
pub(crate) fn pattern_sources() -> Vec<(&'static str, String)> {
    [
        coverage::coverage_patterns(),
        coverage::definition_patterns(),
        mentions::context_patterns(),
        numbers::ecog_patterns(),
        numbers::karnofsky_patterns(),
        numbers::age_condition_patterns(),
        numbers::age_patterns(),
        numbers::lines_patterns(),
        numbers::count_patterns(),
        items::item_patterns(),
        participants::participant_patterns(),
        scopes::scope_patterns(),
        trial::trial_patterns(),
    ]
    .concat()
}

use serde::{Deserialize, Serialize};

use crate::answers::{Biomarker, CmlPhase, Diagnosis, DiseaseStatus, PriorTherapy, Sex};
use crate::criteria::Criteria;

/// Everything read from one trial.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TrialRules {
    /// Not stored with requirements read ahead: split again from the record's own criteria
    /// text (about 30 µs a trial), which would otherwise be in the snapshot twice.
    #[serde(skip)]
    pub criteria: Criteria,
    pub requirements: Vec<Requirement>,
    /// Criteria items from which nothing could be read: "check with the study team".
    pub unread: Vec<usize>,
    /// Named alternative cohorts (a person needs to fit only one).
    pub cohorts: Vec<String>,
    /// Who takes part: a study of others than patients is shown apart, never as likely.
    pub participants: Participants,
}

impl TrialRules {
    /// Whether every index in these rules points at something that exists, so that rules
    /// read from a file (read ahead by `trialmatch sync`) cannot make the page index past an
    /// end. Rules that do not fit are dropped and the criteria read again.
    pub fn fits_together(&self) -> bool {
        let items = self.criteria.items.len();
        let cohorts = self.criteria.cohorts.len();
        let item_ok = |item: &crate::criteria::Item| {
            item.cohort.is_none_or(|c| (c as usize) < cohorts)
                && item.parent.is_none_or(|p| (p as usize) < items)
        };
        let requirement_ok = |r: &Requirement| {
            !matches!(r.source, Source::Item(i) if i >= items)
                && r.cohort.is_none_or(|c| (c as usize) < self.cohorts.len())
        };
        self.criteria.items.iter().all(item_ok)
            && self.requirements.iter().all(requirement_ok)
            && self.unread.iter().all(|&i| i < items)
    }
}

/// One thing a trial asks for, with where it was read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Requirement {
    pub need: Need,
    pub source: Source,
    /// A failure of a soft requirement means "may not fit — check", never "ruled out".
    pub soft: bool,
    /// The reading accounts for the whole of what it was read from (the certainty rule): a
    /// match of it is certain. Only certain matches make a trial "likely".
    pub certain: bool,
    /// `Some(i)`: applies only within alternative cohort `i` of [`TrialRules::cohorts`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cohort: Option<u16>,
    /// Requirements sharing a group are alternatives: meeting one is enough.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<u16>,
}

/// Where a requirement was read: the quote shown beside its reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Source {
    /// A criteria item, by index into [`Criteria::items`].
    Item(usize),
    /// The trial's conditions, title and MeSH terms.
    Conditions,
    /// The structured minimum/maximum age fields.
    AgeFields,
    /// The structured sex field.
    SexField,
}

/// What a requirement asks, in terms of the answers document. Comparable and hashable so a
/// catalog can check each distinct need once per match instead of once per trial.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Need {
    /// The diagnosis must be one of `strong` (named by the trial) or possibly one of `weak`
    /// (only a family such as "acute leukemia" was named). Empty both = not a leukemia trial.
    Diagnosis {
        strong: Vec<Diagnosis>,
        weak: Vec<Diagnosis>,
        topic: String,
    },
    NotDiagnosis(Diagnosis),
    CmlPhase(Vec<CmlPhase>),
    NotCmlPhase(CmlPhase),
    /// The disease status must be one of these.
    Status(Vec<DiseaseStatus>),
    /// At least one of `markers` must be `present` (true) — or, for `present: false`, none
    /// of them may be present.
    Marker {
        markers: Vec<Biomarker>,
        present: bool,
    },
    Prior {
        therapy: PriorTherapy,
        received: bool,
    },
    PriorLines {
        min: Option<u32>,
        max: Option<u32>,
    },
    /// Number of different BCR-ABL tyrosine-kinase inhibitors received.
    TkiCount {
        min: u32,
        max: Option<u32>,
    },
    /// ECOG at most `max`; `age` limits it to people in that age range.
    Ecog {
        max: u8,
        age: Option<AgeRange>,
    },
    Cns {
        allowed: bool,
    },
    FitForIntensive(bool),
    Age(AgeRange),
    Sex(Sex),
    /// `then` applies only to people for whom `condition` holds ("AML: first remission",
    /// "For patients ≥ 60 years: ECOG 0–2"); for others it does not apply.
    If {
        condition: Box<Need>,
        then: Box<Need>,
    },
}

impl Need {
    /// Whether this is something one route of a trial for several diseases may ask of its own
    /// disease only (a status, a marker, a treatment history), as opposed to what every
    /// participant is asked (age, performance status).
    pub fn belongs_to_a_route(&self) -> bool {
        matches!(
            self,
            Need::Status(_)
                | Need::Marker { .. }
                | Need::Prior { .. }
                | Need::PriorLines { .. }
                | Need::TkiCount { .. }
                | Need::CmlPhase(_)
                | Need::NotCmlPhase(_)
        )
    }

    /// `need`, applying only when every one of `conditions` holds.
    pub fn only_if(conditions: &[Need], need: Need) -> Need {
        conditions.iter().rev().fold(need, |then, condition| Need::If {
            condition: Box::new(condition.clone()),
            then: Box::new(then),
        })
    }
}

/// An age range in years; `max` is exclusive so "up to 75 Years" is `max: 76`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct AgeRange {
    pub min: Option<f64>,
    pub max: Option<f64>,
}

/// Ages are never NaN (they are read from digits), so bitwise equality is equality here.
impl Eq for AgeRange {}

impl std::hash::Hash for AgeRange {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.min.map(f64::to_bits).hash(state);
        self.max.map(f64::to_bits).hash(state);
    }
}

impl AgeRange {
    pub fn contains(&self, age: f64) -> bool {
        self.min.is_none_or(|min| age >= min) && self.max.is_none_or(|max| age < max)
    }
}

/// Adds `value` unless the list has it already, keeping the order of first mention.
pub(super) fn push_unique<T: PartialEq>(list: &mut Vec<T>, value: T) {
    if !list.contains(&value) {
        list.push(value);
    }
}

/// Adds the statuses not yet in `list`: "relapsed or refractory … or relapsed after
/// transplant" names two statuses, not three.
pub(super) fn add_statuses(
    list: &mut Vec<crate::answers::DiseaseStatus>,
    statuses: &[crate::answers::DiseaseStatus],
) {
    statuses.iter().for_each(|s| push_unique(list, *s));
}
