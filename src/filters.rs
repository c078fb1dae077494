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

/// The filter that hides a trial, so the page can say why trials are hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HiddenBy {
    Status,
    Phase,
    Distance,
    Ages,
    Class,
}

impl HiddenBy {
    pub const ALL: [HiddenBy; 5] =
        [HiddenBy::Status, HiddenBy::Phase, HiddenBy::Distance, HiddenBy::Ages, HiddenBy::Class];

    /// Why, in words that follow "it is" or "they are". The status words depend on the status
    /// chosen: under the default ("recruiting or opening soon") a hidden trial is closed.
    pub fn words(self, filters: &Filters) -> &'static str {
        match self {
            HiddenBy::Status if filters.status == StatusFilter::Open => {
                "closed to new patients (you cannot join it now)"
            }
            HiddenBy::Status => "of another status than the one chosen",
            HiddenBy::Phase => "in another phase than the one chosen",
            HiddenBy::Distance => "farther away than the distance chosen",
            HiddenBy::Ages => "for another age group than the one chosen",
            HiddenBy::Class => "testing another kind of treatment than the one chosen",
        }
    }
}

/// Why a group's trials are hidden: "1 trial is hidden by the filters: it is in another phase
/// than the one chosen." With several reasons, each is counted.
pub fn describe_hidden(hidden: &Hidden, filters: &Filters) -> String {
    let total = hidden.total();
    let reasons: Vec<(HiddenBy, usize)> = hidden.by_filter().collect();
    let head = if total == 1 {
        "1 trial is hidden by the filters:".to_owned()
    } else {
        format!("{total} trials are hidden by the filters:")
    };
    match reasons.as_slice() {
        [(by, _)] if total == 1 => format!("{head} it is {}.", by.words(filters)),
        [(by, _)] => format!("{head} they are {}.", by.words(filters).replace("join it", "join them")),
        _ => {
            let parts: Vec<String> = reasons
                .iter()
                .map(|(by, n)| format!("{n} {}", by.words(filters).replace(" (you cannot join it now)", "")))
                .collect();
            format!("{head} {}.", parts.join("; "))
        }
    }
}

/// How many trials of a group the filters hide, by the filter that hides each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Hidden(pub [usize; 5]);

impl Hidden {
    pub fn total(&self) -> usize {
        self.0.iter().sum()
    }

    /// Each filter that hides something, with how many it hides.
    pub fn by_filter(&self) -> impl Iterator<Item = (HiddenBy, usize)> + '_ {
        HiddenBy::ALL.into_iter().zip(self.0).filter(|(_, n)| *n > 0)
    }
}

impl Filters {
    /// The first filter that hides a trial, or `None` when it is shown. `km` is the distance
    /// to its nearest site; `located` says whether the person set a location at all.
    pub fn hides(
        &self,
        trial: &Trial,
        classes: &[DrugClass],
        km: Option<f64>,
        located: bool,
    ) -> Option<HiddenBy> {
        if !self.status.keeps(&trial.status) {
            return Some(HiddenBy::Status);
        }
        if self.phase.is_some_and(|phase| !phase_numbers(trial).contains(&phase)) {
            return Some(HiddenBy::Phase);
        }
        if let (Some(max), true) = (self.max_km, located) {
            if km.is_none_or(|km| km > max) {
                return Some(HiddenBy::Distance);
            }
        }
        let (adults, children) = age_groups(trial);
        match self.ages {
            AgeGroup::Adults if !adults => return Some(HiddenBy::Ages),
            AgeGroup::Children if !children => return Some(HiddenBy::Ages),
            _ => {}
        }
        if self.class.is_some_and(|class| !classes.contains(&class)) {
            return Some(HiddenBy::Class);
        }
        None
    }

    /// The same order with nothing filtered out: what "Show them" sets.
    pub fn showing_all(&self) -> Filters {
        Filters { status: StatusFilter::All, sort: self.sort, ..Filters::default() }
    }
}

/// The positions (in `matched.matches`) of one verdict's matches that pass the filters, in
/// the chosen order, plus how many of that verdict the filters hid, and why.
pub fn visible(
    filters: &Filters,
    matched: &Matched,
    verdict: Verdict,
    located: bool,
) -> (Vec<usize>, Hidden) {
    let trials = matched.data.catalog.trials();
    let matches: &[TrialMatch] = &matched.matches;
    let km = |position: usize| matched.nearest[matches[position].index].map(|(_, km)| km);
    let mut hidden = Hidden::default();
    let mut shown: Vec<usize> = (0..matches.len())
        .filter(|&p| matches[p].verdict == verdict)
        .filter(|&p| {
            let index = matches[p].index;
            match filters.hides(&trials[index], &matched.data.classes[index], km(p), located) {
                Some(by) => {
                    hidden.0[by as usize] += 1;
                    false
                }
                None => true,
            }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A one-study file in the registry's API v2 layout.
    fn trial(status: &str, phase: &str, min_age: &str) -> Trial {
        let json = format!(
            r#"{{"protocolSection":{{"identificationModule":{{"nctId":"NCT00000001","briefTitle":"T"}},
            "statusModule":{{"overallStatus":"{status}"}},"designModule":{{"phases":["{phase}"]}},
            "eligibilityModule":{{"minimumAge":"{min_age}"}}}}}}"#
        );
        let loaded = trialmatch_core::registry::load(json.as_bytes()).expect("the study loads");
        loaded.trials.into_iter().next().expect("one trial")
    }

    /// One row: its name, the filters, the trial, the distance to its nearest site, whether a
    /// location is set, and the filter expected to hide it.
    type Row<'a> = (&'a str, &'a Filters, &'a Trial, Option<f64>, bool, Option<HiddenBy>);

    #[test]
    fn the_first_filter_that_hides_a_trial_names_why() {
        let open = trial("RECRUITING", "PHASE2", "18 Years");
        let closed = trial("COMPLETED", "PHASE2", "18 Years");
        let child_phase1 = trial("RECRUITING", "PHASE1", "1 Year");
        let phase3 = Filters { phase: Some(3), ..Filters::default() };
        let near = Filters { max_km: Some(100.0), ..Filters::default() };
        let children = Filters { ages: AgeGroup::Children, ..Filters::default() };
        let targeted = Filters { class: Some(DrugClass::Chemotherapy), ..Filters::default() };
        let rows: [Row; 9] = [
            ("default shows an open trial", &Filters::default(), &open, None, false, None),
            (
                "default hides a closed trial",
                &Filters::default(),
                &closed,
                None,
                false,
                Some(HiddenBy::Status),
            ),
            ("status is named before phase", &phase3, &closed, None, false, Some(HiddenBy::Status)),
            ("another phase", &phase3, &open, None, false, Some(HiddenBy::Phase)),
            ("too far", &near, &open, Some(250.0), true, Some(HiddenBy::Distance)),
            ("no distance without a location", &near, &open, Some(250.0), false, None),
            ("adults only", &children, &open, None, false, Some(HiddenBy::Ages)),
            ("children kept", &children, &child_phase1, None, false, None),
            ("another class", &targeted, &open, None, false, Some(HiddenBy::Class)),
        ];
        for (name, filters, trial, km, located, expected) in rows {
            assert_eq!(filters.hides(trial, &[], km, located), expected, "{name}");
        }
        for (_, filters, trial, km, located, _) in rows {
            assert_eq!(
                filters.showing_all().hides(trial, &[], km, located),
                None,
                "showing all hides nothing"
            );
        }
    }
}
