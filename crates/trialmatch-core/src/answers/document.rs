//! The answers document's JSON shape, both ways, with serde: the keys and value sets come from
//! `keys.rs`, so reading, writing and the questionnaire cannot disagree. Validation that serde
//! cannot express (ranges, the version rule) is in `read.rs`.

use serde::de::{IgnoredAny, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Answers, Biomarker, CmlPhase, Diagnosis, DiseaseStatus, PriorTherapy, Sex, ANSWERS_VERSION};

/// Every key of a version-1 document. Unknown keys are ignored on reading; unanswered ones
/// are left out on writing.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(default)]
pub(super) struct Document {
    #[serde(skip_deserializing)]
    pub version: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age_years: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sex: Option<Sex>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diagnosis: Option<Diagnosis>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cml_phase: Option<CmlPhase>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disease_status: Option<DiseaseStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prior_lines: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub biomarkers: Option<Markers>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prior_therapies: Option<Priors>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ecog: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cns_involvement: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fit_for_intensive: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Place>,
}

/// `biomarkers`: an object of booleans keyed by [`Biomarker::key`].
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub(super) struct Markers(pub [Option<bool>; Biomarker::ALL.len()]);

/// `prior_therapies`: booleans keyed by [`PriorTherapy::key`], plus `tki_count`.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub(super) struct Priors {
    pub received: [Option<bool>; PriorTherapy::ALL.len()],
    pub tki_count: Option<u32>,
}

#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(default)]
pub(super) struct Place {
    pub label: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

impl Document {
    pub fn of(answers: &Answers) -> Document {
        let markers = Markers(answers.biomarkers);
        let priors = Priors { received: answers.prior_therapies, tki_count: answers.tki_count };
        Document {
            version: ANSWERS_VERSION,
            age_years: answers.age_years,
            sex: answers.sex,
            diagnosis: answers.diagnosis,
            cml_phase: answers.cml_phase,
            disease_status: answers.disease_status,
            prior_lines: answers.prior_lines,
            biomarkers: (markers != Markers::default()).then_some(markers),
            prior_therapies: (priors != Priors::default()).then_some(priors),
            ecog: answers.ecog,
            cns_involvement: answers.cns_involvement,
            fit_for_intensive: answers.fit_for_intensive,
            location: answers.location.as_ref().map(|l| Place {
                label: Some(l.label.clone()),
                lat: Some(l.lat),
                lon: Some(l.lon),
            }),
        }
    }
}

impl Answers {
    /// The answers as a compact version-1 JSON document.
    pub fn to_json(&self) -> String {
        serde_json::to_string(&Document::of(self)).unwrap_or_default()
    }
}

/// Reads a map whose known keys hold `Option<T>` into `slots` (at the index `slot` gives),
/// ignoring unknown keys (a newer page may add some); `other` takes any key `slot` does not
/// know, such as `tki_count`, and says whether it read its value.
fn read_keyed<'de, A, T>(
    mut map: A,
    slots: &mut [Option<T>],
    slot: impl Fn(&str) -> Option<usize>,
    mut other: impl FnMut(&str, &mut A) -> Result<bool, A::Error>,
) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    T: Deserialize<'de>,
{
    while let Some(key) = map.next_key::<String>()? {
        if let Some(index) = slot(&key) {
            slots[index] = map.next_value()?;
        } else if !other(&key, &mut map)? {
            map.next_value::<IgnoredAny>()?;
        }
    }
    Ok(())
}

impl<'de> Deserialize<'de> for Markers {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Keyed;
        impl<'de> Visitor<'de> for Keyed {
            type Value = Markers;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object of markers")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Markers, A::Error> {
                let mut markers = Markers::default();
                let slot = |key: &str| Biomarker::from_key(key).map(|m| m as usize);
                read_keyed(map, &mut markers.0, slot, |_, _| Ok(false))?;
                Ok(markers)
            }
        }
        deserializer.deserialize_map(Keyed)
    }
}

impl<'de> Deserialize<'de> for Priors {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Keyed;
        impl<'de> Visitor<'de> for Keyed {
            type Value = Priors;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object of prior treatments")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Priors, A::Error> {
                let mut received = [None; PriorTherapy::ALL.len()];
                let mut tki_count = None;
                let slot = |key: &str| PriorTherapy::from_key(key).map(|t| t as usize);
                read_keyed(map, &mut received, slot, |key, map: &mut A| {
                    if key != "tki_count" {
                        return Ok(false);
                    }
                    tki_count = map.next_value()?;
                    Ok(true)
                })?;
                Ok(Priors { received, tki_count })
            }
        }
        deserializer.deserialize_map(Keyed)
    }
}

impl Serialize for Markers {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for marker in Biomarker::ALL {
            if let Some(value) = self.0[*marker as usize] {
                map.serialize_entry(marker.key(), &value)?;
            }
        }
        map.end()
    }
}

impl Serialize for Priors {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for therapy in PriorTherapy::ALL {
            if let Some(value) = self.received[*therapy as usize] {
                map.serialize_entry(therapy.key(), &value)?;
            }
        }
        if let Some(count) = self.tki_count {
            map.serialize_entry("tki_count", &count)?;
        }
        map.end()
    }
}
