//! Every diagnosis the answers document knows, as one table: its key in the document, its
//! plain name, the phrase the criteria reader recognises (including the inverted index forms
//! older records use, such as "leukemia, myeloid, acute"), the broader diagnosis it is a kind
//! of, and whether the questionnaire shows it among the common ones or under "another kind of
//! leukemia". Adding a diagnosis is one row here and a line in docs/answers-v1.md.

use super::keys::doc_enum;

/// One diagnosis's row of the table.
#[derive(Debug, Clone, Copy)]
pub struct DiagnosisRow {
    pub diagnosis: Diagnosis,
    /// How criteria, conditions and titles name it: a case-insensitive pattern.
    pub phrase: &'static str,
    /// The broader diagnosis it is a kind of (therapy-related AML is AML): a trial for the
    /// broader one is for it too.
    pub kind_of: Option<Diagnosis>,
    /// Shown first in the questionnaire; the others are under "another kind of leukemia".
    pub common: bool,
}

impl Diagnosis {
    /// This diagnosis's row of [`DIAGNOSES`].
    pub fn row(self) -> &'static DiagnosisRow {
        &DIAGNOSES[self as usize]
    }

    /// The broad group a diagnosis belongs to, named by one of its members: acute leukemias
    /// (AML), chronic myeloid leukemia, chronic lymphoid leukemias (CLL), myelodysplastic and
    /// overlap neoplasms (MDS). A criterion naming one status for "AML, ALL or MPAL" names it
    /// for each; one naming "relapsed AML or high-risk MDS" may not.
    pub fn group(self) -> Diagnosis {
        use Diagnosis::*;
        match self.root() {
            Aml | All | Mpal | Bpdcn | Ankl => Aml,
            Cll | Richter | Hcl | BPll | TPll | Lgl | Atll => Cll,
            Mds | Cmml | MdsMpn | Jmml => Mds,
            other => other,
        }
    }

    /// The broadest diagnosis this one is a kind of (therapy-related AML → AML).
    pub fn root(self) -> Diagnosis {
        let mut dx = self;
        while let Some(parent) = dx.row().kind_of {
            dx = parent;
        }
        dx
    }
}

macro_rules! diagnoses {
    ($(
        $variant:ident = $key:literal : $label:literal {
            phrase: $phrase:expr,
            kind_of: $parent:expr,
            common: $common:expr $(,)?
        }
    )*) => {
        doc_enum! {
            #[doc = "The leukemia (or related disease) the person has, in the order the questionnaire lists them."]
            Diagnosis { $($variant = $key: $label,)* }
        }

        /// Every diagnosis's row, in the order of [`Diagnosis::ALL`].
        pub const DIAGNOSES: &[DiagnosisRow] = &[$(
            DiagnosisRow { diagnosis: Diagnosis::$variant, phrase: $phrase, kind_of: $parent, common: $common },
        )*];
    };
}

const AML: Option<Diagnosis> = Some(Diagnosis::Aml);
const ALL: Option<Diagnosis> = Some(Diagnosis::All);
const MDS: Option<Diagnosis> = Some(Diagnosis::Mds);

diagnoses! {
    Aml = "AML": "acute myeloid leukemia (AML)" {
        phrase: r"acute (?:myeloid|myelogenous|myeloblastic|myelocytic|non-?lymphocytic) leuka?emia|\bAML\b|\bANLL\b|myeloid sarcoma|leuka?emia,? (?:myeloid|myelocytic|myelogenous|myeloblastic|non-?lymphocytic),? acute",
        kind_of: None,
        common: true,
    }
    Apl = "APL": "acute promyelocytic leukemia (APL)" {
        phrase: r"acute promyelocytic leuka?emia|\bAPL\b|\bAML[- ]?M3\b|\bM3 AML\b|\bFAB M3\b|leuka?emia,? promyelocytic,? acute",
        kind_of: AML,
        common: true,
    }
    BAll = "B-ALL": "B-cell acute lymphoblastic leukemia (B-ALL)" {
        phrase: r"\bB[- ]?(?:cell )?(?:precursor )?(?:acute )?lymphoblastic leuka?emia|\bB[- ]ALL\b|\bBCP[- ]ALL\b|B[- ]lymphoblastic leuka?emia|precursor B[- ]cell",
        kind_of: ALL,
        common: true,
    }
    TAll = "T-ALL": "T-cell acute lymphoblastic leukemia (T-ALL)" {
        phrase: r"\bT[- ]?(?:cell )?(?:acute )?lymphoblastic (?:leuka?emia|lymphoma)|\bT[- ]ALL\b|\bT[- ]LBL\b|early T[- ]cell precursor|\bETP[- ]ALL\b",
        kind_of: ALL,
        common: true,
    }
    All = "ALL": "acute lymphoblastic leukemia (ALL)" {
        phrase: r"acute (?:lymphoblastic|lymphocytic|lymphoid) leuka?emia|\b(?-i:ALL)\b|lymphoblastic lymphoma|leuka?emia,? (?:lymphoblastic|lymphocytic|lymphoid),? acute|precursor cell lymphoblastic leuka?emia",
        kind_of: None,
        common: true,
    }
    Cml = "CML": "chronic myeloid leukemia (CML)" {
        phrase: r"chronic (?:myeloid|myelogenous|granulocytic|myelocytic) leuka?emia|\bCML\b|leuka?emia,? (?:myeloid|myelogenous|myelocytic|granulocytic),? chronic",
        kind_of: None,
        common: true,
    }
    Cll = "CLL": "chronic lymphocytic leukemia (CLL/SLL)" {
        phrase: r"chronic lymphocytic leuka?emia|small lymphocytic lymphoma|\bCLL\b|\bSLL\b|leuka?emia,? lymphocytic,? chronic",
        kind_of: None,
        common: true,
    }
    Mds = "MDS": "myelodysplastic syndrome (MDS)" {
        phrase: r"myelodysplastic syndrome|myelodysplastic neoplasm|myelodysplasia|\bMDS\b",
        kind_of: None,
        common: true,
    }
    Cmml = "CMML": "chronic myelomonocytic leukemia (CMML)" {
        phrase: r"chronic myelomonocytic leuka?emia|\bCMML\b|leuka?emia,? myelomonocytic,? chronic",
        kind_of: None,
        common: true,
    }
    AmlTr = "AML-TR": "therapy-related AML (after chemotherapy or radiation for another illness)" {
        phrase: r"(?:therapy|treatment)[- ]related (?:AML|acute myeloid leuka?emia|myeloid neoplasm)|\bt-?AML\b|\btMN\b",
        kind_of: AML,
        common: false,
    }
    AmlMr = "AML-MR": "AML with myelodysplasia-related changes (secondary AML, after MDS)" {
        phrase: r"AML with myelodysplasia[- ]related|myelodysplasia[- ]related changes|\bAML[- ]MRC\b|secondary (?:AML|acute myeloid leuka?emia)|\bs-?AML\b|(?:AML|acute myeloid leuka?emia) (?:arising |evolving |transformed )?from (?:a )?(?:prior )?(?:MDS|myelodysplas\w*)",
        kind_of: AML,
        common: false,
    }
    Mpal = "MPAL": "mixed-phenotype acute leukemia (MPAL)" {
        phrase: r"mixed[- ]phenotype acute leuka?emia|\bMPAL\b|biphenotypic|bilineage|acute leuka?emia of ambiguous lineage|ambiguous lineage",
        kind_of: None,
        common: false,
    }
    Burkitt = "BURKITT": "mature B-cell (Burkitt) leukemia" {
        phrase: r"burkitt(?:'s)?(?:[- ]type)? (?:leuka?emia|lymphoma|cell)|mature B[- ]cell (?:ALL|acute lymphoblastic leuka?emia|leuka?emia)|\bB-?ALL[- ]L3\b|\bFAB L3\b|\bL3 ALL\b",
        kind_of: None,
        common: false,
    }
    Richter = "RICHTER": "Richter transformation of CLL" {
        phrase: r"richter(?:'s)? (?:transformation|syndrome)|transformed CLL",
        kind_of: None,
        common: false,
    }
    Hcl = "HCL": "hairy cell leukemia" {
        phrase: r"hairy[- ]cell leuka?emia|\bHCL\b|leuka?emia,? hairy cell",
        kind_of: None,
        common: false,
    }
    BPll = "B-PLL": "B-cell prolymphocytic leukemia (B-PLL)" {
        phrase: r"\bB[- ]cell prolymphocytic leuka?emia|\bB-PLL\b",
        kind_of: None,
        common: false,
    }
    TPll = "T-PLL": "T-cell prolymphocytic leukemia (T-PLL)" {
        phrase: r"\bT[- ]cell prolymphocytic leuka?emia|\bT-PLL\b",
        kind_of: None,
        common: false,
    }
    Lgl = "LGL": "large granular lymphocytic leukemia (LGL)" {
        phrase: r"large granular lymphocyt\w* leuka?emia|\b(?:T-|NK-)?LGL\b|leuka?emia,? large granular lymphocytic",
        kind_of: None,
        common: false,
    }
    Ankl = "ANKL": "aggressive NK-cell leukemia" {
        phrase: r"aggressive (?:NK|natural killer)[- ]cell leuka?emia|\bANKL\b",
        kind_of: None,
        common: false,
    }
    Atll = "ATLL": "adult T-cell leukemia/lymphoma (ATLL)" {
        phrase: r"adult T[- ]cell leuka?emia(?:[/ -]lymphoma)?|\bATLL?\b|leuka?emia[- ]lymphoma,? adult T[- ]cell",
        kind_of: None,
        common: false,
    }
    Bpdcn = "BPDCN": "blastic plasmacytoid dendritic cell neoplasm (BPDCN)" {
        phrase: r"blastic plasmacytoid dendritic cell neoplasm|\bBPDCN\b",
        kind_of: None,
        common: false,
    }
    Jmml = "JMML": "juvenile myelomonocytic leukemia (JMML)" {
        phrase: r"juvenile myelomonocytic leuka?emia|\bJMML\b|leuka?emia,? myelomonocytic,? juvenile",
        kind_of: None,
        common: false,
    }
    MdsLr = "MDS-LR": "lower-risk MDS" {
        phrase: r"(?:lower|low)[- ]risk (?:MDS|myelodysplastic syndromes?)|(?:MDS|myelodysplastic syndromes?) (?:of |at )?(?:lower|low)[- ]risk",
        kind_of: MDS,
        common: false,
    }
    MdsHr = "MDS-HR": "higher-risk MDS (for example with excess blasts)" {
        phrase: r"(?:higher|high)[- ]risk (?:MDS|myelodysplastic syndromes?)|(?:MDS|myelodysplastic syndromes?) (?:of |at )?(?:higher|high)[- ]risk|MDS with excess blasts|\bMDS-EB-?[12]?\b|\bRAEB(?:-?[12T])?\b|refractory an(?:a)?emia with excess blasts",
        kind_of: MDS,
        common: false,
    }
    MdsMpn = "MDS/MPN": "myelodysplastic/myeloproliferative neoplasm (MDS/MPN, atypical CML)" {
        phrase: r"\bMDS/MPN\b|myelodysplastic/myeloproliferative|atypical (?:CML|chronic myeloid leuka?emia)|\baCML\b",
        kind_of: None,
        common: false,
    }
    Other = "OTHER": "another diagnosis" {
        phrase: r"",
        kind_of: None,
        common: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_diagnosis_has_its_row_and_a_phrase() {
        assert_eq!(DIAGNOSES.len(), Diagnosis::ALL.len());
        for (row, dx) in DIAGNOSES.iter().zip(Diagnosis::ALL) {
            assert_eq!(row.diagnosis, *dx);
            assert_eq!(row.phrase.is_empty(), *dx == Diagnosis::Other, "{dx:?}");
            assert!(
                row.kind_of.is_none_or(|parent| parent.row().kind_of.is_none()),
                "{dx:?}: one level only"
            );
        }
        // Every diagnosis that existed before the list grew keeps its key.
        for key in [
            "AML", "APL", "B-ALL", "T-ALL", "ALL", "CML", "CLL", "MDS", "CMML", "MPAL", "BPDCN", "JMML",
            "OTHER",
        ] {
            assert!(Diagnosis::from_key(key).is_some(), "{key}");
        }
    }

    #[test]
    fn the_answers_document_lists_every_diagnosis_key() {
        let doc = include_str!("../../../../docs/answers-v1.md");
        for dx in Diagnosis::ALL {
            assert!(doc.contains(&format!("`{}`", dx.key())), "docs/answers-v1.md lacks {}", dx.key());
        }
    }
}
