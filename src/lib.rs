//! The leukemia trial matcher as a client-side Leptos app. Components render state; the
//! engine (`trialmatch-core`) does all matching; `data` is the only module that fetches.

mod app;
pub mod components;
pub mod data;
pub mod device;
pub mod filters;
pub mod format;
pub mod loader;
pub mod markers;
pub mod pages;
pub mod share;
pub mod state;

pub use app::App;
