//! The closed value sets of the answers document, each with its exact spelling in the JSON.
//! One table per set, so reading, writing and the questionnaire cannot disagree.

macro_rules! doc_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $wire:literal : $label:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $(#[serde(rename = $wire)] $variant,)*
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The value as the answers document spells it.
            pub fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $wire,)*
                }
            }

            /// A short plain-English name for the page and explanations.
            pub fn label(self) -> &'static str {
                match self {
                    $($name::$variant => $label,)*
                }
            }

            pub fn from_key(key: &str) -> Option<Self> {
                match key {
                    $($wire => Some($name::$variant),)*
                    _ => None,
                }
            }
        }
    };
}
pub(super) use doc_enum;

doc_enum! {
    Sex {
        Female = "female": "female",
        Male = "male": "male",
    }
}

doc_enum! {
    CmlPhase {
        Chronic = "chronic": "chronic phase",
        Accelerated = "accelerated": "accelerated phase",
        Blast = "blast": "blast phase (blast crisis)",
    }
}

doc_enum! {
    DiseaseStatus {
        NewlyDiagnosed = "newly_diagnosed": "newly diagnosed / not yet treated",
        Relapsed = "relapsed": "relapsed (came back after treatment)",
        Refractory = "refractory": "refractory (did not respond to treatment)",
        RemissionMrdPositive = "remission_mrd_positive": "in remission, MRD-positive",
        RemissionMrdNegative = "remission_mrd_negative": "in remission, MRD-negative",
    }
}
