//! Performance marks for the browser benchmark: each stage of a load (fetch, parse, index,
//! first match) and every re-match after an answer changes is recorded as a `performance`
//! measure named `tm:<stage>`, which `benches/browser.rs` reads. The marks stay in this tab;
//! nothing is sent anywhere.

use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `performance.measure(name, {start, end})`, which web-sys offers only behind its
    /// unstable-API flag.
    #[wasm_bindgen(catch, js_namespace = performance, js_name = measure)]
    fn measure_between(name: &str, options: &JsValue) -> Result<JsValue, JsValue>;
}

/// The options object of `performance.measure`.
#[derive(Serialize)]
struct Span {
    start: f64,
    end: f64,
}

/// A stage being timed; [`Stage::end`] records it.
#[derive(Debug)]
pub struct Stage {
    name: &'static str,
    start: f64,
}

impl Stage {
    /// Starts timing `name` (one of "fetch", "parse", "warm-up", "index", "first-match", "re-match").
    pub fn start(name: &'static str) -> Stage {
        Stage { name, start: now() }
    }

    /// Records the stage as the measure `tm:<name>`. Only the two clock readings fall inside
    /// the measure: creating the entry comes after the end is read, so a sub-millisecond stage
    /// is not inflated by its own bookkeeping (two `performance.mark` calls took 50–120 µs
    /// each right after a click).
    pub fn end(self) {
        let end = now();
        if let Ok(options) = serde_wasm_bindgen::to_value(&Span { start: self.start, end }) {
            let _ = measure_between(&format!("tm:{}", self.name), &options);
        }
    }
}

/// Marks a moment as `tm:<name>` (the first results on the page, for the benchmark's time from
/// opening the page to them).
pub fn mark(name: &str) {
    if let Some(performance) = performance() {
        let _ = performance.mark(&format!("tm:{name}"));
    }
}

/// Milliseconds since the page started, for pacing long work.
pub fn now() -> f64 {
    performance().map_or(0.0, |p| p.now())
}

fn performance() -> Option<web_sys::Performance> {
    web_sys::window().and_then(|w| w.performance())
}
