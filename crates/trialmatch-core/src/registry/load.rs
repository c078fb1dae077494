//! Reads a file of ClinicalTrials.gov records in any of the shapes people have: an API page
//! (`{"studies": [...]}`, which is also our snapshot format), a JSON array (the website's
//! download), a single study, or JSON Lines. One bad record is skipped with a reason; only a
//! file that is not JSON at all, or holds no study records, fails as a whole.

use std::collections::HashSet;
use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::convert::trial_from_wire;
use super::model::Trial;
use super::wire::WireStudy;

/// Files larger than this are refused before parsing: on a phone, a bigger file would freeze
/// the page for many seconds, and no leukemia snapshot comes near it.
pub const MAX_FILE_BYTES: usize = 40 * 1024 * 1024;

/// What a load produced: the trials, and every record it had to leave out, with the reason.
#[derive(Debug, Default, Clone, Serialize)]
pub struct LoadReport {
    pub trials: Vec<Trial>,
    pub skipped: Vec<Skipped>,
    /// Present when the file is a snapshot written by `trialmatch sync`.
    pub snapshot: Option<SnapshotInfo>,
}

/// A record that was left out, named by its ID when it has one, else by its position.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Skipped {
    pub record: String,
    pub reason: String,
}

/// Where a snapshot came from, as recorded by `trialmatch sync`.
#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SnapshotInfo {
    pub fetched_at: String,
    pub query: String,
    pub source: String,
    pub pages: u32,
    pub studies: u32,
}

/// Why a whole file could not be used. The page shows these to people, so they are sentences.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    Empty,
    TooLarge { bytes: usize, limit: usize },
    NotUtf8 { offset: usize },
    NotJson { line: usize, column: usize, detail: String },
    WrongShape(String),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Empty => write!(f, "The file is empty."),
            LoadError::TooLarge { bytes, limit } => write!(
                f,
                "The file is {:.1} MB; this page reads files up to {} MB. Download fewer trials (for example only recruiting ones) and try again.",
                *bytes as f64 / 1_048_576.0,
                limit / 1_048_576
            ),
            LoadError::NotUtf8 { offset } => {
                write!(f, "The file is not text (invalid UTF-8 at byte {offset}). Is it really a JSON download?")
            }
            LoadError::NotJson { line, column, detail } => {
                write!(f, "The file is not valid JSON (line {line}, column {column}: {detail}).")
            }
            LoadError::WrongShape(what) => write!(
                f,
                "The file is JSON but not ClinicalTrials.gov study records: {what}."
            ),
        }
    }
}

impl std::error::Error for LoadError {}

impl LoadReport {
    /// "40 loaded, 2 skipped" — the line the page and `trialmatch check` print.
    pub fn summary(&self) -> String {
        format!("{} loaded, {} skipped", self.trials.len(), self.skipped.len())
    }
}

/// Reads a file's bytes into trials. See the module documentation for the accepted shapes.
pub fn load(bytes: &[u8]) -> Result<LoadReport, LoadError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge { bytes: bytes.len(), limit: MAX_FILE_BYTES });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| LoadError::NotUtf8 { offset: e.valid_up_to() })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }

    let mut loader = Loader::default();
    let mut values = Vec::new();
    let mut failure = None;
    for value in serde_json::Deserializer::from_str(text).into_iter::<&RawValue>() {
        match value {
            Ok(value) => values.push(value),
            Err(error) => {
                failure = Some(error);
                break;
            }
        }
    }
    match (failure, values.len()) {
        (Some(error), 0) => return Err(not_json(&error)),
        (Some(_), _) => loader.json_lines(text),
        (None, 1) => loader.top_level(values[0])?,
        (None, _) => {
            for (index, value) in values.into_iter().enumerate() {
                loader.record(value, || format!("record {}", index + 1));
            }
        }
    }
    Ok(loader.report)
}

fn not_json(error: &serde_json::Error) -> LoadError {
    LoadError::NotJson { line: error.line(), column: error.column(), detail: short_error(error) }
}

/// serde's messages end with " at line L column C"; the position is reported separately.
fn short_error(error: &serde_json::Error) -> String {
    let message = error.to_string();
    match message.rfind(" at line ") {
        Some(cut) => message[..cut].to_owned(),
        None => message,
    }
}

#[derive(Default)]
struct Loader {
    report: LoadReport,
    seen: HashSet<String>,
}

#[derive(Deserialize)]
struct Container<'a> {
    #[serde(borrow, default)]
    studies: Option<&'a RawValue>,
    #[serde(borrow, default, rename = "protocolSection")]
    protocol_section: Option<&'a RawValue>,
    #[serde(borrow, default)]
    snapshot: Option<&'a RawValue>,
}

/// Just enough of a record to name it when the full record cannot be read.
#[derive(Deserialize)]
struct IdProbe {
    #[serde(rename = "protocolSection")]
    protocol: IdProbeProtocol,
}
#[derive(Deserialize)]
struct IdProbeProtocol {
    #[serde(rename = "identificationModule")]
    identification: IdProbeIdentification,
}
#[derive(Deserialize)]
struct IdProbeIdentification {
    #[serde(rename = "nctId")]
    nct_id: String,
}

impl Loader {
    fn top_level(&mut self, value: &RawValue) -> Result<(), LoadError> {
        match first_char(value) {
            '[' => self.array(value),
            '{' => {
                let container: Container = serde_json::from_str(value.get()).map_err(|e| not_json(&e))?;
                if let Some(studies) = container.studies {
                    if first_char(studies) != '[' {
                        return Err(LoadError::WrongShape("\"studies\" is not a list".into()));
                    }
                    self.report.snapshot =
                        container.snapshot.and_then(|s| serde_json::from_str(s.get()).ok());
                    self.array(studies)
                } else if container.protocol_section.is_some() {
                    self.record(value, || "the study".to_owned());
                    Ok(())
                } else {
                    Err(LoadError::WrongShape("an object without \"studies\" or \"protocolSection\"".into()))
                }
            }
            _ => Err(LoadError::WrongShape(format!("a single {}", kind_of(value)))),
        }
    }

    fn array(&mut self, value: &RawValue) -> Result<(), LoadError> {
        let records: Vec<&RawValue> = serde_json::from_str(value.get()).map_err(|e| not_json(&e))?;
        for (index, record) in records.into_iter().enumerate() {
            self.record(record, || format!("record {}", index + 1));
        }
        Ok(())
    }

    /// JSON Lines where some lines are broken: each line is read on its own.
    fn json_lines(&mut self, text: &str) {
        for (index, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let position = || format!("line {}", index + 1);
            match serde_json::from_str::<&RawValue>(line) {
                Ok(value) => self.record(value, position),
                Err(error) => self.skip(position(), format!("not valid JSON ({})", short_error(&error))),
            }
        }
    }

    fn record(&mut self, value: &RawValue, position: impl Fn() -> String) {
        if first_char(value) != '{' {
            return self.skip(position(), format!("it is a {}, not a study object", kind_of(value)));
        }
        let name = || {
            serde_json::from_str::<IdProbe>(value.get())
                .map(|p| p.protocol.identification.nct_id)
                .unwrap_or_else(|_| position())
        };
        let wire: WireStudy = match serde_json::from_str(value.get()) {
            Ok(wire) => wire,
            Err(error) => {
                return self.skip(name(), format!("a field has the wrong type ({})", short_error(&error)))
            }
        };
        match trial_from_wire(wire) {
            Ok(trial) if !self.seen.insert(trial.id.clone()) => {
                let id = trial.id;
                self.skip(id, "the same ID appears earlier in the file; the first one is kept".into())
            }
            Ok(trial) => self.report.trials.push(trial),
            Err(reason) => self.skip(name(), reason),
        }
    }

    fn skip(&mut self, record: String, reason: String) {
        self.report.skipped.push(Skipped { record, reason });
    }
}

fn first_char(value: &RawValue) -> char {
    value.get().trim_start().chars().next().unwrap_or(' ')
}

fn kind_of(value: &RawValue) -> &'static str {
    match first_char(value) {
        '{' => "object",
        '[' => "list",
        '"' => "string",
        't' | 'f' => "true/false value",
        'n' => "null",
        _ => "number",
    }
}
