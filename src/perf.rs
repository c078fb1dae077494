//! Performance marks for the browser benchmark: each stage of a load (fetch, parse, index,
//! first match) and every re-match after an answer changes is recorded as a `performance`
//! measure named `tm:<stage>`, which `benches/browser.rs` reads. The marks stay in this tab;
//! nothing is sent anywhere.

/// A stage being timed; [`Stage::end`] records it.
#[derive(Debug)]
pub struct Stage(&'static str);

impl Stage {
    /// Starts timing `name` (one of "fetch", "parse", "index", "first-match", "re-match").
    pub fn start(name: &'static str) -> Stage {
        mark(&format!("tm:{name}:start"));
        Stage(name)
    }

    /// Records the stage as the measure `tm:<name>`.
    pub fn end(self) {
        let name = self.0;
        mark(&format!("tm:{name}:end"));
        if let Some(performance) = performance() {
            let (start, end) = (format!("tm:{name}:start"), format!("tm:{name}:end"));
            let _ = performance.measure_with_start_mark_and_end_mark(&format!("tm:{name}"), &start, &end);
            // The measure keeps the figure; the two marks would only pile up click after click.
            performance.clear_marks_with_mark_name(&start);
            performance.clear_marks_with_mark_name(&end);
        }
    }
}

/// Milliseconds since the page started, for pacing long work.
pub fn now() -> f64 {
    performance().map_or(0.0, |p| p.now())
}

fn performance() -> Option<web_sys::Performance> {
    web_sys::window().and_then(|w| w.performance())
}

fn mark(name: &str) {
    if let Some(performance) = performance() {
        let _ = performance.mark(name);
    }
}
