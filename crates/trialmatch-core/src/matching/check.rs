//! Compares one requirement with the answers. `None` answers give `Unknown`; a few facts
//! follow from others (CML is BCR-ABL1 positive by definition; no prior lines means no prior
//! therapy) and are used only where they are certain.

use super::verdict::Outcome;
use crate::answers::{Answers, Biomarker, CmlPhase, Diagnosis, DiseaseStatus, PriorTherapy, Sex};
use crate::reading::{AgeRange, Need};

/// Compares one requirement with the answers.
pub(super) fn check(need: &Need, answers: &Answers) -> Outcome {
    Test::of(need).check(answers)
}

/// A set of values of one of the answers' closed lists (diagnoses, markers, …), as bits.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Set(u32);

impl Set {
    fn of(bits: impl IntoIterator<Item = u32>) -> Set {
        Set(bits.into_iter().fold(0, |set, bit| set | bit))
    }

    fn has(self, bit: u32) -> bool {
        self.0 & bit != 0
    }
}

/// A need as matching tests it: flat, with lists as [`Set`]s. The catalog keeps one per
/// distinct need in a single table, so testing all of them on each click reads a few
/// kilobytes in a row instead of following each need's lists across the heap (right after a
/// click, with the caches cold, that took 60–180 µs for 329 needs in the browser).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Test {
    Diagnosis { strong: Set, weak: Set },
    NotDiagnosis(Diagnosis),
    CmlPhase(Set),
    NotCmlPhase(CmlPhase),
    Status(Set),
    Marker { markers: Set, present: bool },
    Prior { therapy: PriorTherapy, received: bool },
    PriorLines { min: Option<u32>, max: Option<u32> },
    TkiCount { min: u32, max: Option<u32> },
    Ecog { max: u8, age: Option<AgeRange> },
    Cns { allowed: bool },
    FitForIntensive(bool),
    Age(AgeRange),
    Sex(Sex),
}

impl Test {
    pub(super) fn of(need: &Need) -> Test {
        match need {
            Need::Diagnosis { strong, weak, .. } => Test::Diagnosis {
                strong: Set::of(strong.iter().map(|d| d.bit())),
                weak: Set::of(weak.iter().map(|d| d.bit())),
            },
            Need::NotDiagnosis(dx) => Test::NotDiagnosis(*dx),
            Need::CmlPhase(phases) => Test::CmlPhase(Set::of(phases.iter().map(|p| p.bit()))),
            Need::NotCmlPhase(phase) => Test::NotCmlPhase(*phase),
            Need::Status(allowed) => Test::Status(Set::of(allowed.iter().map(|s| s.bit()))),
            Need::Marker { markers, present } => {
                Test::Marker { markers: Set::of(markers.iter().map(|m| m.bit())), present: *present }
            }
            Need::Prior { therapy, received } => Test::Prior { therapy: *therapy, received: *received },
            Need::PriorLines { min, max } => Test::PriorLines { min: *min, max: *max },
            Need::TkiCount { min, max } => Test::TkiCount { min: *min, max: *max },
            Need::Ecog { max, age } => Test::Ecog { max: *max, age: *age },
            Need::Cns { allowed } => Test::Cns { allowed: *allowed },
            Need::FitForIntensive(fit) => Test::FitForIntensive(*fit),
            Need::Age(range) => Test::Age(*range),
            Need::Sex(sex) => Test::Sex(*sex),
        }
    }

    /// The outcome for these answers. `None` answers give `Unknown`; a few facts follow from
    /// others and are used only where they are certain.
    pub(super) fn check(&self, answers: &Answers) -> Outcome {
        match *self {
            Test::Diagnosis { strong, weak } => match answers.diagnosis {
                None | Some(Diagnosis::Other) => Outcome::Unknown,
                Some(dx) if fits(dx, strong) => Outcome::Met,
                Some(dx) if fits(dx, weak) || loosely_fits(dx, strong) => Outcome::Unknown,
                Some(_) => Outcome::NotMet,
            },
            Test::NotDiagnosis(excluded) => match answers.diagnosis {
                None | Some(Diagnosis::Other) => Outcome::Unknown,
                Some(dx) if dx == excluded => Outcome::NotMet,
                Some(_) => Outcome::Met,
            },
            Test::CmlPhase(phases) => match (answers.diagnosis, answers.cml_phase) {
                (Some(Diagnosis::Cml), Some(phase)) => met_if(phases.has(phase.bit())),
                (Some(Diagnosis::Cml), None) | (None, _) => Outcome::Unknown,
                _ => Outcome::NotApplicable,
            },
            Test::NotCmlPhase(excluded) => match (answers.diagnosis, answers.cml_phase) {
                (Some(Diagnosis::Cml), Some(phase)) => met_if(phase != excluded),
                (Some(Diagnosis::Cml), None) | (None, _) => Outcome::Unknown,
                _ => Outcome::NotApplicable,
            },
            Test::Status(allowed) => match answers.disease_status {
                None => Outcome::Unknown,
                Some(status) if allowed.has(status.bit()) => Outcome::Met,
                // Relapsed and refractory disease overlap (a relapse that did not respond to
                // salvage is both): only the study team can say whether one stands for the other.
                Some(DiseaseStatus::Relapsed) if allowed.has(DiseaseStatus::Refractory.bit()) => {
                    Outcome::Unknown
                }
                Some(DiseaseStatus::Refractory) if allowed.has(DiseaseStatus::Relapsed.bit()) => {
                    Outcome::Unknown
                }
                Some(_) => Outcome::NotMet,
            },
            Test::Marker { markers, present } => {
                // Any marker present decides; all of them absent decides the other way.
                let mut all_absent = true;
                for &m in Biomarker::ALL.iter().filter(|m| markers.has(m.bit())) {
                    match marker(answers, m) {
                        Some(true) => return met_if(present),
                        Some(false) => {}
                        None => all_absent = false,
                    }
                }
                if all_absent {
                    met_if(!present)
                } else {
                    Outcome::Unknown
                }
            }
            Test::Prior { therapy, received } => {
                let had = answers.prior(therapy).or(if answers.prior_lines == Some(0) {
                    Some(false)
                } else {
                    None
                });
                known(had.map(|h| h == received))
            }
            Test::PriorLines { min, max } => {
                let lines = answers.prior_lines.or(match answers.disease_status {
                    Some(DiseaseStatus::NewlyDiagnosed) => Some(0),
                    _ => None,
                });
                known(lines.map(|n| min.is_none_or(|m| n >= m) && max.is_none_or(|m| n <= m)))
            }
            Test::TkiCount { min, max } => {
                known(answers.tki_count.map(|n| n >= min && max.is_none_or(|m| n <= m)))
            }
            Test::Ecog { max, age } => {
                if let Some(range) = age {
                    match answers.age_years {
                        None => {
                            return if answers.ecog.is_some_and(|e| e <= max) {
                                Outcome::Met
                            } else {
                                Outcome::Unknown
                            }
                        }
                        Some(a) if !range.contains(a) => return Outcome::NotApplicable,
                        Some(_) => {}
                    }
                }
                known(answers.ecog.map(|e| e <= max))
            }
            Test::Cns { allowed } => known(answers.cns_involvement.map(|cns| allowed || !cns)),
            Test::FitForIntensive(fit) => known(answers.fit_for_intensive.map(|f| f == fit)),
            Test::Age(range) => known(answers.age_years.map(|a| range.contains(a))),
            Test::Sex(sex) => known(answers.sex.map(|s| s == sex)),
        }
    }
}

fn met_if(condition: bool) -> Outcome {
    if condition {
        Outcome::Met
    } else {
        Outcome::NotMet
    }
}

fn known(value: Option<bool>) -> Outcome {
    value.map_or(Outcome::Unknown, met_if)
}

/// Whether a diagnosis is one the trial names, counting lineage-less ALL and APL as AML.
fn fits(dx: Diagnosis, named: Set) -> bool {
    use Diagnosis::*;
    named.has(dx.bit())
        || (dx == Apl && named.has(Aml.bit()))
        || (matches!(dx, BAll | TAll) && named.has(All.bit()))
        || (dx == All && named.has(BAll.bit() | TAll.bit()))
}

/// Overlapping diagnoses that only the study team can settle (CMML in an MDS trial, MPAL in
/// an AML or ALL trial): never a reason to rule out.
fn loosely_fits(dx: Diagnosis, named: Set) -> bool {
    use Diagnosis::*;
    match dx {
        Cmml => named.has(Mds.bit() | Jmml.bit()),
        Mds => named.has(Cmml.bit() | Aml.bit()),
        Mpal => named.has(Aml.bit() | All.bit() | BAll.bit() | TAll.bit()),
        Bpdcn => named.has(Aml.bit()),
        Aml => named.has(Mds.bit() | Mpal.bit()),
        Jmml => named.has(Cmml.bit()),
        _ => false,
    }
}

/// A marker's value, including what follows from other answers.
pub fn marker(answers: &Answers, marker: Biomarker) -> Option<bool> {
    use Biomarker::*;
    let value = answers.biomarker(marker);
    match marker {
        Flt3Itd | Flt3Tkd => {
            value.or(if answers.biomarker(Flt3Any) == Some(false) { Some(false) } else { None })
        }
        Flt3Any => {
            let (itd, tkd) = (answers.biomarker(Flt3Itd), answers.biomarker(Flt3Tkd));
            if value == Some(true) || itd == Some(true) || tkd == Some(true) {
                Some(true)
            } else if value == Some(false) || (itd == Some(false) && tkd == Some(false)) {
                Some(false)
            } else {
                None
            }
        }
        BcrAbl1 if answers.diagnosis == Some(Diagnosis::Cml) => value.or(Some(true)),
        PmlRara if answers.diagnosis == Some(Diagnosis::Apl) => value.or(Some(true)),
        _ => value,
    }
}
