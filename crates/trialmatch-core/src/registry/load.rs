//! Reads a file of ClinicalTrials.gov records in any of the shapes people have: an API page
//! (`{"studies": [...]}`, which is also our snapshot format), a JSON array (the website's
//! download), a single study, or JSON Lines. One bad record is skipped with a reason; only a
//! file that is not JSON at all, or holds no study records, fails as a whole.

use std::collections::HashSet;
use std::fmt;

use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::convert::trial_from_wire;
use super::model::Trial;
use super::split::{Next, Splitter};
use super::wire::WireStudy;

/// Files larger than this are refused before parsing: on a phone, a bigger file would freeze
/// the page for many seconds, and no leukemia snapshot comes near it.
pub const MAX_FILE_BYTES: usize = 40 * 1024 * 1024;

/// The largest snapshot bundled with the page that it reads (see [`start_with_limit`]).
pub const MAX_SNAPSHOT_BYTES: usize = 160 * 1024 * 1024;

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
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    NotUtf8 {
        offset: usize,
    },
    NotJson {
        line: usize,
        column: usize,
        detail: String,
    },
    /// Not JSON, and recognisably another format (a CSV export, an XML download, a web page).
    OtherFormat(&'static str),
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
            LoadError::OtherFormat(what) => write!(
                f,
                "The file looks like {what}, not JSON. This page reads the JSON download: on ClinicalTrials.gov, search, choose Download, then the JSON file format."
            ),
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
    sniff(bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes))?;
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
    start_with_limit(bytes, MAX_FILE_BYTES)
}

/// [`start`] with another size limit: the snapshot a deployment bundles with the page is made
/// for it (`trialmatch sync`) and is read a slice at a time, so it may be larger than the files
/// a person chooses.
pub fn start_with_limit(bytes: &[u8], limit: usize) -> Result<Loading<'_>, LoadError> {
    if bytes.len() > limit {
        return Err(LoadError::TooLarge { bytes: bytes.len(), limit });
    }
    let body = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    sniff(body)?;
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

/// Refuses, with a sentence naming it, a file that is recognisably not JSON: one starting with
/// `<` (an XML download or a saved web page), or whose first line is a row of comma- or
/// tab-separated fields (a CSV or spreadsheet export). Anything else goes to the JSON reader,
/// which names the place of any error.
fn sniff(body: &[u8]) -> Result<(), LoadError> {
    let text = body.trim_ascii_start();
    match text.first() {
        Some(b'<') => Err(LoadError::OtherFormat("an XML file or a saved web page")),
        Some(b'{' | b'[' | b'"') | None => Ok(()),
        Some(_) => {
            let first_line = text.split(|b| *b == b'\n').next().unwrap_or_default();
            let fields = first_line.iter().filter(|b| matches!(b, b',' | b'\t')).count();
            if fields >= 1 {
                Err(LoadError::OtherFormat("a CSV or spreadsheet export"))
            } else {
                Ok(())
            }
        }
    }
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
pub(super) enum Position {
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
pub(super) struct Unsure;

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
                            loader.end_of(splitter)?;
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
        let items = split_general(text, &mut self.loader).map_err(|error| not_json(&error))?;
        self.mode = Mode::Listed { items, next: 0 };
        Ok(())
    }
}

/// The `nextPageToken` of an API page, if it has one: where the next page of a search starts.
pub fn next_page_token(bytes: &[u8]) -> Option<String> {
    #[derive(Deserialize)]
    struct Page {
        #[serde(rename = "nextPageToken")]
        next_page_token: Option<String>,
    }
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let page: Page = serde_json::from_slice(bytes).ok()?;
    page.next_page_token.filter(|t| !t.is_empty())
}

/// The text of a value the fast path skipped over, if it is valid JSON.
fn valid_json(raw: &[u8]) -> Result<&str, Unsure> {
    let text = std::str::from_utf8(raw).map_err(|_| Unsure)?;
    is_json(text).then_some(text).ok_or(Unsure)
}

fn is_json(text: &str) -> bool {
    serde_json::from_str::<IgnoredAny>(text).is_ok()
}

fn listed<'a>(values: Vec<&'a RawValue>) -> Vec<Item<'a>> {
    values
        .into_iter()
        .enumerate()
        .map(|(index, value)| Item::Record(value.get(), Position::Record(index)))
        .collect()
}

/// Why the careful path refused a whole file: a JSON error or a sentence about its shape.
enum Refusal {
    Json(serde_json::Error),
    Shape(LoadError),
}

impl From<serde_json::Error> for Refusal {
    fn from(error: serde_json::Error) -> Self {
        Refusal::Json(error)
    }
}

/// Every accepted shape, with a sentence for the ones that are not.
fn split_general<'a>(text: &'a str, loader: &mut Loader) -> Result<Vec<Item<'a>>, Refusal> {
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
        (Some(error), 0) => Err(Refusal::Json(error)),
        (Some(_), _) => Ok(json_lines(text)),
        (None, 1) => top_level(text, loader),
        (None, _) => Ok(listed(values)),
    }
}

/// The members of an API page (or snapshot) that the loader looks at.
#[derive(Deserialize)]
struct PageShape<'a> {
    #[serde(borrow)]
    studies: Option<Vec<&'a RawValue>>,
    #[serde(rename = "protocolSection")]
    protocol_section: Option<IgnoredAny>,
    #[serde(borrow)]
    snapshot: Option<&'a RawValue>,
}

/// The one value of a file: an API page, a list of records, or a single record.
fn top_level<'a>(text: &'a str, loader: &mut Loader) -> Result<Vec<Item<'a>>, Refusal> {
    match first_char(text) {
        '[' => Ok(listed(serde_json::from_str(text)?)),
        '{' => {
            let mut deserializer = serde_json::Deserializer::from_str(text);
            let page: PageShape = match serde_path_to_error::deserialize(&mut deserializer) {
                Ok(page) => page,
                Err(error) => {
                    let studies = error.path().to_string() == "studies";
                    let error = error.into_inner();
                    let message = error.to_string();
                    return Err(match error.classify() {
                        serde_json::error::Category::Data
                            if message.starts_with("duplicate field `studies`") =>
                        {
                            Refusal::Shape(LoadError::WrongShape("\"studies\" appears twice".into()))
                        }
                        serde_json::error::Category::Data if studies => {
                            Refusal::Shape(LoadError::WrongShape("\"studies\" is not a list".into()))
                        }
                        _ => Refusal::Json(error),
                    });
                }
            };
            if let Some(studies) = page.studies {
                loader.report.snapshot = page.snapshot.and_then(|s| serde_json::from_str(s.get()).ok());
                Ok(listed(studies))
            } else if page.protocol_section.is_some() {
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

/// JSON Lines where some lines are broken: each line is read on its own.
fn json_lines(text: &str) -> Vec<Item<'_>> {
    let mut items = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let position = Position::Line(index);
        items.push(match serde_json::from_str::<&RawValue>(line) {
            Ok(value) => Item::Record(value.get(), position),
            Err(error) => Item::Broken(position, format!("not valid JSON ({})", without_place(&error))),
        });
    }
    items
}

fn not_json(refusal: &Refusal) -> LoadError {
    match refusal {
        Refusal::Json(error) => {
            LoadError::NotJson { line: error.line(), column: error.column(), detail: without_place(error) }
        }
        Refusal::Shape(error) => error.clone(),
    }
}

/// A JSON error's message in plain words, without the " at line L column C" that serde_json
/// appends (the sentences give the place their own way).
fn without_place(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let message = message.rfind(" at line ").map_or(message.as_str(), |at| &message[..at]);
    if error.is_eof() {
        return "the text ends too soon; the file may be incomplete".to_owned();
    }
    match message {
        "expected value" | "expected ident" => "expected a value".to_owned(),
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            "a control character inside a string".to_owned()
        }
        other => other.to_owned(),
    }
}

#[derive(Default)]
pub(super) struct Loader {
    pub(super) report: LoadReport,
    seen: HashSet<String>,
}

impl Loader {
    /// Converts one record (already known to be valid JSON), or skips it with the reason.
    fn record(&mut self, text: &str, position: Position) {
        if first_char(text) != '{' {
            return self.skip(position.describe(), format!("it is a {}, not a study object", kind_of(text)));
        }
        match read_record(text) {
            Ok(wire) => self.wire(wire, text, position),
            Err(error) => self.wrong_type(&error, text, position),
        }
    }

    /// Like [`Loader::record`] for a record the fast path found by its brackets alone: text
    /// that is not valid JSON makes the whole file go the careful way.
    pub(super) fn record_strict(&mut self, text: &str, position: Position) -> Result<(), Unsure> {
        if first_char(text) != '{' {
            is_json(text).then_some(()).ok_or(Unsure)?;
            self.record(text, position);
            return Ok(());
        }
        match read_record(text) {
            Ok(wire) => self.wire(wire, text, position),
            Err(error) => {
                is_json(text).then_some(()).ok_or(Unsure)?;
                self.wrong_type(&error, text, position);
            }
        }
        Ok(())
    }

    fn wrong_type(
        &mut self,
        error: &serde_path_to_error::Error<serde_json::Error>,
        text: &str,
        position: Position,
    ) {
        let reason =
            format!("a field has the wrong type ({}: {})", error.path(), without_place(error.inner()));
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

    /// At the end of the records: the values the fast path skipped over must be valid JSON,
    /// and the snapshot header is read.
    pub(super) fn end_of(&mut self, splitter: &Splitter) -> Result<(), Unsure> {
        for other in splitter.others() {
            valid_json(other)?;
        }
        if let Some(snapshot) = splitter.snapshot() {
            let text = valid_json(snapshot)?;
            self.report.snapshot = serde_json::from_str(text).ok();
        }
        Ok(())
    }
}

/// A record's NCT ID if it has one, else its position.
fn name(text: &str, position: Position) -> String {
    nct_id(text).unwrap_or_else(|| position.describe())
}

/// A record rewritten with only the fields the engine and the page read (the wire types'
/// fields), for snapshots made to be bundled with the page: it loads to the same trial. `None`
/// when the record does not read.
pub fn trim_study(text: &str) -> Option<String> {
    read_record(text).ok().and_then(|study| serde_json::to_string(&study).ok())
}

/// One record as wire types; an error names the path of the field that did not read.
fn read_record(text: &str) -> Result<WireStudy, serde_path_to_error::Error<serde_json::Error>> {
    serde_path_to_error::deserialize(&mut serde_json::Deserializer::from_str(text))
}

/// Just the `protocolSection.identificationModule.nctId` of a record whose other fields may
/// not read.
fn nct_id(text: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct Record {
        #[serde(rename = "protocolSection")]
        protocol: Protocol,
    }
    #[derive(Deserialize)]
    struct Protocol {
        #[serde(rename = "identificationModule")]
        identification: Identification,
    }
    #[derive(Deserialize)]
    struct Identification {
        #[serde(rename = "nctId")]
        nct_id: String,
    }
    serde_json::from_str::<Record>(text).ok().map(|r| r.protocol.identification.nct_id)
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
