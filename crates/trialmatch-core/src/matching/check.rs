//! Compares one requirement with the answers. `None` answers give `Unknown`; a few facts
//! follow from others (CML is BCR-ABL1 positive by definition; no prior lines means no prior
//! therapy) and are used only where they are certain.

use super::verdict::Outcome;
use crate::answers::{Answers, Biomarker, Diagnosis, DiseaseStatus};
use crate::reading::Need;

/// Compares one requirement with the answers. `None` answers give `Unknown`; a few facts
/// follow from others and are used only where they are certain.
pub(super) fn check(need: &Need, answers: &Answers) -> Outcome {
    match need {
        Need::Diagnosis { strong, weak, .. } => match answers.diagnosis {
            None | Some(Diagnosis::Other) => Outcome::Unknown,
            Some(dx) if fits(dx, strong) => Outcome::Met,
            Some(dx) if fits(dx, weak) || loosely_fits(dx, strong) => Outcome::Unknown,
            Some(_) => Outcome::NotMet,
        },
        Need::NotDiagnosis(excluded) => match answers.diagnosis {
            None | Some(Diagnosis::Other) => Outcome::Unknown,
            Some(dx) if dx == *excluded => Outcome::NotMet,
            Some(_) => Outcome::Met,
        },
        Need::CmlPhase(phases) => match (answers.diagnosis, answers.cml_phase) {
            (Some(Diagnosis::Cml), Some(phase)) => met_if(phases.contains(&phase)),
            (Some(Diagnosis::Cml), None) | (None, _) => Outcome::Unknown,
            _ => Outcome::NotApplicable,
        },
        Need::NotCmlPhase(excluded) => match (answers.diagnosis, answers.cml_phase) {
            (Some(Diagnosis::Cml), Some(phase)) => met_if(phase != *excluded),
            (Some(Diagnosis::Cml), None) | (None, _) => Outcome::Unknown,
            _ => Outcome::NotApplicable,
        },
        Need::Status(allowed) => match answers.disease_status {
            None => Outcome::Unknown,
            Some(status) if allowed.contains(&status) => Outcome::Met,
            // Relapsed and refractory disease overlap (a relapse that did not respond to
            // salvage is both): only the study team can say whether one stands for the other.
            Some(DiseaseStatus::Relapsed) if allowed.contains(&DiseaseStatus::Refractory) => Outcome::Unknown,
            Some(DiseaseStatus::Refractory) if allowed.contains(&DiseaseStatus::Relapsed) => Outcome::Unknown,
            Some(_) => Outcome::NotMet,
        },
        Need::Marker { markers, present } => {
            // Any marker present decides; all of them absent decides the other way.
            let mut all_absent = true;
            for &m in markers {
                match marker(answers, m) {
                    Some(true) => return met_if(*present),
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
        Need::Prior { therapy, received } => {
            let had =
                answers.prior(*therapy).or(if answers.prior_lines == Some(0) { Some(false) } else { None });
            known(had.map(|h| h == *received))
        }
        Need::PriorLines { min, max } => {
            let lines = answers.prior_lines.or(match answers.disease_status {
                Some(DiseaseStatus::NewlyDiagnosed) => Some(0),
                _ => None,
            });
            known(lines.map(|n| min.is_none_or(|m| n >= m) && max.is_none_or(|m| n <= m)))
        }
        Need::TkiCount { min, max } => {
            known(answers.tki_count.map(|n| n >= *min && max.is_none_or(|m| n <= m)))
        }
        Need::Ecog { max, age } => {
            if let Some(range) = age {
                match answers.age_years {
                    None => {
                        return if answers.ecog.is_some_and(|e| e <= *max) {
                            Outcome::Met
                        } else {
                            Outcome::Unknown
                        }
                    }
                    Some(a) if !range.contains(a) => return Outcome::NotApplicable,
                    Some(_) => {}
                }
            }
            known(answers.ecog.map(|e| e <= *max))
        }
        Need::Cns { allowed } => known(answers.cns_involvement.map(|cns| *allowed || !cns)),
        Need::FitForIntensive(fit) => known(answers.fit_for_intensive.map(|f| f == *fit)),
        Need::Age(range) => known(answers.age_years.map(|a| range.contains(a))),
        Need::Sex(sex) => known(answers.sex.map(|s| s == *sex)),
        // Whether the condition holds decides whether the requirement applies; when that is
        // not known, the requirement can only ask to check.
        Need::If { condition, then } => match check(condition, answers) {
            Outcome::NotMet | Outcome::NotApplicable => Outcome::NotApplicable,
            Outcome::Met => check(then, answers),
            Outcome::Unknown => match check(then, answers) {
                Outcome::NotMet => Outcome::Unknown,
                other => other,
            },
        },
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

/// Whether a diagnosis is one the trial names: itself, the broader diagnosis it is a kind of
/// (therapy-related AML in an AML trial, APL counting as AML), or, for ALL of unknown lineage,
/// either lineage.
fn fits(dx: Diagnosis, named: &[Diagnosis]) -> bool {
    use Diagnosis::*;
    let has = |d: Diagnosis| named.contains(&d);
    has(dx) || dx.row().kind_of.is_some_and(has) || (dx == All && (has(BAll) || has(TAll)))
}

/// Overlapping diagnoses that only the study team can settle: never a reason to rule out. A
/// broader answer in a trial for one kind of it ("AML" in a trial for therapy-related AML: the
/// person may not know which kind theirs is), except APL, which people know they have; and
/// diagnoses that shade into each other (CMML and MDS, MPAL and AML or ALL, Richter
/// transformation and CLL, …).
fn loosely_fits(dx: Diagnosis, named: &[Diagnosis]) -> bool {
    use Diagnosis::*;
    if named.iter().any(|n| n.row().kind_of == Some(dx) && *n != Apl) {
        return true;
    }
    let own: &[Diagnosis] = match dx {
        AmlTr => &[AmlMr],
        AmlMr => &[AmlTr],
        All => &[Burkitt],
        _ => &[],
    };
    let base = dx.row().kind_of.unwrap_or(dx);
    let shared: &[Diagnosis] = match base {
        Cmml => &[Mds, MdsLr, MdsHr, Jmml, MdsMpn],
        Mds => &[Cmml, Aml, MdsMpn],
        Mpal => &[Aml, All, BAll, TAll],
        Bpdcn => &[Aml],
        Aml => &[Mds, Mpal],
        Jmml => &[Cmml, MdsMpn],
        MdsMpn => &[Cmml, Jmml, Mds],
        Richter => &[Cll],
        Cll => &[Richter],
        Burkitt => &[BAll, All],
        BPll => &[Cll],
        _ => &[],
    };
    own.iter().chain(shared).any(|d| named.contains(d))
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
