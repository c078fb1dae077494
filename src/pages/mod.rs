//! The page's routes, one component per file.

pub mod browse;
pub mod drug;
pub mod home;
pub mod learn;
pub mod not_found;
pub mod trial;
