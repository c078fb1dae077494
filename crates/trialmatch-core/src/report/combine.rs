//! Turns every finding of a report into one reading: a key said both ways is left out (and
//! said so), a FLT3 mutation of unknown type gives way to a typed one, the diagnosis and the
//! CML phase are chosen (`diagnosis.rs`), and each thing found is listed once with its line.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use super::clauses;
use super::cues::{self, Cue};
use super::diagnosis::{self, Named};
use super::markers::{Target, FLT3_TYPES};
use super::{Found, Reading};
use crate::answers::{Biomarker, CmlPhase, Diagnosis, MarkerStep};
use crate::pattern::PhraseSet;

/// A marker or keyed finding read as present or absent in this specimen.
#[derive(Debug, Clone)]
pub(super) struct Finding {
    pub target: Target,
    pub present: bool,
    pub quote: String,
}

/// Everything read from a report so far.
#[derive(Debug, Default)]
pub(super) struct Findings {
    findings: Vec<Finding>,
    diagnoses: Vec<Named<Diagnosis>>,
    phases: Vec<Named<CmlPhase>>,
    /// Numbers and names without a yes or no: (key, value, quote).
    notes: Vec<(String, String, String)>,
    /// A line saying the specimen holds no leukemia.
    no_disease: Option<String>,
    /// Whether the line being read corrects an earlier result ("Corrected result: …").
    correcting: bool,
    /// The findings read from such lines, by place in `findings`.
    corrections: Vec<usize>,
    /// The markers such lines name, whether or not their result there is taken.
    corrected: Vec<Target>,
    /// Diagnoses a current result rules out ("APL is excluded").
    excluded: Vec<Diagnosis>,
    /// Markers a current result leaves open ("cannot be excluded", "equivocal").
    doubts: Vec<(Target, bool)>,
    /// The FLT3 types a line says were not tested ("ITD sizing was not performed"), each with
    /// whether it says so outright (then it is not read as absent at all) rather than as a
    /// method's caveat ("may not detect ITDs").
    untested: Vec<(Biomarker, bool)>,
    /// Lines whose results a later sentence takes back ("This is below the reporting
    /// threshold"), by quote.
    taken_back: Vec<String>,
}

impl Findings {
    pub fn add(&mut self, finding: Finding) {
        if self.correcting {
            self.corrections.push(self.findings.len());
        }
        self.findings.push(finding);
    }

    /// The findings added from now on come from a line that corrects an earlier result
    /// (an addendum): they replace what other lines say of the same markers.
    pub fn correcting(&mut self, correcting: bool) {
        self.correcting = correcting;
    }

    /// A line that corrects an earlier result names `target` with a result: what other lines
    /// say of it is replaced, even when the correction itself is not taken (a marker not
    /// found in a follow-up test).
    pub fn corrects(&mut self, target: Target) {
        if self.correcting && !self.corrected.contains(&target) {
            self.corrected.push(target);
        }
    }

    /// A current result rules `diagnosis` out: it is not chosen, wherever else it is named.
    pub fn exclude(&mut self, diagnosis: Diagnosis) {
        if !self.excluded.contains(&diagnosis) {
            self.excluded.push(diagnosis);
        }
    }

    /// A current result leaves `target` open: no "not found" elsewhere is read for it, and
    /// when `open` (the laboratory calls it equivocal or indeterminate) no "found" either.
    pub fn doubt(&mut self, target: Target, open: bool) {
        match self.doubts.iter_mut().find(|(t, _)| *t == target) {
            Some((_, was)) => *was |= open,
            None => self.doubts.push((target, open)),
        }
    }

    /// A FLT3 type the report says was not tested: a FLT3 negative is then the other type's.
    pub fn untested(&mut self, marker: Biomarker, outright: bool) {
        match self.untested.iter_mut().find(|(m, _)| *m == marker) {
            Some((_, said)) => *said |= outright,
            None => self.untested.push((marker, outright)),
        }
    }

    /// A later sentence takes back the results of the line quoted: none of them is read.
    pub fn take_back(&mut self, quote: &str) {
        if !self.taken_back.iter().any(|q| q == quote) {
            self.taken_back.push(quote.to_string());
        }
    }

    /// A diagnosis or CML phase named as the person's.
    pub fn name(&mut self, target: Target, named: &str, rank: u8, quote: &str) {
        let quote = quote.to_string();
        match target {
            Target::Diagnosis(value) => self.diagnoses.push(Named { value, rank, quote }),
            Target::Phase(value) => {
                // "CML-CP" names the diagnosis too.
                if named.to_ascii_uppercase().contains("CML") {
                    self.diagnoses.push(Named { value: Diagnosis::Cml, rank, quote: quote.clone() });
                }
                self.phases.push(Named { value, rank, quote });
            }
            _ => {}
        }
    }

    /// The report says, in a result, that the specimen holds no leukemia.
    pub fn no_disease(&mut self, quote: &str) {
        self.no_disease.get_or_insert_with(|| quote.to_string());
    }

    pub fn note(&mut self, key: &str, value: String, quote: &str) {
        let note = (key.to_string(), value, quote.to_string());
        if !self.notes.iter().any(|n| n.0 == note.0 && n.1 == note.1) {
            self.notes.push(note);
        }
    }

    pub fn into_reading(self, mut diagnostics: Vec<String>) -> Reading {
        let mut reading = Reading::default();
        // A diagnosis ruled out gives way to another one named; alone, what was ruled out is
        // more likely a kind of it ("T-ALL … ETP-ALL is excluded").
        let kept: Vec<Named<Diagnosis>> =
            self.diagnoses.iter().filter(|d| !self.excluded.contains(&d.value)).cloned().collect();
        let named = if kept.is_empty() { self.diagnoses.clone() } else { kept };
        let phase = diagnosis::choose_phase(&self.phases);
        // Blast phase named where the phase is read from, even beside another phase there.
        let top = self.phases.iter().map(|p| p.rank).max();
        let blast_phase = self.phases.iter().any(|p| p.value == CmlPhase::Blast && Some(p.rank) == top);
        match diagnosis::choose(&named, blast_phase) {
            Ok(Some(named)) => {
                reading.diagnosis = Some(named.value);
                reading.found.push(found("diagnosis", named.value.key(), &named.quote));
            }
            Ok(None) => {}
            Err(message) => diagnostics.push(message),
        }
        // A phase only with CML: "blast phase" is said of other myeloproliferative neoplasms.
        let phase_fits = reading.diagnosis == Some(Diagnosis::Cml);
        match phase {
            Ok(Some(named)) if phase_fits => {
                reading.cml_phase = Some(named.value);
                reading.found.push(found("cml_phase", named.value.key(), &named.quote));
            }
            Ok(Some(_)) => {
                diagnostics.push("a phase is named but the diagnosis read is not CML; it was left out".into())
            }
            Ok(None) => {}
            Err(message) => diagnostics.push(message),
        }
        // A report that finds no leukemia and names none as this specimen's lists the surface
        // proteins of normal cells.
        let current_diagnosis = self.diagnoses.iter().any(|d| d.rank >= 2);
        // An addendum's correction replaces what the rest of the report says of a marker.
        let corrected = &self.corrected;
        let mut findings: Vec<&Finding> = (self.findings.iter().enumerate())
            .filter(|(i, f)| !corrected.contains(&f.target) || self.corrections.contains(i))
            .map(|(_, f)| f)
            .collect();
        // A result taken back leaves its marker open: a variant below the reporting threshold
        // is no "not detected" either.
        let mut doubts = self.doubts.clone();
        findings.retain(|f| {
            let kept = !self.taken_back.contains(&f.quote);
            if !kept && f.present && !doubts.iter().any(|(t, _)| *t == f.target) {
                doubts.push((f.target, false));
            }
            if !kept {
                diagnostics.push(format!(
                    "{}: a sentence after it takes back \"{}\"; it was left out",
                    f.target.key(),
                    f.quote
                ));
            }
            kept
        });
        if let (Some(quote), false) = (&self.no_disease, current_diagnosis) {
            let before = findings.len();
            findings
                .retain(|f| !matches!(f.target, Target::Marker(m) if m.row().step == MarkerStep::Surface));
            if findings.len() < before {
                diagnostics.push(format!(
                    "surface markers were not read: the report finds no leukemia (\"{quote}\")"
                ));
            }
        }
        // CBF stands for either of two fusions: one found is CBF, whatever the other's result.
        let cbf = Target::Marker(Biomarker::Cbf);
        if findings.iter().any(|f| f.target == cbf && f.present) {
            findings.retain(|f| f.target != cbf || f.present);
        }
        // One fusion not found says nothing of the other: CBF is absent only when both were
        // tested ("RUNX1::RUNX1T1 not detected; CBFB FISH failed" leaves it open).
        let absent: Vec<&str> =
            findings.iter().filter(|f| f.target == cbf && !f.present).map(|f| f.quote.as_str()).collect();
        if !absent.is_empty() && !clauses::cbf_tested(&absent) {
            findings.retain(|f| f.target != cbf);
            diagnostics
                .push("CBF: only one of its two fusions was read as not found; it was left out".into());
        }
        let mut values: BTreeMap<Target, (bool, &str)> = BTreeMap::new();
        let mut dropped: Vec<Target> = Vec::new();
        for finding in &findings {
            if dropped.contains(&finding.target) {
                continue;
            }
            match values.get(&finding.target) {
                Some((value, _)) if *value == finding.present => {}
                Some((_, first)) => {
                    diagnostics.push(format!(
                        "{}: the report reads both present and absent (\"{}\" / \"{}\"); it was left out",
                        finding.target.key(),
                        first,
                        finding.quote
                    ));
                    values.remove(&finding.target);
                    dropped.push(finding.target);
                }
                None => {
                    values.insert(finding.target, (finding.present, &finding.quote));
                }
            }
        }
        for (target, open) in &doubts {
            if let Some((present, quote)) =
                values.get(target).copied().filter(|(present, _)| *open || !present)
            {
                let reads = if present { "present" } else { "absent" };
                diagnostics.push(format!(
                    "{}: \"{quote}\" reads {reads}, but the report leaves it open elsewhere; it was left out",
                    target.key()
                ));
                values.remove(target);
            }
        }
        // A FLT3 type the report says was not tested is not read as absent.
        for (marker, _) in self.untested.iter().filter(|(_, outright)| *outright) {
            if values.get(&Target::Marker(*marker)).is_some_and(|(present, _)| !present) {
                values.remove(&Target::Marker(*marker));
            }
        }
        let typed =
            [Biomarker::Flt3Itd, Biomarker::Flt3Tkd].iter().any(|m| values.contains_key(&Target::Marker(*m)));
        if typed {
            values.remove(&Target::Marker(Biomarker::Flt3Any));
        } else if let Some((false, quote)) = values.get(&Target::Marker(Biomarker::Flt3Any)).copied() {
            // "FLT3: no variants; ITD sizing was not performed": the negative is the TKD's.
            let types: Vec<Biomarker> = self.untested.iter().map(|(marker, _)| *marker).collect();
            let other = match types.as_slice() {
                [Biomarker::Flt3Itd] => Some(Biomarker::Flt3Tkd),
                [Biomarker::Flt3Tkd] => Some(Biomarker::Flt3Itd),
                [] => None,
                _ => {
                    values.remove(&Target::Marker(Biomarker::Flt3Any));
                    None
                }
            };
            if let Some(other) = other {
                values.remove(&Target::Marker(Biomarker::Flt3Any));
                reading.biomarkers.insert(other, false);
                reading.found.push(found(other.key(), "false", quote));
            }
        }
        // Listed in the order the report gives them.
        for finding in &findings {
            if let Some((value, quote)) = values.remove(&finding.target) {
                if let Target::Marker(marker) = finding.target {
                    reading.biomarkers.insert(marker, value);
                }
                reading.found.push(found(finding.target.key(), &value.to_string(), quote));
            }
        }
        for (key, value, quote) in self.notes {
            // A marker's numbers only when the marker is read as found (not when an addendum
            // corrected it away).
            let of = key.strip_suffix("_VAF").or_else(|| key.strip_suffix("_allelic_ratio"));
            let corrected_away = |of: &str| {
                corrected.iter().any(|t| t.key() == of)
                    && !reading.biomarkers.iter().any(|(m, v)| *v && m.key() == of)
            };
            // Nor the numbers of a line a later sentence takes back ("… VAF 3%." / "This is
            // below the reporting threshold").
            if of.is_some_and(corrected_away) || self.taken_back.contains(&quote) {
                continue;
            }
            reading.found.push(Found { key, value, quote });
        }
        reading.diagnostics = diagnostics;
        reading
    }
}

fn found(key: &str, value: &str, quote: &str) -> Found {
    Found { key: key.to_string(), value: value.to_string(), quote: quote.to_string() }
}

static FLT3_TYPE_SET: LazyLock<PhraseSet> = LazyLock::new(|| {
    let sources: Vec<String> = FLT3_TYPES.iter().map(|(p, _)| format!("(?i){p}")).collect();
    PhraseSet::new(sources.iter().map(String::as_str)).expect("FLT3 types compile")
});

/// Compiles the FLT3 type table, for [`super::warm_up`].
pub(super) fn warm_flt3_types() {
    LazyLock::force(&FLT3_TYPE_SET);
}

/// The FLT3 types a FLT3 mutation's own words give ("FLT3 c.1792_1793ins51 (ITD)").
pub(super) fn flt3_types(own_words: &str) -> Vec<Biomarker> {
    let mut types: Vec<Biomarker> =
        FLT3_TYPE_SET.find_all(own_words).into_iter().map(|(i, _)| FLT3_TYPES[i].1).collect();
    types.dedup();
    types
}

/// The first result word of a clause, for a number that has no name of its own (MRD).
pub(super) fn first_result(found: &[cues::Found]) -> Option<bool> {
    let mut negated = false;
    for cue in found {
        match cue.cue {
            Cue::Not => negated = true,
            Cue::After(value) => return Some(value && !negated),
            _ => {}
        }
    }
    None
}
