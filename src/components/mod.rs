//! The page's components, one per file.

pub mod diagnosis_step;
pub mod header;
pub mod trial_data_status;
