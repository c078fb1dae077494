//! What changed since the person's last visit: the page keeps (only when the person asked to
//! be remembered) a small record of the trials it showed — each trial's status and last update,
//! and the sites of the trials that fitted the person — and on a visit with newer trial data it
//! lists new trials that fit, status changes, and new sites near the person. The comparison is
//! here, pure; the page stores and shows it.

use serde::{Deserialize, Serialize};

use crate::geo::distance_km;
use crate::matching::{TrialMatch, Verdict};
use crate::registry::{Site, Status, Trial};

/// What one visit showed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Visit {
    /// The day of the visit on the device (YYYY-MM-DD).
    pub date: String,
    /// The day the trial data was downloaded (YYYY-MM-DD): a later visit compares only when its
    /// data is newer.
    pub data_date: String,
    pub trials: Vec<SeenTrial>,
}

/// One trial as a visit showed it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeenTrial {
    pub id: String,
    /// The registry's spelling of its status.
    pub status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    /// The sites, as [`site_key`]s, of a trial that was likely or possible for the person;
    /// `None` for the others (which keeps the record small: thousands of trials have tens of
    /// thousands of sites).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sites: Option<Vec<String>>,
}

/// What changed between a visit and now, for the person's current answers. Indexes are into
/// the current trials.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Changes {
    /// The day of the previous visit.
    pub since: String,
    /// The day the previous visit's trials were downloaded.
    pub since_data: String,
    /// Trials the previous visit did not have that are likely or possible now.
    pub new_trials: Vec<usize>,
    /// Trials likely or possible now whose recruitment status changed.
    pub status_changes: Vec<StatusChange>,
    /// Sites near the person that a trial likely or possible now (and then) did not list before:
    /// `(trial, site)`.
    pub new_sites: Vec<(usize, usize)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StatusChange {
    pub trial: usize,
    pub before: Status,
    pub now: Status,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.new_trials.is_empty() && self.status_changes.is_empty() && self.new_sites.is_empty()
    }
}

/// A site's name for comparing visits: facility, city and country, as the registry writes them.
pub fn site_key(site: &Site) -> String {
    let part = |text: &Option<String>| text.as_deref().unwrap_or("").trim().to_lowercase();
    format!("{}|{}|{}", part(&site.facility), part(&site.city), part(&site.country))
}

fn fits(found: &TrialMatch) -> bool {
    matches!(found.verdict, Verdict::Likely | Verdict::Possible)
}

/// The record of a visit showing `trials`, matched as `matches`.
pub fn record(trials: &[Trial], matches: &[TrialMatch], date: &str, data_date: &str) -> Visit {
    let mut fitting = vec![false; trials.len()];
    for found in matches.iter().filter(|m| fits(m)) {
        if let Some(slot) = fitting.get_mut(found.index) {
            *slot = true;
        }
    }
    let trials = trials
        .iter()
        .zip(fitting)
        .map(|(trial, fits)| SeenTrial {
            id: trial.id.clone(),
            status: trial.status.as_wire().to_owned(),
            updated: trial.last_update.clone(),
            sites: fits.then(|| trial.locations.iter().map(site_key).collect()),
        })
        .collect();
    Visit { date: date.to_owned(), data_date: data_date.to_owned(), trials }
}

/// What changed since `previous` for a person whose current matches are `matches`; sites count
/// as near when within `within_km` of `here` (no location, no site changes).
pub fn compare(
    previous: &Visit,
    trials: &[Trial],
    matches: &[TrialMatch],
    here: Option<(f64, f64)>,
    within_km: f64,
) -> Changes {
    let before: std::collections::HashMap<&str, &SeenTrial> =
        previous.trials.iter().map(|seen| (seen.id.as_str(), seen)).collect();
    let mut changes = Changes {
        since: previous.date.clone(),
        since_data: previous.data_date.clone(),
        ..Changes::default()
    };
    for found in matches.iter().filter(|m| fits(m)) {
        let Some(trial) = trials.get(found.index) else { continue };
        let Some(seen) = before.get(trial.id.as_str()) else {
            changes.new_trials.push(found.index);
            continue;
        };
        let was = Status::from_wire(&seen.status);
        if was != trial.status {
            changes.status_changes.push(StatusChange {
                trial: found.index,
                before: was,
                now: trial.status.clone(),
            });
        }
        if let (Some(here), Some(old_sites)) = (here, &seen.sites) {
            for (index, site) in trial.locations.iter().enumerate() {
                let near = site.geo.is_some_and(|geo| distance_km(here, geo) <= within_km);
                if near && !old_sites.contains(&site_key(site)) {
                    changes.new_sites.push((found.index, index));
                }
            }
        }
    }
    changes
}

/// What to keep after a visit with data of `current.data_date`, and the visit to compare with:
/// the stored `(baseline, latest)` move on when the data is newer, so the changes stay on show
/// for every visit until newer data comes; data older than the latest changes nothing.
pub fn next(stored: Option<(Option<Visit>, Visit)>, current: Visit) -> (Option<Visit>, Visit) {
    match stored {
        None => (None, current),
        // The same data again: the record is refreshed (the answers, and so the trials that
        // fit, may have changed), the visit to compare with stays.
        Some((baseline, latest)) if latest.data_date == current.data_date => {
            (baseline, Visit { date: latest.date, ..current })
        }
        Some((_, latest)) if latest.data_date < current.data_date => (Some(latest), current),
        Some(kept) => kept,
    }
}

#[cfg(test)]
mod tests;
