//! Reads and validates an answers document. Unknown keys are ignored (a newer page may add
//! some); a known key with the wrong type or value is an error that names the key, because
//! silently dropping it could show someone trials that are wrong for them.

use std::fmt;

use serde_json::Value;

use super::document::{Document, Place};
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
        let value: Value =
            serde_json::from_str(text).map_err(|e| error("(document)", format!("not valid JSON: {e}")))?;
        Answers::from_value(value)
    }

    /// Validates a parsed JSON value as an answers document. The version is checked first, so
    /// a newer document is refused as newer rather than for a value this page does not know.
    pub fn from_value(value: Value) -> Result<Answers, AnswersError> {
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
        let doc: Document = serde_path_to_error::deserialize(value)
            .map_err(|e| error(&e.path().to_string(), plain(&e.inner().to_string())))?;

        if doc.age_years.is_some_and(|age| !(0.0..=130.0).contains(&age)) {
            return Err(error("age_years", "must be between 0 and 130"));
        }
        if doc.ecog.is_some_and(|e| e > 4) {
            return Err(error("ecog", "must be 0 to 4"));
        }
        let markers = doc.biomarkers.unwrap_or_default();
        let priors = doc.prior_therapies.unwrap_or_default();
        Ok(Answers {
            age_years: doc.age_years,
            sex: doc.sex,
            diagnosis: doc.diagnosis,
            cml_phase: doc.cml_phase,
            disease_status: doc.disease_status,
            prior_lines: doc.prior_lines,
            biomarkers: markers.0,
            prior_therapies: priors.received,
            tki_count: priors.tki_count,
            ecog: doc.ecog,
            cns_involvement: doc.cns_involvement,
            fit_for_intensive: doc.fit_for_intensive,
            location: doc.location.map(location).transpose()?,
        })
    }
}

fn location(place: Place) -> Result<Location, AnswersError> {
    let coordinate = |key: &str, value: Option<f64>, limit: f64| {
        value.filter(|v| v.abs() <= limit).ok_or_else(|| {
            error(&format!("location.{key}"), format!("must be a number between -{limit} and {limit}"))
        })
    };
    Ok(Location {
        lat: coordinate("lat", place.lat, 90.0)?,
        lon: coordinate("lon", place.lon, 180.0)?,
        label: place.label.unwrap_or_default(),
    })
}

/// serde's message in the words a person reading the document uses: "a whole number 0 or
/// more" rather than the name of a Rust integer type.
fn plain(message: &str) -> String {
    let mut message = message.to_owned();
    for (rust, words) in [
        ("expected u8", "expected a whole number 0 or more"),
        ("expected u32", "expected a whole number 0 or more"),
        ("expected f64", "expected a number"),
        ("expected a boolean", "expected true, false or null"),
    ] {
        message = message.replace(rust, words);
    }
    message
}
