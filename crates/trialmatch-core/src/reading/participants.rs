//! Who takes part in a study. Some leukemia studies do not enrol the person with leukemia at
//! all: they study caregivers, family members or donors, staff, healthy volunteers, or only
//! specimens and records that already exist. A patient would not join them as a patient, so
//! they are shown apart and never called likely. The signs are phrases in the titles and the
//! first inclusion criteria (as data below); a study that also enrols patients stays a patient
//! study.

use crate::criteria::{Criteria, Section};
use crate::pattern::patterns;
use crate::registry::Trial;

/// Who a study's participants are.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Participants {
    /// People with the disease (the usual case).
    #[default]
    Patients,
    /// Caregivers, family members or other relatives.
    Family,
    /// Donors of cells or marrow, or healthy volunteers.
    Healthy,
    /// Doctors, nurses or other staff.
    Staff,
    /// Only specimens or records that already exist.
    SpecimensOrRecords,
}

impl Participants {
    /// Whom the study is about, in the page's words.
    pub fn label(self) -> &'static str {
        match self {
            Participants::Patients => "people with the disease",
            Participants::Family => "caregivers or family members",
            Participants::Healthy => "donors or healthy volunteers",
            Participants::Staff => "doctors, nurses or other staff",
            Participants::SpecimensOrRecords => "stored samples or medical records only",
        }
    }
}

patterns! {
    sources = participant_patterns;
    warm = warm_participant_patterns;
    /// A title about other people than patients.
    FAMILY = r"(?i)\b(?:caregivers?|care[- ]givers?|(?:family members|relatives|parents|siblings|spouses|partners|children) of (?:patients|children|adults|people|survivors))\b";
    HEALTHY = r"(?i)\b(?:healthy (?:volunteers?|donors?|subjects?|individuals?|adults?|participants?)|normal (?:volunteers?|donors?)|(?:stem cell|marrow|platelet|granulocyte|blood|apheresis) donors?\b(?: (?:only|study|registry))?)\b";
    STAFF = r"(?i)\b(?:nurses|physicians|oncologists|clinicians|health ?care (?:providers|professionals|workers|staff)|medical staff|hospital staff)\b";
    RECORDS = r"(?i)\b(?:(?:stored|banked|archived|archival|leftover|residual|frozen|cryopreserved) (?:samples|specimens|tissue|material|cells)|biorepositor\w*|tissue bank|cell bank|medical records? (?:review|study)|chart review|retrospective (?:review|analysis) of (?:records|data))\b";
    /// Words showing that patients take part too.
    PATIENTS_TOO = r"(?i)\b(?:patients|children|adults|people|participants|survivors|individuals|subjects) (?:with|who have|diagnosed with|undergoing|receiving|treated)\b|\b(?:patients|survivors) and (?:their )?(?:caregivers|family|families|parents|donors)\b";
    /// An inclusion criterion that describes its subjects as others than patients.
    MATERIAL = r"(?i)material|specimen|sample|tissue";
    OTHERS_FIRST = r"(?i)^(?u-i:[^0-9A-Za-z_])*(?:healthy|normal volunteers?|family members?|relatives?|caregivers?|parents?|siblings?|spouses?|donors?|nurses|physicians|staff|(?:(?:stored|frozen|banked|archived|cryopreserved|leftover)\s+)?(?:material|specimens?|samples?|tissue))\b";
}

/// Who a trial's participants are, from its titles and its first inclusion criteria.
pub(super) fn participants(trial: &Trial, criteria: &Criteria) -> Participants {
    let titles =
        [trial.brief_title.as_str(), trial.official_title.as_deref().unwrap_or_default()].join(" — ");
    let first = criteria
        .items
        .iter()
        .filter(|i| matches!(i.section, Section::Inclusion | Section::Unlabelled))
        .take(2)
        .map(|i| i.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let by_title = if RECORDS.is_match(&titles) {
        Some(Participants::SpecimensOrRecords)
    } else if FAMILY.is_match(&titles) {
        Some(Participants::Family)
    } else if HEALTHY.is_match(&titles) {
        Some(Participants::Healthy)
    } else if STAFF.is_match(&titles) {
        Some(Participants::Staff)
    } else {
        None
    };
    // The first inclusion criteria say who is enrolled; they confirm what the title says, or
    // on their own name others (and then the record must also say healthy people take part,
    // or describe only existing material).
    let by_criteria = OTHERS_FIRST.find(&first).map(|m| {
        let word = m.as_str().trim().to_ascii_lowercase();
        match word.as_str() {
            w if w.starts_with("healthy") || w.starts_with("normal") || w.starts_with("donor") => {
                Participants::Healthy
            }
            "nurses" | "physicians" | "staff" => Participants::Staff,
            w if MATERIAL.is_match(w) => Participants::SpecimensOrRecords,
            _ => Participants::Family,
        }
    });
    // Existing material may be named a little further down ("Diagnosis of ALL treated on
    // protocol X" above "Material stored in the cell bank").
    let material_only = criteria
        .items
        .iter()
        .filter(|i| matches!(i.section, Section::Inclusion | Section::Unlabelled))
        .take(3)
        .any(|i| {
            RECORDS.is_match(&i.text)
                && OTHERS_FIRST.find(&i.text).is_some_and(|m| MATERIAL.is_match(m.as_str()))
        });
    if material_only {
        return Participants::SpecimensOrRecords;
    }
    let patients_too = PATIENTS_TOO.is_match(&first) && by_criteria.is_none();
    match (by_title, by_criteria) {
        (_, Some(Participants::SpecimensOrRecords)) if RECORDS.is_match(&first) => {
            Participants::SpecimensOrRecords
        }
        (Some(who), Some(_)) => who,
        (Some(who), None) if !patients_too && !PATIENTS_TOO.is_match(&titles) => who,
        (None, Some(Participants::Healthy)) if trial.eligibility.healthy_volunteers == Some(true) => {
            Participants::Healthy
        }
        (None, Some(Participants::Family)) => Participants::Family,
        _ => Participants::Patients,
    }
}
