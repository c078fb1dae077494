//! The only module that touches browser storage — and only after the person ticks "Remember
//! my answers on this device". What is stored is one answers document with its version.

use trialmatch_core::answers::{read_stored, Answers, Stored};

/// The one key this page writes.
const KEY: &str = "trialmatch.answers.v1";

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

/// Erases everything the page stored: its answers, and anything else in this origin's local
/// and session storage.
pub fn forget() {
    if let Some(storage) = local() {
        let _ = storage.remove_item(KEY);
        let _ = storage.clear();
    }
    if let Some(session) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = session.clear();
    }
}
