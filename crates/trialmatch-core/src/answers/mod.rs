//! The answers document (version 1): everything a person told the questionnaire, in the one
//! JSON shape shared by the page, share links, local storage and `trialmatch match --patient`.
//! `None` always means "not answered / not sure", and the engine treats it as unknown.

mod diagnoses;
mod document;
mod keys;
mod markers;
mod read;
mod stored;
mod therapies;

pub use diagnoses::{Diagnosis, DiagnosisRow, DIAGNOSES};
pub use keys::{CmlPhase, DiseaseStatus, Sex};
pub use markers::{Biomarker, MarkerRow, MarkerStep, MARKERS};
pub use read::{AnswersError, ANSWERS_VERSION};
pub use stored::{read_stored, Stored};
pub use therapies::{PriorTherapy, TherapyRow, THERAPIES};

use serde::Serialize;

/// One person's answers. Every field is optional; see docs/answers-v1.md.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Answers {
    pub age_years: Option<f64>,
    pub sex: Option<Sex>,
    pub diagnosis: Option<Diagnosis>,
    pub cml_phase: Option<CmlPhase>,
    pub disease_status: Option<DiseaseStatus>,
    pub prior_lines: Option<u32>,
    /// Indexed by [`Biomarker`]; `Some(true)` = present, `Some(false)` = tested and absent.
    pub biomarkers: [Option<bool>; Biomarker::ALL.len()],
    /// Indexed by [`PriorTherapy`]: received at any time.
    pub prior_therapies: [Option<bool>; PriorTherapy::ALL.len()],
    /// Number of different BCR-ABL tyrosine-kinase inhibitors received.
    pub tki_count: Option<u32>,
    pub ecog: Option<u8>,
    pub cns_involvement: Option<bool>,
    pub fit_for_intensive: Option<bool>,
    pub location: Option<Location>,
}

/// Where the person is; used only on the device, for distances.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Location {
    pub lat: f64,
    pub lon: f64,
    pub label: String,
}

impl Answers {
    pub fn biomarker(&self, marker: Biomarker) -> Option<bool> {
        self.biomarkers[marker as usize]
    }

    pub fn set_biomarker(&mut self, marker: Biomarker, value: Option<bool>) {
        self.biomarkers[marker as usize] = value;
    }

    pub fn prior(&self, therapy: PriorTherapy) -> Option<bool> {
        self.prior_therapies[therapy as usize]
    }

    pub fn set_prior(&mut self, therapy: PriorTherapy, value: Option<bool>) {
        self.prior_therapies[therapy as usize] = value;
    }

    /// Whether nothing at all has been answered.
    pub fn is_empty(&self) -> bool {
        *self == Answers::default()
    }
}
