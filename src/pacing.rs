//! Long work (reading 10,000 records, reading their criteria) done in slices: after each
//! slice the page gets a turn to paint the progress and answer clicks, so no single task
//! blocks it for long.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::perf;

/// How long one slice may run before the page gets its turn, in milliseconds. Well under the
/// 100 ms at which a page feels stuck, and long enough that the pauses cost little.
pub const SLICE_MS: f64 = 40.0;

/// Tells a loop when its slice is used up, and pauses it until the page has had a turn.
#[derive(Debug)]
pub struct Pacer {
    started: f64,
}

impl Default for Pacer {
    fn default() -> Pacer {
        Pacer::new()
    }
}

impl Pacer {
    pub fn new() -> Pacer {
        Pacer { started: perf::now() }
    }

    /// True when the current slice has run its time.
    pub fn due(&self) -> bool {
        perf::now() - self.started >= SLICE_MS
    }

    /// Lets the browser run (paint, handle input), then starts a new slice.
    pub async fn pause(&mut self) {
        next_turn().await;
        self.started = perf::now();
    }
}

/// Resolves on a later task: a `setTimeout(0)` wrapped in a promise.
async fn next_turn() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let scheduled = web_sys::window()
            .map(|w| w.set_timeout_with_callback(resolve.unchecked_ref()).is_ok())
            .unwrap_or(false);
        if !scheduled {
            // Without a window (never on the page) there is nothing to yield to.
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promise).await;
}
