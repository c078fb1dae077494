//! Long work (reading 10,000 records, reading their criteria) done in slices: after each
//! slice the page gets a turn to paint the progress and answer clicks, so no single task
//! blocks it for long.

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

/// Resolves on a later task (a `setTimeout(0)`), so the browser can paint and take input.
async fn next_turn() {
    gloo_timers::future::TimeoutFuture::new(0).await;
}
