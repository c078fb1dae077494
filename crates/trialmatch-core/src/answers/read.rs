//! Reads and validates an answers document. Unknown keys are ignored (a newer page may add
//! some); a known key with the wrong type or value is an error that names the key, because
//! silently dropping it could show someone trials that are wrong for them.

use std::fmt;

use std::collections::BTreeMap;

use crate::json::Value;

use super::keys::*;
use super::{Answers, Location};

/// The only version this engine reads.
pub const ANSWERS_VERSION: u64 = 1;

/// Why an answers document was refused. `key` is the dotted path, e.g. `biomarkers.NPM1`.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswersError {
    pub key: String,
    pub message: String,
}

impl fmt::Display for AnswersError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.key, self.message)
    }
}

impl std::error::Error for AnswersError {}

fn error(key: &str, message: impl Into<String>) -> AnswersError {
    AnswersError { key: key.to_owned(), message: message.into() }
}

impl Answers {
    /// Parses JSON text into answers.
    pub fn from_json(text: &str) -> Result<Answers, AnswersError> {
        let value = Value::parse(text).map_err(|e| {
            let (line, column) = e.line_column(text);
            error("(document)", format!("not valid JSON: {e} at line {line} column {column}"))
        })?;
        Answers::from_value(&value)
    }

    /// Validates a parsed JSON value as an answers document.
    pub fn from_value(value: &Value) -> Result<Answers, AnswersError> {
        let doc = value.as_object().ok_or_else(|| error("(document)", "must be a JSON object"))?;
        match doc.get("version") {
            None | Some(Value::Null) => return Err(error("version", "is required and must be 1")),
            Some(v) if v.as_u64() == Some(ANSWERS_VERSION) => {}
            Some(n @ Value::Number(_)) if n.as_f64().is_some_and(|v| v > ANSWERS_VERSION as f64) => {
                return Err(error(
                    "version",
                    format!("{n} is newer than this page understands (it reads version 1)"),
                ))
            }
            Some(other) => return Err(error("version", format!("must be 1, found {other}"))),
        }

        let mut answers = Answers {
            age_years: number(doc, "age_years")?,
            sex: choice(doc, "sex", Sex::from_key, Sex::ALL.iter().map(|v| v.key()))?,
            diagnosis: choice(doc, "diagnosis", Diagnosis::from_key, Diagnosis::ALL.iter().map(|v| v.key()))?,
            cml_phase: choice(doc, "cml_phase", CmlPhase::from_key, CmlPhase::ALL.iter().map(|v| v.key()))?,
            disease_status: choice(
                doc,
                "disease_status",
                DiseaseStatus::from_key,
                DiseaseStatus::ALL.iter().map(|v| v.key()),
            )?,
            prior_lines: count(doc, "prior_lines", "prior_lines")?,
            ecog: count(doc, "ecog", "ecog")?
                .map(|e| {
                    u8::try_from(e).ok().filter(|e| *e <= 4).ok_or_else(|| error("ecog", "must be 0 to 4"))
                })
                .transpose()?,
            cns_involvement: boolean(doc, "cns_involvement", "cns_involvement")?,
            fit_for_intensive: boolean(doc, "fit_for_intensive", "fit_for_intensive")?,
            location: location(doc)?,
            ..Answers::default()
        };
        if let Some(age) = answers.age_years {
            if !(0.0..=130.0).contains(&age) {
                return Err(error("age_years", "must be between 0 and 130"));
            }
        }

        if let Some(markers) = section(doc, "biomarkers")? {
            for marker in Biomarker::ALL {
                let path = format!("biomarkers.{}", marker.key());
                answers.set_biomarker(*marker, boolean(markers, marker.key(), &path)?);
            }
        }
        if let Some(priors) = section(doc, "prior_therapies")? {
            for therapy in PriorTherapy::ALL {
                let path = format!("prior_therapies.{}", therapy.key());
                answers.set_prior(*therapy, boolean(priors, therapy.key(), &path)?);
            }
            answers.tki_count = count(priors, "tki_count", "prior_therapies.tki_count")?;
        }
        Ok(answers)
    }
}

type Map = BTreeMap<String, Value>;

fn present<'a>(doc: &'a Map, key: &str) -> Option<&'a Value> {
    doc.get(key).filter(|v| !v.is_null())
}

fn number(doc: &Map, key: &str) -> Result<Option<f64>, AnswersError> {
    present(doc, key)
        .map(|v| {
            v.as_f64()
                .filter(|f| f.is_finite())
                .ok_or_else(|| error(key, format!("must be a number, found {v}")))
        })
        .transpose()
}

fn count(doc: &Map, key: &str, path: &str) -> Result<Option<u32>, AnswersError> {
    present(doc, key)
        .map(|v| {
            v.as_u64()
                .and_then(|n| u32::try_from(n).ok())
                .ok_or_else(|| error(path, format!("must be a whole number 0 or more, found {v}")))
        })
        .transpose()
}

fn boolean(doc: &Map, key: &str, path: &str) -> Result<Option<bool>, AnswersError> {
    present(doc, key)
        .map(|v| v.as_bool().ok_or_else(|| error(path, format!("must be true, false or null, found {v}"))))
        .transpose()
}

fn choice<T>(
    doc: &Map,
    key: &str,
    parse: fn(&str) -> Option<T>,
    allowed: impl Iterator<Item = &'static str>,
) -> Result<Option<T>, AnswersError> {
    let Some(value) = present(doc, key) else {
        return Ok(None);
    };
    let text = value.as_str().ok_or_else(|| error(key, format!("must be a string, found {value}")))?;
    parse(text).map(Some).ok_or_else(|| {
        let allowed: Vec<_> = allowed.collect();
        error(key, format!("\"{text}\" is not one of {}", allowed.join(", ")))
    })
}

fn section<'a>(doc: &'a Map, key: &str) -> Result<Option<&'a Map>, AnswersError> {
    present(doc, key)
        .map(|v| v.as_object().ok_or_else(|| error(key, format!("must be an object, found {v}"))))
        .transpose()
}

fn location(doc: &Map) -> Result<Option<Location>, AnswersError> {
    let Some(place) = section(doc, "location")? else {
        return Ok(None);
    };
    let coordinate = |key: &str, limit: f64| -> Result<f64, AnswersError> {
        let path = format!("location.{key}");
        let value = number(place, key).map_err(|e| error(&path, e.message))?;
        value
            .filter(|v| v.abs() <= limit)
            .ok_or_else(|| error(&path, format!("must be a number between -{limit} and {limit}")))
    };
    let label = match present(place, "label") {
        None => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => return Err(error("location.label", format!("must be a string, found {other}"))),
    };
    Ok(Some(Location { lat: coordinate("lat", 90.0)?, lon: coordinate("lon", 180.0)?, label }))
}
