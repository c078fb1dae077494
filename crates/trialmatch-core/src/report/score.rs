//! Measures readings against truth files: per key (`diagnosis`, `cml_phase`, each marker), a
//! reading is a true positive when it equals the truth, a false positive when the truth is
//! absent or different, and a false negative when the truth is not read or read differently.
//! The report table's test and `trialmatch accuracy --reports` both count with this.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::Reading;
use crate::answers::{Biomarker, CmlPhase, Diagnosis};

/// What a report states about this person's current specimen, written by hand.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Truth {
    #[serde(default)]
    pub diagnosis: Option<Diagnosis>,
    #[serde(default)]
    pub cml_phase: Option<CmlPhase>,
    #[serde(default)]
    pub biomarkers: BTreeMap<Biomarker, bool>,
}

impl Truth {
    /// Reads a truth file; the error names what is wrong.
    pub fn from_json(text: &str) -> Result<Truth, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }
}

/// One key of one report where reading and truth differ.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub report: String,
    pub key: &'static str,
    pub predicted: Option<String>,
    pub truth: Option<String>,
}

/// True positives, false positives and false negatives of one key (or of all).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Tally {
    pub true_positives: u32,
    pub false_positives: u32,
    pub false_negatives: u32,
}

impl Tally {
    /// `None` when nothing was predicted.
    pub fn precision(&self) -> Option<f64> {
        let predicted = self.true_positives + self.false_positives;
        (predicted > 0).then(|| f64::from(self.true_positives) / f64::from(predicted))
    }

    /// `None` when the truth holds nothing.
    pub fn recall(&self) -> Option<f64> {
        let actual = self.true_positives + self.false_negatives;
        (actual > 0).then(|| f64::from(self.true_positives) / f64::from(actual))
    }

    fn add(&mut self, other: Tally) {
        self.true_positives += other.true_positives;
        self.false_positives += other.false_positives;
        self.false_negatives += other.false_negatives;
    }
}

/// The tallies over a set of reports, per key in the answers document's order.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    pub per_key: Vec<(&'static str, Tally)>,
    pub errors: Vec<Comparison>,
    pub reports: usize,
}

impl Scores {
    /// Counts one report.
    pub fn add(&mut self, report: &str, reading: &Reading, truth: &Truth) {
        self.reports += 1;
        let mut pairs: Vec<(&'static str, Option<String>, Option<String>)> = vec![
            (
                "diagnosis",
                reading.diagnosis.map(|d| d.key().to_string()),
                truth.diagnosis.map(|d| d.key().to_string()),
            ),
            (
                "cml_phase",
                reading.cml_phase.map(|p| p.key().to_string()),
                truth.cml_phase.map(|p| p.key().to_string()),
            ),
        ];
        for marker in Biomarker::ALL {
            let value = |map: &BTreeMap<Biomarker, bool>| map.get(marker).map(|v| v.to_string());
            pairs.push((marker.key(), value(&reading.biomarkers), value(&truth.biomarkers)));
        }
        for (key, predicted, actual) in pairs {
            let mut tally = Tally::default();
            match (&predicted, &actual) {
                (Some(p), Some(t)) if p == t => tally.true_positives = 1,
                (Some(_), Some(_)) => (tally.false_positives, tally.false_negatives) = (1, 1),
                (Some(_), None) => tally.false_positives = 1,
                (None, Some(_)) => tally.false_negatives = 1,
                (None, None) => continue,
            }
            if tally.true_positives == 0 {
                self.errors.push(Comparison { report: report.to_string(), key, predicted, truth: actual });
            }
            match self.per_key.iter_mut().find(|(k, _)| *k == key) {
                Some((_, existing)) => existing.add(tally),
                None => self.per_key.push((key, tally)),
            }
        }
        let order = |key: &str| {
            ["diagnosis", "cml_phase"]
                .iter()
                .position(|k| *k == key)
                .unwrap_or_else(|| 2 + Biomarker::ALL.iter().position(|m| m.key() == key).unwrap_or(0))
        };
        self.per_key.sort_by_key(|(key, _)| order(key));
    }

    /// The tally over every key.
    pub fn overall(&self) -> Tally {
        let mut total = Tally::default();
        for (_, tally) in &self.per_key {
            total.add(*tally);
        }
        total
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_as_the_brief_says() {
        let truth =
            Truth::from_json(r#"{"diagnosis": "AML", "biomarkers": {"FLT3-ITD": true, "NPM1": false}}"#)
                .unwrap();
        let mut reading = Reading { diagnosis: Some(Diagnosis::Aml), ..Reading::default() };
        reading.biomarkers.insert(Biomarker::Flt3Itd, false);
        reading.biomarkers.insert(Biomarker::Idh1, true);
        let mut scores = Scores::default();
        scores.add("one", &reading, &truth);
        let overall = scores.overall();
        assert_eq!((overall.true_positives, overall.false_positives, overall.false_negatives), (1, 2, 2));
        assert_eq!(scores.errors.len(), 3);
        assert!(Truth::from_json(r#"{"biomarkers": {"FLT3": true}}"#).is_err());
    }
}
