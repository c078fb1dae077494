//! The only module that touches browser storage — and only after the person ticks "Remember
//! my answers on this device". What is stored is one answers document with its version, the
//! file of trials the person chose (in the browser's cache storage, which holds files of tens of
//! megabytes), and what the last visits showed (see `trialmatch_core::visits`).

use std::cell::RefCell;

use serde::{Deserialize, Serialize};
use trialmatch_core::answers::{read_stored, Answers, Stored};
use trialmatch_core::visits::Visit;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The key of the answers document.
const KEY: &str = "trialmatch.answers.v1";

/// The key of the chosen file's name and date; its bytes are in [`FILE_CACHE`].
const FILE_KEY: &str = "trialmatch.file.v1";

/// The cache holding the chosen file. The service worker deletes only its own caches.
const FILE_CACHE: &str = "trialmatch-chosen-file";

/// The address the chosen file is kept under (never fetched: it only names the entry).
const FILE_ENTRY: &str = "/trialmatch-chosen-file/trials.json";

/// The chosen file's name and date, kept beside its bytes.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct KeptFile {
    pub name: String,
    pub date: Option<String>,
}

/// The key of what the last visits showed ([`Visits`]).
const VISITS_KEY: &str = "trialmatch.visits.v1";

/// What the page keeps of earlier visits: the visit to compare with, and the latest.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Visits {
    pub baseline: Option<Visit>,
    pub latest: Visit,
}

/// What the last visits showed, when answers are remembered and the record reads.
pub fn load_visits() -> Option<Visits> {
    if !remembering() {
        return None;
    }
    serde_json::from_str(&local()?.get_item(VISITS_KEY).ok()??).ok()
}

/// Keeps what this visit showed (only called while answers are remembered). A browser that
/// refuses loses only the next visit's list of changes.
pub fn save_visits(visits: &Visits) {
    if let (Some(storage), Ok(text)) = (local(), serde_json::to_string(visits)) {
        let _ = storage.set_item(VISITS_KEY, &text);
    }
}

thread_local! {
    /// The file of the trials on the page, when the person chose one: kept on the device when
    /// "remember" is ticked, now or later.
    static CHOSEN: RefCell<Option<(web_sys::File, KeptFile)>> = const { RefCell::new(None) };
}

/// Storage through web-sys rather than gloo-storage: gloo's `raw()` throws when a browser
/// blocks storage (private modes, some embedded views), and a page that cannot store must
/// still work.
fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// What this device holds for the page: nothing, answers to restore, or a reason to ignore it.
pub fn load() -> Stored {
    let text = local().and_then(|s| s.get_item(KEY).ok().flatten());
    read_stored(text.as_deref())
}

/// Keeps the answers document on this device (only called when the person opted in).
pub fn save(answers: &Answers) -> Result<(), String> {
    let storage = local().ok_or("This browser does not allow the page to save anything.")?;
    storage
        .set_item(KEY, &answers.to_json())
        .map_err(|_| "The browser refused to save the answers.".to_owned())
}

/// Erases everything the page stored: its answers, the chosen file, what the last visits
/// showed, and anything else in this origin's local and session storage.
pub fn forget() {
    if let Some(storage) = local() {
        let _ = storage.remove_item(KEY);
        let _ = storage.clear();
    }
    if let Some(session) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = session.clear();
    }
    delete_kept_file();
}

/// Whether the person's answers are being remembered (the answers are saved on every change
/// while the box is ticked, and erased when it is unticked).
pub fn remembering() -> bool {
    local().and_then(|s| s.get_item(KEY).ok().flatten()).is_some()
}

/// The person chose `file` and its trials are on the page: kept on the device now if answers
/// are remembered, or later if the box is ticked while they are still on the page.
pub async fn chose(file: web_sys::File, kept: KeptFile) {
    CHOSEN.with(|chosen| *chosen.borrow_mut() = Some((file, kept)));
    if remembering() {
        keep_chosen().await;
    }
}

/// Trials from elsewhere replaced the chosen file's: it is no longer kept.
pub fn unchoose() {
    CHOSEN.with(|chosen| *chosen.borrow_mut() = None);
    delete_kept_file();
}

/// Keeps the chosen file (if any) on the device, for the next visit.
pub async fn keep_chosen() {
    let Some((file, kept)) = CHOSEN.with(|chosen| chosen.borrow().clone()) else {
        return;
    };
    let stored = async {
        let cache = open_cache().await?;
        let response = web_sys::Response::new_with_opt_blob(Some(&file)).ok()?;
        JsFuture::from(cache.put_with_str(FILE_ENTRY, &response)).await.ok()?;
        let text = serde_json::to_string(&kept).ok()?;
        local()?.set_item(FILE_KEY, &text).ok()
    };
    // A browser that refuses to keep it still shows the trials now; only the next visit differs.
    let _ = stored.await;
}

/// The file kept at the last visit, with its bytes, when answers are remembered.
pub async fn kept_file() -> Option<(KeptFile, Vec<u8>)> {
    if !remembering() {
        return None;
    }
    let kept: KeptFile = serde_json::from_str(&local()?.get_item(FILE_KEY).ok()??).ok()?;
    let cache = open_cache().await?;
    let found = JsFuture::from(cache.match_with_str(FILE_ENTRY)).await.ok()?;
    let response: web_sys::Response = found.dyn_into().ok()?;
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some((kept, js_sys::Uint8Array::new(&buffer).to_vec()))
}

async fn open_cache() -> Option<web_sys::Cache> {
    let caches = web_sys::window()?.caches().ok()?;
    JsFuture::from(caches.open(FILE_CACHE)).await.ok()?.dyn_into().ok()
}

fn delete_kept_file() {
    if let Some(storage) = local() {
        let _ = storage.remove_item(FILE_KEY);
    }
    if let Some(caches) = web_sys::window().and_then(|w| w.caches().ok()) {
        // The deletion finishes on its own; nothing waits for it.
        let _ = caches.delete(FILE_CACHE);
    }
}
