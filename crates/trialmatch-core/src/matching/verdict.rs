//! What matching gives: each requirement is met, not met or unknown, each trial likely,
//! possible or ruled out, with the reasons; and the order the trials are shown in.

use serde::Serialize;

use crate::registry::{Status, Trial};

/// The result for one trial.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Likely,
    Possible,
    RuledOut,
    /// A study whose participants are not patients (caregivers, donors, staff, stored
    /// samples): shown apart.
    NotAsPatient,
}

impl Verdict {
    pub fn key(&self) -> &'static str {
        match self {
            Verdict::Likely => "likely",
            Verdict::Possible => "possible",
            Verdict::RuledOut => "ruled_out",
            Verdict::NotAsPatient => "not_as_patient",
        }
    }
}

/// One requirement compared with the answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[repr(u8)]
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

/// How a reason is marked on the page. The marks agree with the verdict: ✗ only for a
/// certain miss, "check" for what was read from a criterion only partly understood and does not
/// fit the answers, "?" for what the answers do not say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mark {
    /// ✓ fits.
    Fits,
    /// ✗ does not fit, certainly.
    DoesNotFit,
    /// Check with the study team: what we read does not fit, but the criterion may allow more.
    Check,
    /// ? not known yet: the answer is missing, or the trial does not say.
    NotKnown,
}

/// A requirement's outcome with the plain-English sentence and the quoted criterion.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    pub kind: ReasonKind,
    pub outcome: Outcome,
    /// True when a "not met" was softened to unknown because the criterion has exceptions.
    pub softened: bool,
    pub mark: Mark,
    /// The part of the trial (cohort, arm) the requirement belongs to, when not the whole.
    pub part: Option<String>,
    /// Whether the quoted criterion is an inclusion or an exclusion criterion, "unlabelled"
    /// when the record's criteria have no such headers ("" for the registry's structured
    /// fields and conditions).
    pub list: &'static str,
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

/// Likely first, then by requirements met, then recruiting before not yet recruiting.
pub fn rank(matches: &mut [TrialMatch], trials: &[Trial]) {
    matches.sort_by(|a, b| {
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
