//! The in-browser benchmark: serves the release bundle in dist/ on 127.0.0.1, loads generated
//! trial files (1,000 and 10,000 by default) into headless Chromium through the page's own
//! file input, reads the page's performance marks (fetch, parse, index, first match, re-match
//! after an answer changes), the longest task while loading and the wasm memory, takes the
//! median of several runs, times the same matching natively, and prints PASS or FAIL for each
//! budget of the performance issue. It then opens the page on a deployment's snapshot of
//! 3,000 trials of real size with the CPU slowed 4× and a 4G-like network, and times it to the
//! first results (see `browser/first_results.rs`). Exits with 1 when a budget fails.
//!
//! Run it with `scripts/bench-browser` (which builds the bundle first), or
//! `cargo bench --bench browser -- [--runs N] [--sizes 1000,10000] [--snapshot-trials 3000]` after
//! `trunk build --release`.

// The benchmark drives Chromium from the host, reusing the end-to-end harness.
#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/e2e/browser.rs"]
#[allow(dead_code)]
mod browser;
#[cfg(not(target_arch = "wasm32"))]
#[path = "browser/first_results.rs"]
mod first_results;
#[cfg(not(target_arch = "wasm32"))]
#[path = "browser/run.rs"]
mod run;
#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/e2e/server.rs"]
#[allow(dead_code)]
mod server;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    run::main();
}

/// There is nothing to run inside WebAssembly; `cargo clippy --target wasm32 --all-targets`
/// still builds this target.
#[cfg(target_arch = "wasm32")]
fn main() {}
