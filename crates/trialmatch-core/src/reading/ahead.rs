//! Requirements read ahead: `trialmatch sync` reads every trial's criteria once, when it
//! writes a snapshot, and stores what it read beside each record, so a phone opening the page
//! matches at once instead of compiling the reader's patterns and reading thousands of
//! criteria itself. They are used only by an engine built from the same code
//! ([`FINGERPRINT`]); any other reads the criteria as usual, with the same results.

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::{Reader, TrialRules, FINGERPRINT};
use crate::criteria::split_criteria;
use crate::registry::{self, Trial};

/// What is stored under the record's `trialmatch` key.
#[derive(Serialize)]
struct Written<'a> {
    reader: &'a str,
    rules: &'a TrialRules,
}

#[derive(Deserialize)]
struct Stored<'a> {
    #[serde(borrow)]
    reader: &'a str,
    rules: Box<RawValue>,
}

/// Writes records for a snapshot bundled with the page; one reader for all of them, so
/// criteria shared by several trials are read once.
#[derive(Debug, Default)]
pub struct AheadWriter {
    reader: Reader,
}

impl AheadWriter {
    pub fn new() -> AheadWriter {
        AheadWriter::default()
    }

    /// The record trimmed to what the engine and the page read (as [`registry::trim_study`]),
    /// with its requirements under `trialmatch`. `None` when the record does not load.
    pub fn study(&mut self, text: &str) -> Option<String> {
        let trimmed = registry::trim_study(text)?;
        let trial = registry::load(trimmed.as_bytes()).ok()?.trials.pop()?;
        let rules = self.reader.read_trial(&trial);
        let mut record: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&trimmed).ok()?;
        let written = serde_json::to_value(Written { reader: FINGERPRINT, rules: &rules }).ok()?;
        record.insert("trialmatch".to_owned(), written);
        serde_json::to_string(&record).ok()
    }
}

/// Whether stored requirements were written by this engine (without reading them).
pub fn is_ours(text: &str) -> bool {
    serde_json::from_str::<Stored>(text).is_ok_and(|stored| stored.reader == FINGERPRINT)
}

/// The requirements stored with `trial`'s record (`text`), when this engine wrote them and
/// they hold together with its criteria; `None` sends the caller back to reading the criteria.
pub fn stored_rules(text: &str, trial: &Trial) -> Option<TrialRules> {
    let stored: Stored = serde_json::from_str(text).ok()?;
    if stored.reader != FINGERPRINT {
        return None;
    }
    let mut rules: TrialRules = serde_json::from_str(stored.rules.get()).ok()?;
    rules.criteria = split_criteria(&trial.eligibility.criteria);
    rules.fits_together().then_some(rules)
}
