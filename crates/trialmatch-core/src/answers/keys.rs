//! The closed value sets of the answers document, each with its exact spelling in the JSON.
//! One table per set, so reading, writing and the questionnaire cannot disagree.

use serde::{Deserialize, Serialize};

macro_rules! doc_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $wire:literal : $label:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $(#[serde(rename = $wire)] $variant,)*
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The value's bit in a set of values.
            pub const fn bit(self) -> u32 {
                const { assert!($name::ALL.len() <= 32, "a set of values is 32 bits") };
                1 << self as u32
            }

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

doc_enum! {
    Sex {
        Female = "female": "female",
        Male = "male": "male",
    }
}

doc_enum! {
    /// The leukemia (or related disease) the person has.
    Diagnosis {
        Aml = "AML": "acute myeloid leukemia (AML)",
        Apl = "APL": "acute promyelocytic leukemia (APL)",
        BAll = "B-ALL": "B-cell acute lymphoblastic leukemia (B-ALL)",
        TAll = "T-ALL": "T-cell acute lymphoblastic leukemia (T-ALL)",
        All = "ALL": "acute lymphoblastic leukemia (ALL)",
        Cml = "CML": "chronic myeloid leukemia (CML)",
        Cll = "CLL": "chronic lymphocytic leukemia (CLL/SLL)",
        Mds = "MDS": "myelodysplastic syndrome (MDS)",
        Cmml = "CMML": "chronic myelomonocytic leukemia (CMML)",
        Mpal = "MPAL": "mixed-phenotype acute leukemia (MPAL)",
        Bpdcn = "BPDCN": "blastic plasmacytoid dendritic cell neoplasm (BPDCN)",
        Jmml = "JMML": "juvenile myelomonocytic leukemia (JMML)",
        Other = "OTHER": "another diagnosis",
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

doc_enum! {
    /// The markers of the answers document, in its order.
    Biomarker {
        Flt3Itd = "FLT3-ITD": "FLT3-ITD",
        Flt3Tkd = "FLT3-TKD": "FLT3-TKD",
        Flt3Any = "FLT3_any": "a FLT3 mutation",
        Npm1 = "NPM1": "an NPM1 mutation",
        Idh1 = "IDH1": "an IDH1 mutation",
        Idh2 = "IDH2": "an IDH2 mutation",
        Tp53 = "TP53": "a TP53 mutation",
        Kmt2a = "KMT2A-r": "a KMT2A (MLL) rearrangement",
        BcrAbl1 = "BCR-ABL1": "BCR-ABL1 (Philadelphia chromosome)",
        T315i = "T315I": "the T315I mutation",
        Cd19 = "CD19": "CD19 on the leukemia cells",
        Cd22 = "CD22": "CD22 on the leukemia cells",
        Cd33 = "CD33": "CD33 on the leukemia cells",
        Cd123 = "CD123": "CD123 on the leukemia cells",
        Cd7 = "CD7": "CD7 on the leukemia cells",
        Cd20 = "CD20": "CD20 on the leukemia cells",
        Del17p = "del17p": "a 17p deletion",
        ComplexKaryotype = "complex_karyotype": "a complex karyotype",
        PmlRara = "PML-RARA": "PML-RARA (t(15;17))",
        Cbf = "CBF": "core-binding-factor leukemia (t(8;21) or inv(16))",
        PhLike = "Ph-like": "Ph-like ALL",
        Nup98 = "NUP98-r": "a NUP98 rearrangement",
    }
}

doc_enum! {
    /// Treatments received at any time (`prior_therapies.*` booleans).
    PriorTherapy {
        IntensiveChemo = "intensive_chemo": "intensive chemotherapy",
        Hma = "hma": "a hypomethylating agent (azacitidine or decitabine)",
        Venetoclax = "venetoclax": "venetoclax",
        Ponatinib = "ponatinib": "ponatinib",
        Blinatumomab = "blinatumomab": "blinatumomab",
        Inotuzumab = "inotuzumab": "inotuzumab",
        Cd19CarT = "cd19_car_t": "CD19 CAR-T",
        AlloSct = "allo_sct": "an allogeneic stem cell transplant",
        Btki = "btki": "a BTK inhibitor",
        Flt3Inhibitor = "flt3_inhibitor": "a FLT3 inhibitor",
        IdhInhibitor = "idh_inhibitor": "an IDH inhibitor",
        MeninInhibitor = "menin_inhibitor": "a menin inhibitor",
    }
}
