//! The engine's own compact trial types, built once at load time from the wire types.
//! Enum values the engine does not know are kept as `Other(String)` rather than rejected,
//! because the registry adds values over time and a trial must not vanish for that.

use serde::Serialize;

/// One trial, as the engine and the page use it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Trial {
    /// The NCT ID (or `EXAMPLE-…` for the bundled examples).
    pub id: String,
    pub brief_title: String,
    pub official_title: Option<String>,
    pub acronym: Option<String>,
    pub status: Status,
    pub phases: Vec<Phase>,
    pub study_type: Option<StudyType>,
    pub allocation: Option<Allocation>,
    pub enrollment: Option<u32>,
    pub start_date: Option<String>,
    pub last_update: Option<String>,
    pub conditions: Vec<String>,
    pub keywords: Vec<String>,
    pub mesh_terms: Vec<String>,
    pub interventions: Vec<Intervention>,
    pub arm_groups: Vec<ArmGroup>,
    pub eligibility: Eligibility,
    pub locations: Vec<Site>,
    pub central_contacts: Vec<Contact>,
    pub lead_sponsor: Option<String>,
    pub brief_summary: Option<String>,
    /// Requirements read ahead by `trialmatch sync`, as written in a snapshot; the catalog
    /// builder uses them instead of reading the criteria when the same engine wrote them.
    #[serde(skip)]
    pub read_ahead: Option<String>,
}

/// What the eligibility module says, with Markdown escapes already removed.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Eligibility {
    pub criteria: String,
    pub min_age: Option<Age>,
    pub max_age: Option<Age>,
    pub sex: Sex,
    pub healthy_volunteers: Option<bool>,
    pub std_ages: Vec<StdAge>,
}

/// An age limit as the registry writes it ("18 Years", "6 Months"), kept with its years value.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Age {
    pub years: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Intervention {
    pub kind: InterventionType,
    pub name: String,
    pub other_names: Vec<String>,
    pub description: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArmGroup {
    pub label: String,
    pub kind: Option<String>,
    pub description: Option<String>,
    pub interventions: Vec<String>,
}

/// A study site. Coordinates are optional because older records lack them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Site {
    pub facility: Option<String>,
    pub status: Option<Status>,
    pub city: Option<String>,
    pub state: Option<String>,
    pub zip: Option<String>,
    pub country: Option<String>,
    pub contacts: Vec<Contact>,
    pub geo: Option<(f64, f64)>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Contact {
    pub name: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

/// Generates a wire-string enum with an `Other` fallback, so the set of known values is one
/// table and the mapping cannot drift between parsing and printing.
macro_rules! wire_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $wire:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        pub enum $name {
            $($variant,)*
            Other(String),
        }

        impl $name {
            /// Reads a registry value; an unknown value is kept as `Other`.
            pub fn from_wire(value: &str) -> Self {
                match value.trim() {
                    $($wire => Self::$variant,)*
                    other => Self::Other(other.to_owned()),
                }
            }

            /// The registry's spelling of this value.
            pub fn as_wire(&self) -> &str {
                match self {
                    $(Self::$variant => $wire,)*
                    Self::Other(value) => value,
                }
            }
        }
    };
}

wire_enum! {
    /// Recruitment status of a study or a site.
    Status {
        Recruiting = "RECRUITING",
        NotYetRecruiting = "NOT_YET_RECRUITING",
        EnrollingByInvitation = "ENROLLING_BY_INVITATION",
        ActiveNotRecruiting = "ACTIVE_NOT_RECRUITING",
        Suspended = "SUSPENDED",
        Terminated = "TERMINATED",
        Completed = "COMPLETED",
        Withdrawn = "WITHDRAWN",
        Unknown = "UNKNOWN",
        Available = "AVAILABLE",
        NoLongerAvailable = "NO_LONGER_AVAILABLE",
        TemporarilyNotAvailable = "TEMPORARILY_NOT_AVAILABLE",
        ApprovedForMarketing = "APPROVED_FOR_MARKETING",
        Withheld = "WITHHELD",
    }
}

wire_enum! {
    /// Trial phase; a record may list two (phase 1/2).
    Phase {
        EarlyPhase1 = "EARLY_PHASE1",
        Phase1 = "PHASE1",
        Phase2 = "PHASE2",
        Phase3 = "PHASE3",
        Phase4 = "PHASE4",
        NotApplicable = "NA",
    }
}

wire_enum! {
    StudyType {
        Interventional = "INTERVENTIONAL",
        Observational = "OBSERVATIONAL",
        ExpandedAccess = "EXPANDED_ACCESS",
    }
}

wire_enum! {
    Allocation {
        Randomized = "RANDOMIZED",
        NonRandomized = "NON_RANDOMIZED",
        NotApplicable = "NA",
    }
}

wire_enum! {
    InterventionType {
        Drug = "DRUG",
        Biological = "BIOLOGICAL",
        Procedure = "PROCEDURE",
        Radiation = "RADIATION",
        Device = "DEVICE",
        Behavioral = "BEHAVIORAL",
        Genetic = "GENETIC",
        DietarySupplement = "DIETARY_SUPPLEMENT",
        CombinationProduct = "COMBINATION_PRODUCT",
        Diagnostic = "DIAGNOSTIC_TEST",
        OtherKind = "OTHER",
    }
}

wire_enum! {
    Sex {
        All = "ALL",
        Female = "FEMALE",
        Male = "MALE",
    }
}

wire_enum! {
    StdAge {
        Child = "CHILD",
        Adult = "ADULT",
        OlderAdult = "OLDER_ADULT",
    }
}

// The enum is generated by `wire_enum!`, which cannot mark a `#[default]` variant.
#[allow(clippy::derivable_impls)]
impl Default for Sex {
    fn default() -> Self {
        Sex::All
    }
}

impl Status {
    /// Whether a person could join now or soon: the statuses the page shows by default.
    pub fn is_open(&self) -> bool {
        matches!(self, Status::Recruiting | Status::NotYetRecruiting | Status::EnrollingByInvitation)
    }
}

impl Age {
    /// Reads "18 Years", "6 Months", "2 Weeks", "30 Days", "12 Hours"; "N/A" and anything
    /// unreadable give `None` (no limit), because a limit we cannot read must not exclude anyone.
    pub fn parse(text: &str) -> Option<Age> {
        let mut parts = text.split_whitespace();
        let number = parts.next()?.parse::<f64>().ok()?;
        if !number.is_finite() || number < 0.0 {
            return None;
        }
        let unit = parts.next().unwrap_or("years").to_ascii_lowercase();
        let per_year = match unit.trim_end_matches('s') {
            "year" => 1.0,
            "month" => 12.0,
            "week" => 365.25 / 7.0,
            "day" => 365.25,
            "hour" => 365.25 * 24.0,
            "minute" => 365.25 * 24.0 * 60.0,
            _ => return None,
        };
        Some(Age { years: number / per_year })
    }
}

impl Trial {
    /// Every phase as a short label ("Phase 1/2"), for badges and tables.
    pub fn phase_label(&self) -> String {
        let numbers: Vec<&str> = self
            .phases
            .iter()
            .map(|p| match p {
                Phase::EarlyPhase1 => "Early 1",
                Phase::Phase1 => "1",
                Phase::Phase2 => "2",
                Phase::Phase3 => "3",
                Phase::Phase4 => "4",
                Phase::NotApplicable => "n/a",
                Phase::Other(other) => other.as_str(),
            })
            .collect();
        if numbers.is_empty() || numbers == ["n/a"] {
            "No phase".to_owned()
        } else {
            format!("Phase {}", numbers.join("/"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_in_every_unit_the_registry_uses() {
        let years = |t: &str| Age::parse(t).map(|a| (a.years * 1000.0).round() / 1000.0);
        assert_eq!(years("18 Years"), Some(18.0));
        assert_eq!(years("1 Year"), Some(1.0));
        assert_eq!(years("6 Months"), Some(0.5));
        assert_eq!(years("30 Days"), Some(0.082));
        assert_eq!(years("N/A"), None);
        assert_eq!(years(""), None);
        assert_eq!(years("-3 Years"), None);
        assert_eq!(years("12 Fortnights"), None);
    }

    #[test]
    fn unknown_enum_values_are_kept() {
        assert_eq!(Status::from_wire("RECRUITING"), Status::Recruiting);
        assert_eq!(Status::from_wire("PAUSED_FOR_REVIEW"), Status::Other("PAUSED_FOR_REVIEW".into()));
        assert_eq!(Status::from_wire("PAUSED_FOR_REVIEW").as_wire(), "PAUSED_FOR_REVIEW");
    }
}
