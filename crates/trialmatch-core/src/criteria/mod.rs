//! Sectioning: splits free-text eligibility criteria into inclusion and exclusion items,
//! keeping each item's original text (for quotes), its nesting and the cohort it belongs to.

mod headers;
mod split;

/// A step per pattern of the criteria splitter, for [`crate::reading::warm_up`]; on its own
/// for requirements read ahead, where the criteria are split but not read.
pub fn warm_up() -> Vec<fn()> {
    [headers::warm_header_patterns(), headers::warm_flat_patterns()].concat()
}

/// Every pattern the criteria splitter uses, for tests that check them all.
#[cfg(test)]
pub(crate) fn pattern_sources() -> Vec<(&'static str, String)> {
    [headers::header_patterns(), headers::flat_patterns()].concat()
}

pub use split::split_criteria;

use serde::{Deserialize, Serialize};

/// Which list an item is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Section {
    Inclusion,
    Exclusion,
    /// Text before any header, or criteria without headers: read as inclusion, never as a
    /// reason to rule out on its own.
    Unlabelled,
    /// Criteria for someone other than the patient (a donor): never read as the patient's.
    Others,
}

/// One criterion, as written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    pub section: Section,
    /// Index into [`Criteria::cohorts`] when the item sits under a cohort sub-header.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cohort: Option<u32>,
    /// The item this one is nested under.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<u32>,
    pub depth: u8,
    /// The item's text without its bullet; continuation lines joined with spaces.
    pub text: String,
}

/// A cohort sub-header ("Cohort A (AML):", "Part B only:", "For patients ≥ 60 years:").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cohort {
    pub label: String,
    pub section: Section,
}

/// Sectioned criteria.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Criteria {
    pub items: Vec<Item>,
    pub cohorts: Vec<Cohort>,
}
