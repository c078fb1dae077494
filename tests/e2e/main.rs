//! End-to-end tests: the built `dist/` served on 127.0.0.1, driven in headless Chromium.
//! Run after `trunk build --release` (scripts/test does both).
#![cfg(not(target_arch = "wasm32"))]

mod accessibility;
mod answers_live;
mod browser;
mod changes;
mod file_load;
mod flows;
mod hostile_text;
mod live_fallback;
mod location;
mod many_trials;
mod navigation;
mod offline;
mod page_load;
mod phone;
mod print_view;
mod privacy;
mod report;
mod screenshots;
mod server;
mod share_link;
mod snapshot;
mod storage;
mod trial_page;

use std::path::PathBuf;

/// The release bundle the tests serve.
pub fn dist() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist")
}

/// How many trials the bundled example file holds, read with the engine itself.
pub fn example_count() -> usize {
    let bytes =
        std::fs::read(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/example-trials.json")).unwrap();
    trialmatch_core::registry::load(&bytes).unwrap().trials.len()
}
