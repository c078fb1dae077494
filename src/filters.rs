//! Result filters and sorting. They only decide what is *shown*: verdicts come from the
//! engine and never change here. Plain functions over the engine's values, so they are easy
//! to test and cheap to re-run.

use trialmatch_core::glossary::DrugClass;
use trialmatch_core::matching::{TrialMatch, Verdict};
use trialmatch_core::registry::{Phase, Status, StdAge, Trial};

use crate::state::Matched;

/// Which recruiting statuses to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StatusFilter {
    /// Recruiting, not yet recruiting, or enrolling by invitation.
    #[default]
    Open,
    Recruiting,
    NotYetRecruiting,
    All,
}

/// Adults, children, or anyone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AgeGroup {
    #[default]
    Any,
    Adults,
    Children,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    /// The engine's rank: likely first, then most requirements met.
    #[default]
    BestFit,
    Distance,
    LastUpdated,
}

/// Everything the filter bar can set.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Filters {
    pub status: StatusFilter,
    /// 1 to 4; early phase 1 counts as 1.
    pub phase: Option<u8>,
    /// Only applied when a location is set.
    pub max_km: Option<f64>,
    pub ages: AgeGroup,
    pub class: Option<DrugClass>,
    pub sort: SortBy,
}

impl StatusFilter {
    pub const ALL: [(StatusFilter, &'static str, &'static str); 4] = [
        (StatusFilter::Open, "open", "Recruiting or opening soon"),
        (StatusFilter::Recruiting, "recruiting", "Recruiting now"),
        (StatusFilter::NotYetRecruiting, "not-yet", "Not yet recruiting"),
        (StatusFilter::All, "all", "Any status"),
    ];

    fn keeps(self, status: &Status) -> bool {
        match self {
            StatusFilter::Open => status.is_open(),
            StatusFilter::Recruiting => *status == Status::Recruiting,
            StatusFilter::NotYetRecruiting => *status == Status::NotYetRecruiting,
            StatusFilter::All => true,
        }
    }
}

impl AgeGroup {
    pub const ALL: [(AgeGroup, &'static str, &'static str); 3] = [
        (AgeGroup::Any, "any", "Adults and children"),
        (AgeGroup::Adults, "adults", "Adults (18 and over)"),
        (AgeGroup::Children, "children", "Children (under 18)"),
    ];
}

impl SortBy {
    pub const ALL: [(SortBy, &'static str, &'static str); 3] = [
        (SortBy::BestFit, "fit", "Best fit"),
        (SortBy::Distance, "distance", "Nearest site"),
        (SortBy::LastUpdated, "updated", "Last updated"),
    ];
}

/// Whether a trial takes adults and/or children: its standard age groups when listed, else
/// its age limits (a missing limit takes everyone on that side).
pub fn age_groups(trial: &Trial) -> (bool, bool) {
    let std = &trial.eligibility.std_ages;
    if !std.is_empty() {
        let adults = std.iter().any(|a| matches!(a, StdAge::Adult | StdAge::OlderAdult));
        return (adults, std.contains(&StdAge::Child));
    }
    let adults = trial.eligibility.max_age.is_none_or(|a| a.years >= 18.0);
    let children = trial.eligibility.min_age.is_none_or(|a| a.years < 18.0);
    (adults, children)
}

/// The phase numbers of a trial (early phase 1 counts as 1).
pub fn phase_numbers(trial: &Trial) -> Vec<u8> {
    trial
        .phases
        .iter()
        .filter_map(|p| match p {
            Phase::EarlyPhase1 | Phase::Phase1 => Some(1),
            Phase::Phase2 => Some(2),
            Phase::Phase3 => Some(3),
            Phase::Phase4 => Some(4),
            _ => None,
        })
        .collect()
}

impl Filters {
    /// Whether a trial passes the filters. `km` is the distance to its nearest site;
    /// `located` says whether the person set a location at all.
    pub fn keeps(&self, trial: &Trial, classes: &[DrugClass], km: Option<f64>, located: bool) -> bool {
        if !self.status.keeps(&trial.status) {
            return false;
        }
        if let Some(phase) = self.phase {
            if !phase_numbers(trial).contains(&phase) {
                return false;
            }
        }
        if let (Some(max), true) = (self.max_km, located) {
            if km.is_none_or(|km| km > max) {
                return false;
            }
        }
        let (adults, children) = age_groups(trial);
        match self.ages {
            AgeGroup::Adults if !adults => return false,
            AgeGroup::Children if !children => return false,
            _ => {}
        }
        if let Some(class) = self.class {
            if !classes.contains(&class) {
                return false;
            }
        }
        true
    }
}

/// The positions (in `matched.matches`) of one verdict's matches that pass the filters, in
/// the chosen order, plus how many of that verdict the filters hid.
pub fn visible(filters: &Filters, matched: &Matched, verdict: Verdict, located: bool) -> (Vec<usize>, usize) {
    let trials = matched.data.catalog.trials();
    let matches: &[TrialMatch] = &matched.matches;
    let km = |position: usize| matched.nearest[matches[position].index].map(|(_, km)| km);
    let mut hidden = 0;
    let mut shown: Vec<usize> = (0..matches.len())
        .filter(|&p| matches[p].verdict == verdict)
        .filter(|&p| {
            let index = matches[p].index;
            let keep = filters.keeps(&trials[index], &matched.data.classes[index], km(p), located);
            hidden += usize::from(!keep);
            keep
        })
        .collect();
    match filters.sort {
        SortBy::BestFit => {}
        SortBy::Distance => shown.sort_by(|&a, &b| match (km(a), km(b)) {
            (Some(x), Some(y)) => x.total_cmp(&y),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        }),
        SortBy::LastUpdated => shown.sort_by(|&a, &b| {
            trials[matches[b].index].last_update.cmp(&trials[matches[a].index].last_update)
        }),
    }
    (shown, hidden)
}
