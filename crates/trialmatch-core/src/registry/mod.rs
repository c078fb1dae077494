//! The registry side of the engine: ClinicalTrials.gov wire types, the engine's compact trial
//! types, and the loader that turns one into the other with diagnostics.

mod arriving;
mod convert;
mod load;
mod model;
mod split;
pub mod wire;

pub use arriving::{Arrived, Arriving};
pub use load::{
    load, load_carefully, next_page_token, start, start_with_limit, trim_study, LoadError, LoadReport,
    Loading, Skipped, SnapshotInfo, MAX_FILE_BYTES, MAX_SNAPSHOT_BYTES,
};
pub use model::*;
