//! Reads a file of ClinicalTrials.gov records in any of the shapes people have: an API page
//! (`{"studies": [...]}`, which is also our snapshot format), a JSON array (the website's
//! download), a single study, or JSON Lines. One bad record is skipped with a reason; only a
//! file that is not JSON at all, or holds no study records, fails as a whole.

use std::collections::HashSet;
use std::fmt;

use serde::Serialize;

use crate::from_json_fields;
use crate::json::{from_text, FromJson, JsonError, Reader};

use super::convert::trial_from_wire;
use super::model::Trial;
use super::split::{Next, Splitter};
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
#[derive(Debug, Default, Clone, PartialEq, Serialize)]
pub struct SnapshotInfo {
    pub fetched_at: String,
    pub query: String,
    pub source: String,
    pub pages: u32,
    pub studies: u32,
}

from_json_fields!(SnapshotInfo {
    fetched_at = "fetched_at",
    query = "query",
    source = "source",
    pages = "pages",
    studies = "studies",
});

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
    start(bytes)?.finish()
}

/// Reads a file the careful way only (whole-file parsing, no splitter): what `load` must
/// always agree with. For tests and fuzzing.
pub fn load_carefully(bytes: &[u8]) -> Result<LoadReport, LoadError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge { bytes: bytes.len(), limit: MAX_FILE_BYTES });
    }
    let mut loading = Loading {
        bytes,
        mode: Mode::Listed { items: Vec::new(), next: 0 },
        loader: Loader::default(),
        converted: 0,
    };
    loading.fall_back()?;
    loading.finish()
}

/// Starts reading a file: the page then converts its records a few at a time
/// ([`Loading::step`]) so that a big file never freezes it. API pages and JSON arrays are split
/// as they are read; any other shape, and any file with a flaw, is read the careful way in one
/// go, which also produces the sentence saying what is wrong. Problems with the whole file come
/// from `start` or from a later step.
pub fn start(bytes: &[u8]) -> Result<Loading<'_>, LoadError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge { bytes: bytes.len(), limit: MAX_FILE_BYTES });
    }
    let body = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let mut loading = Loading {
        bytes,
        mode: Mode::Streaming { splitter: Splitter::new(body), records: 0 },
        loader: Loader::default(),
        converted: 0,
    };
    if body.iter().all(u8::is_ascii_whitespace) {
        loading.fall_back()?;
    }
    Ok(loading)
}

/// A file being read, record by record. Records keep the file's order, and so do the skip
/// reasons.
pub struct Loading<'a> {
    bytes: &'a [u8],
    mode: Mode<'a>,
    loader: Loader,
    converted: usize,
}

enum Mode<'a> {
    /// Records found one at a time by the splitter.
    Streaming { splitter: Splitter<'a>, records: usize },
    /// The careful path: every record listed up front.
    Listed { items: Vec<Item<'a>>, next: usize },
}

/// One record of the file, or a line that was not JSON at all.
enum Item<'a> {
    Record(&'a str, Position),
    Broken(Position, String),
}

/// Where a record sits in the file, for skip reasons when it has no readable ID.
#[derive(Clone, Copy)]
enum Position {
    Record(usize),
    Line(usize),
    TheStudy,
}

impl Position {
    fn describe(self) -> String {
        match self {
            Position::Record(index) => format!("record {}", index + 1),
            Position::Line(index) => format!("line {}", index + 1),
            Position::TheStudy => "the study".to_owned(),
        }
    }
}

/// A record the fast path cannot vouch for: the file is read the careful way instead.
struct Unsure;

impl fmt::Debug for Loading<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Loading({} records converted, {:.0}% read)", self.converted, self.progress() * 100.0)
    }
}

impl<'a> Loading<'a> {
    /// How many records (and broken lines) have been converted so far.
    pub fn converted(&self) -> usize {
        self.converted
    }

    /// How far through the file reading has got, from 0 to 1.
    pub fn progress(&self) -> f64 {
        match &self.mode {
            Mode::Streaming { splitter, .. } => splitter.position() as f64 / self.bytes.len().max(1) as f64,
            Mode::Listed { items, next } => *next as f64 / items.len().max(1) as f64,
        }
    }

    /// Converts up to `count` more records; `Ok(true)` when the whole file has been read.
    pub fn step(&mut self, count: usize) -> Result<bool, LoadError> {
        match self.stream(count) {
            Ok(done) => Ok(done),
            Err(Unsure) => {
                self.fall_back()?;
                self.step(count)
            }
        }
    }

    /// Converts whatever is left and returns the trials and skip reasons.
    pub fn finish(mut self) -> Result<LoadReport, LoadError> {
        self.step(usize::MAX)?;
        Ok(self.loader.report)
    }

    fn stream(&mut self, count: usize) -> Result<bool, Unsure> {
        let Loading { mode, loader, converted, .. } = self;
        match mode {
            Mode::Streaming { splitter, records } => {
                for _ in 0..count {
                    match splitter.next() {
                        Next::Record(raw) => {
                            let text = std::str::from_utf8(raw).map_err(|_| Unsure)?;
                            loader.record_strict(text, Position::Record(*records))?;
                            *records += 1;
                            *converted += 1;
                        }
                        Next::End => {
                            for other in &splitter.others {
                                valid_json(other)?;
                            }
                            if let Some(snapshot) = splitter.snapshot {
                                let text = valid_json(snapshot)?;
                                loader.report.snapshot = from_text(text).ok();
                            }
                            return Ok(true);
                        }
                        Next::Unsure => return Err(Unsure),
                    }
                }
                Ok(false)
            }
            Mode::Listed { items, next } => {
                let end = next.saturating_add(count).min(items.len());
                for item in &items[*next..end] {
                    match item {
                        Item::Record(text, position) => loader.record(text, *position),
                        Item::Broken(position, reason) => loader.skip(position.describe(), reason.clone()),
                    }
                }
                *converted += end - *next;
                *next = end;
                Ok(*next == items.len())
            }
        }
    }

    /// Starts again on the careful path, which lists every record up front.
    fn fall_back(&mut self) -> Result<(), LoadError> {
        self.loader = Loader::default();
        self.converted = 0;
        let text =
            std::str::from_utf8(self.bytes).map_err(|e| LoadError::NotUtf8 { offset: e.valid_up_to() })?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.trim().is_empty() {
            return Err(LoadError::Empty);
        }
        let items = split_general(text, &mut self.loader).map_err(|error| not_json(&error, text))?;
        self.mode = Mode::Listed { items, next: 0 };
        Ok(())
    }
}

/// The `nextPageToken` of an API page, if it has one: where the next page of a search starts.
pub fn next_page_token(bytes: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(bytes).ok()?;
    let mut token = None;
    Reader::new(text.strip_prefix('\u{feff}').unwrap_or(text))
        .object(&mut |reader, key| {
            match key {
                "nextPageToken" => token = FromJson::read(reader)?,
                _ => reader.skip()?,
            }
            Ok(())
        })
        .ok()?;
    token.filter(|t: &String| !t.is_empty())
}

/// The text of a value the fast path skipped over, if it is valid JSON.
fn valid_json(raw: &[u8]) -> Result<&str, Unsure> {
    let text = std::str::from_utf8(raw).map_err(|_| Unsure)?;
    is_json(text).then_some(text).ok_or(Unsure)
}

fn is_json(text: &str) -> bool {
    let mut reader = Reader::new(text);
    reader.skip().and_then(|()| reader.end()).is_ok()
}

fn listed(values: Vec<&str>) -> Vec<Item<'_>> {
    values
        .into_iter()
        .enumerate()
        .map(|(index, value)| Item::Record(value, Position::Record(index)))
        .collect()
}

/// Why the careful path refused a whole file: a JSON error (with its offset in the file) or a
/// sentence about its shape.
enum Refusal {
    Json(JsonError),
    Shape(LoadError),
}

impl From<JsonError> for Refusal {
    fn from(error: JsonError) -> Self {
        Refusal::Json(error)
    }
}

/// Every accepted shape, with a sentence for the ones that are not.
fn split_general<'a>(text: &'a str, loader: &mut Loader) -> Result<Vec<Item<'a>>, Refusal> {
    let mut reader = Reader::new(text);
    let mut values = Vec::new();
    let mut failure = None;
    while !reader.at_end() {
        match reader.raw() {
            Ok(value) => values.push(value),
            Err(error) => {
                failure = Some(error);
                break;
            }
        }
    }
    match (failure, values.len()) {
        (Some(error), 0) => Err(Refusal::Json(error)),
        (Some(_), _) => Ok(json_lines(text)),
        (None, 1) => top_level(text, loader),
        (None, _) => Ok(listed(values)),
    }
}

/// The one value of a file: an API page, a list of records, or a single record.
fn top_level<'a>(text: &'a str, loader: &mut Loader) -> Result<Vec<Item<'a>>, Refusal> {
    let mut reader = Reader::new(text);
    match first_char(text) {
        '[' => Ok(listed(elements(&mut reader)?)),
        '{' => {
            let (mut studies, mut protocol_section, mut snapshot) = (None, false, None);
            // A shape problem stops the reading; it is told apart from a JSON error after.
            let mut shape = None;
            let read = reader.object(&mut |reader, key| {
                match key {
                    "studies" if studies.is_some() => shape = Some("\"studies\" appears twice"),
                    "studies" if first_char(&text[reader.position()..]) != '[' => {
                        shape = Some("\"studies\" is not a list")
                    }
                    "studies" => studies = Some(elements(reader)?),
                    "protocolSection" => {
                        protocol_section = true;
                        return reader.skip();
                    }
                    "snapshot" => snapshot = Some(reader.raw()?),
                    _ => return reader.skip(),
                }
                match shape {
                    Some(_) => Err(JsonError { offset: reader.position(), message: String::new() }),
                    None => Ok(()),
                }
            });
            if let Some(shape) = shape {
                return Err(Refusal::Shape(LoadError::WrongShape(shape.into())));
            }
            read?;
            if let Some(studies) = studies {
                loader.report.snapshot = snapshot.and_then(|s| from_text(s).ok());
                Ok(listed(studies))
            } else if protocol_section {
                Ok(vec![Item::Record(text.trim(), Position::TheStudy)])
            } else {
                Err(Refusal::Shape(LoadError::WrongShape(
                    "an object without \"studies\" or \"protocolSection\"".into(),
                )))
            }
        }
        _ => Err(Refusal::Shape(LoadError::WrongShape(format!("a single {}", kind_of(text))))),
    }
}

/// The text of each element of the list that comes next.
fn elements<'a>(reader: &mut Reader<'a>) -> Result<Vec<&'a str>, JsonError> {
    let mut items = Vec::new();
    reader.array(&mut |reader| {
        items.push(reader.raw()?);
        Ok(())
    })?;
    Ok(items)
}

/// JSON Lines where some lines are broken: each line is read on its own.
fn json_lines(text: &str) -> Vec<Item<'_>> {
    let mut items = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let position = Position::Line(index);
        let mut reader = Reader::new(line);
        items.push(match reader.raw().and_then(|value| reader.end().map(|()| value)) {
            Ok(value) => Item::Record(value, position),
            Err(error) => Item::Broken(position, format!("not valid JSON ({error})")),
        });
    }
    items
}

fn not_json(refusal: &Refusal, text: &str) -> LoadError {
    match refusal {
        Refusal::Json(error) => {
            let (line, column) = error.line_column(text);
            LoadError::NotJson { line, column, detail: error.to_string() }
        }
        Refusal::Shape(error) => error.clone(),
    }
}

#[derive(Default)]
struct Loader {
    report: LoadReport,
    seen: HashSet<String>,
}

impl Loader {
    /// Converts one record (already known to be valid JSON), or skips it with the reason.
    fn record(&mut self, text: &str, position: Position) {
        if first_char(text) != '{' {
            return self.skip(position.describe(), format!("it is a {}, not a study object", kind_of(text)));
        }
        match from_text::<WireStudy>(text) {
            Ok(wire) => self.wire(wire, text, position),
            Err(error) => self.wrong_type(&error, text, position),
        }
    }

    /// Like [`Loader::record`] for a record the fast path found by its brackets alone: text
    /// that is not valid JSON makes the whole file go the careful way.
    fn record_strict(&mut self, text: &str, position: Position) -> Result<(), Unsure> {
        if first_char(text) != '{' {
            is_json(text).then_some(()).ok_or(Unsure)?;
            self.record(text, position);
            return Ok(());
        }
        match from_text::<WireStudy>(text) {
            Ok(wire) => self.wire(wire, text, position),
            Err(error) => {
                is_json(text).then_some(()).ok_or(Unsure)?;
                self.wrong_type(&error, text, position);
            }
        }
        Ok(())
    }

    fn wrong_type(&mut self, error: &JsonError, text: &str, position: Position) {
        let reason = format!("a field has the wrong type ({error})");
        self.skip(name(text, position), reason)
    }

    fn wire(&mut self, wire: WireStudy, text: &str, position: Position) {
        match trial_from_wire(wire) {
            Ok(trial) if !self.seen.insert(trial.id.clone()) => {
                let id = trial.id;
                self.skip(id, "the same ID appears earlier in the file; the first one is kept".into())
            }
            Ok(trial) => self.report.trials.push(trial),
            Err(reason) => self.skip(name(text, position), reason),
        }
    }

    fn skip(&mut self, record: String, reason: String) {
        self.report.skipped.push(Skipped { record, reason });
    }
}

/// A record's NCT ID if it has one, else its position.
fn name(text: &str, position: Position) -> String {
    nct_id(text).unwrap_or_else(|| position.describe())
}

/// Just the `protocolSection.identificationModule.nctId` of a record whose other fields may
/// not read.
fn nct_id(text: &str) -> Option<String> {
    let mut id = None;
    let mut reader = Reader::new(text);
    reader
        .object(&mut |reader, key| {
            if key != "protocolSection" {
                return reader.skip();
            }
            reader.object(&mut |reader, key| {
                if key != "identificationModule" {
                    return reader.skip();
                }
                reader.object(&mut |reader, key| {
                    if key != "nctId" {
                        return reader.skip();
                    }
                    id = Some(reader.string()?.into_owned());
                    Ok(())
                })
            })
        })
        .ok()?;
    id
}

fn first_char(text: &str) -> char {
    text.trim_start().chars().next().unwrap_or(' ')
}

fn kind_of(text: &str) -> &'static str {
    match first_char(text) {
        '{' => "object",
        '[' => "list",
        '"' => "string",
        't' | 'f' => "true/false value",
        'n' => "null",
        _ => "number",
    }
}
