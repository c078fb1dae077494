//! The only module that does IO: it fetches the bundled example trials and the table of places
//! (relative to the page, so hosting under a sub-path works), reads a file the person chose — on the device — and,
//! only when the person presses the button, downloads current trials from ClinicalTrials.gov
//! with a query made of condition words. No answer is ever part of a request.

use gloo_net::http::{Request, Response};
use trialmatch_core::registry::{self, LoadReport, Skipped, MAX_FILE_BYTES};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::pacing::Pacer;

/// The table of cities and US ZIP areas (`scripts/build-places`), relative to the page.
pub const PLACES_URL: &str = "data/places.tsv";

/// Where the example trials live, relative to the page.
pub const EXAMPLES_URL: &str = "data/example-trials.json";

/// Where a deployment puts its snapshot of current trials (`trialmatch sync`), relative to the
/// page. A page without one shows the examples.
pub const SNAPSHOT_URL: &str = "data/current-trials.json";

/// The registry's study search.
pub const LIVE_URL: &str = "https://clinicaltrials.gov/api/v2/studies";

/// The query: leukemia trials that recruit now or soon. Fixed words, never answers.
pub const LIVE_QUERY: [(&str, &str); 4] = [
    ("format", "json"),
    ("pageSize", "200"),
    ("query.cond", "leukemia"),
    ("filter.overallStatus", "RECRUITING,NOT_YET_RECRUITING"),
];

/// At most this many pages (of 200 studies) are downloaded.
pub const LIVE_MAX_PAGES: usize = 30;

/// Fetches the bundled example trials' file. Errors are sentences for the page.
pub async fn fetch_examples() -> Result<Vec<u8>, String> {
    match fetch_own(EXAMPLES_URL, "The example trials").await? {
        Some(bytes) => Ok(bytes),
        None => {
            Err("The example trials could not be downloaded (the server answered 404 Not Found).".to_owned())
        }
    }
}

/// Fetches the table of places the Location step looks typed cities and ZIP codes up in: a
/// fixed file of the page's own, so the request says nothing about what was typed.
pub async fn fetch_places() -> Result<String, String> {
    match fetch_own(PLACES_URL, "The list of places").await? {
        Some(bytes) => String::from_utf8(bytes).map_err(|_| "The list of places is damaged.".to_owned()),
        None => Err("The list of places is missing from this page (404 Not Found).".to_owned()),
    }
}

/// Starts downloading the deployment's snapshot of current trials: `Ok(None)` when the
/// deployment has none (the server answers 404), an error sentence when it has one that cannot
/// be fetched. The pieces are read as they arrive, so the first trials can be shown long before
/// a large snapshot has finished downloading.
pub async fn open_snapshot() -> Result<Option<Pieces>, String> {
    let what = "The current trials bundled with this page";
    let Some(response) = respond(SNAPSHOT_URL, what).await? else {
        return Ok(None);
    };
    let body =
        response.body().ok_or_else(|| format!("{what} could not be downloaded (the file is empty)."))?;
    Ok(Some(Pieces { reader: body.get_reader().unchecked_into() }))
}

/// A download read piece by piece, as the browser receives it.
pub struct Pieces {
    reader: web_sys::ReadableStreamDefaultReader,
}

impl Pieces {
    /// The next piece, or `None` once the whole file has arrived.
    pub async fn next(&mut self) -> Result<Option<Vec<u8>>, String> {
        let interrupted =
            || "The download of the current trials bundled with this page was interrupted.".to_owned();
        let result = JsFuture::from(self.reader.read()).await.map_err(|_| interrupted())?;
        let field = |name: &str| js_sys::Reflect::get(&result, &JsValue::from_str(name)).ok();
        if field("done").and_then(|done| done.as_bool()).unwrap_or(true) {
            return Ok(None);
        }
        let value = field("value").ok_or_else(interrupted)?;
        Ok(Some(js_sys::Uint8Array::new(&value).to_vec()))
    }
}

/// Fetches one of the page's own files; `Ok(None)` for a 404. `what` starts the error sentences.
async fn fetch_own(url: &str, what: &str) -> Result<Option<Vec<u8>>, String> {
    let Some(response) = respond(url, what).await? else {
        return Ok(None);
    };
    response.binary().await.map(Some).map_err(|e| format!("{what} could not be read ({e})."))
}

/// Asks for one of the page's own files: the response when it came, `Ok(None)` for a 404.
async fn respond(url: &str, what: &str) -> Result<Option<Response>, String> {
    let response =
        Request::get(url).send().await.map_err(|e| format!("{what} could not be downloaded ({e})."))?;
    if response.status() == 404 {
        return Ok(None);
    }
    if !response.ok() {
        return Err(format!(
            "{what} could not be downloaded (the server answered {} {}).",
            response.status(),
            response.status_text()
        ));
    }
    Ok(Some(response))
}

/// Reads a file the person chose or dropped into memory, entirely on the device. Files over
/// the engine's limit are refused before they are read.
pub async fn read_file(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let size = file.size();
    if size > MAX_FILE_BYTES as f64 {
        return Err(format!(
            "“{}” is {:.1} MB; this page reads files up to {} MB. Download fewer trials (for example only recruiting ones) and try again.",
            file.name(),
            size / 1_048_576.0,
            MAX_FILE_BYTES / 1_048_576
        ));
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| format!("“{}” could not be read from the device.", file.name()))?;
    // Copied into the page's memory 1 MB at a time, the copy growing as it goes, with a turn
    // for the page whenever the slice is used up: one copy of a 40 MB file was a task of up to
    // 165 ms, and zeroing the whole copy first took another 32–35 ms.
    let array = js_sys::Uint8Array::new(&buffer);
    let length = array.length() as usize;
    let mut bytes = Vec::with_capacity(length);
    let mut pacer = Pacer::new();
    while bytes.len() < length {
        let start = bytes.len();
        let end = (start + COPY_CHUNK).min(length);
        bytes.resize(end, 0);
        array.subarray(start as u32, end as u32).copy_to(&mut bytes[start..]);
        if pacer.due() {
            pacer.pause().await;
        }
    }
    Ok(bytes)
}

/// How much of a file is copied into the page's memory between checks of the slice time.
const COPY_CHUNK: usize = 1 << 20;

/// The date a file was last changed, as YYYY-MM-DD.
pub fn file_date(file: &web_sys::File) -> Option<String> {
    iso_date(file.last_modified())
}

/// Today's date on this device, as YYYY-MM-DD.
pub fn today() -> Option<String> {
    iso_date(js_sys::Date::now())
}

fn iso_date(millis: f64) -> Option<String> {
    let date = js_sys::Date::new(&millis.into());
    let text: String = date.to_iso_string().into();
    text.get(..10).map(str::to_owned)
}

/// Downloads current leukemia trials from ClinicalTrials.gov, page by page (up to
/// [`LIVE_MAX_PAGES`]), telling `progress` after each page. Records repeated on a later page
/// are skipped with a reason.
pub async fn fetch_live(progress: impl Fn(String)) -> Result<LoadReport, String> {
    let mut report = LoadReport::default();
    let mut seen = std::collections::HashSet::new();
    let mut token: Option<String> = None;
    for page in 1..=LIVE_MAX_PAGES {
        progress(format!(
            "Downloading page {page} from ClinicalTrials.gov ({} trials so far)…",
            report.trials.len()
        ));
        let mut request = Request::get(LIVE_URL).query(LIVE_QUERY);
        if let Some(token) = &token {
            request = request.query([("pageToken", token.as_str())]);
        }
        let response = request.send().await.map_err(|_| {
            "ClinicalTrials.gov could not be reached from this page (the browser blocked the request or there is no connection).".to_owned()
        })?;
        if !response.ok() {
            return Err(format!(
                "ClinicalTrials.gov answered {} {}.",
                response.status(),
                response.status_text()
            ));
        }
        let bytes = response
            .binary()
            .await
            .map_err(|_| "The download from ClinicalTrials.gov was interrupted.".to_owned())?;
        let next = registry::next_page_token(&bytes);
        let loaded = registry::load(&bytes)
            .map_err(|e| format!("ClinicalTrials.gov sent data this page could not read. {e}"))?;
        for trial in loaded.trials {
            if seen.insert(trial.id.clone()) {
                report.trials.push(trial);
            } else {
                report.skipped.push(Skipped {
                    record: trial.id,
                    reason: "it appeared on an earlier page; the first copy is kept".to_owned(),
                });
            }
        }
        report.skipped.extend(loaded.skipped);
        match next {
            Some(next) if page < LIVE_MAX_PAGES => token = Some(next),
            Some(_) => {
                report.skipped.push(Skipped {
                    record: "later pages".to_owned(),
                    reason: format!("the download stops after {LIVE_MAX_PAGES} pages to keep the page fast"),
                });
                break;
            }
            None => break,
        }
    }
    Ok(report)
}

/// The first file of a drop or a file input, if any.
pub fn first_file(list: Option<web_sys::FileList>) -> Option<web_sys::File> {
    list.and_then(|files| files.get(0))
}

/// The files of a drag-and-drop event.
pub fn dropped_files(event: &web_sys::DragEvent) -> Option<web_sys::FileList> {
    event.data_transfer().and_then(|d| d.files())
}

/// The files chosen in an `<input type=file>` that fired `event`.
pub fn input_files(event: &web_sys::Event) -> Option<web_sys::FileList> {
    event.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).and_then(|i| i.files())
}
