//! The leukemia trial matcher as a client-side Leptos app. Components render state; the
//! engine (`trialmatch-core`) does all matching; `data` is the only module that fetches and
//! `storage` the only one that stores (and only when the person opts in).

mod app;
pub mod components;
pub mod data;
pub mod device;
pub mod fill;
pub mod filters;
pub mod format;
pub mod loader;
pub mod markers;
pub mod pacing;
pub mod pages;
pub mod panic_screen;
pub mod pdf;
pub mod perf;
pub mod share;
pub mod state;
pub mod storage;

pub use app::App;
