//! Every prior treatment the answers document asks about, as one table: its key, its plain
//! name, the phrase the criteria reader recognises (class, generic and brand names), the hint
//! the questionnaire shows, the diagnoses it is asked for, and the glossary classes whose every
//! drug the phrase must recognise. Adding a treatment is one row here (and a line in the docs).

use super::keys::doc_enum;
use super::Diagnosis;
use crate::glossary::DrugClass;

/// One treatment's row of the table.
#[derive(Debug, Clone, Copy)]
pub struct TherapyRow {
    pub therapy: PriorTherapy,
    /// How criteria name it: a case-insensitive pattern.
    pub phrase: &'static str,
    /// For an answer that stands for a class of drugs, how criteria name the whole class: a
    /// mention of one member only ("no prior decitabine") may not be what a "yes" meant, so
    /// it never rules out on its own. Empty when every name is the whole answer.
    pub class: &'static str,
    /// The drugs it covers, in the questionnaire's words.
    pub hint: &'static str,
    /// The diagnoses for which the questionnaire asks it (every one when the diagnosis is
    /// not known).
    pub asked_for: &'static [Diagnosis],
    /// Glossary classes this answer stands for as a whole: `phrase` must recognise every drug
    /// the glossary puts in them.
    pub covers: &'static [DrugClass],
}

impl PriorTherapy {
    /// This treatment's row of [`THERAPIES`].
    pub fn row(self) -> &'static TherapyRow {
        &THERAPIES[self as usize]
    }
}

macro_rules! therapies {
    ($(
        $variant:ident = $key:literal : $label:literal {
            phrase: $phrase:expr,
            class: $class_words:expr,
            hint: $hint:expr,
            asked_for: [$($dx:ident),* $(,)?],
            covers: [$($class:ident),* $(,)?] $(,)?
        }
    )*) => {
        doc_enum! {
            #[doc = "Treatments received at any time (`prior_therapies.*` booleans)."]
            PriorTherapy { $($variant = $key: $label,)* }
        }

        /// Every treatment's row, in the order of [`PriorTherapy::ALL`].
        pub const THERAPIES: &[TherapyRow] = &[$(
            TherapyRow {
                therapy: PriorTherapy::$variant,
                phrase: $phrase,
                class: $class_words,
                hint: $hint,
                asked_for: &[$(Diagnosis::$dx),*],
                covers: &[$(DrugClass::$class),*],
            },
        )*];
    };
}

therapies! {
    IntensiveChemo = "intensive_chemo": "intensive chemotherapy" {
        phrase: r"intensive (?:induction )?chemotherapy|induction chemotherapy|\b7\s?\+\s?3\b|cytarabine|daunorubicin|idarubicin|hyper-?CVAD|\bFLAG(?:-IDA)?\b|CPX-351|Vyxeos",
        class: r"intensive|induction|\b7\s?\+\s?3\b|hyper-?CVAD|\bFLAG",
        hint: "For example 7+3, hyper-CVAD, FLAG-IDA or pediatric-style ALL induction.",
        asked_for: [Aml, Apl, BAll, TAll, All, Cml, Mds, Cmml, Mpal, Bpdcn, Jmml],
        covers: [],
    }
    Hma = "hma": "a hypomethylating agent (azacitidine or decitabine)" {
        phrase: r"hypomethylating|demethylating|azacitidine|azacytidine|Vidaza|decitabine|Dacogen|\bHMAs?\b|guadecitabine|Inqovi|cedazuridine",
        class: r"hypomethylating|demethylating|\bHMAs?\b",
        hint: "Azacitidine (Vidaza, Onureg) or decitabine (Dacogen, Inqovi).",
        asked_for: [Aml, Mds, Cmml, Mpal, Bpdcn, Jmml],
        covers: [Hypomethylating],
    }
    Venetoclax = "venetoclax": "venetoclax" {
        phrase: r"venetoclax|Venclexta|Venclyxto|BCL-?2 inhibitor",
        class: r"",
        hint: "Venclexta, or another BCL-2 inhibitor.",
        asked_for: [Aml, BAll, TAll, All, Cll, Mds, Cmml, Mpal, Bpdcn],
        covers: [Bcl2Inhibitor],
    }
    Ponatinib = "ponatinib": "ponatinib" {
        phrase: r"ponatinib|Iclusig",
        class: r"",
        hint: "Iclusig.",
        asked_for: [Cml, BAll, All, Mpal],
        covers: [],
    }
    Blinatumomab = "blinatumomab": "blinatumomab" {
        phrase: r"blinatumomab|Blincyto",
        class: r"",
        hint: "Blincyto.",
        asked_for: [BAll, All, Mpal],
        covers: [],
    }
    Inotuzumab = "inotuzumab": "inotuzumab" {
        phrase: r"inotuzumab(?: ozogamicin)?|Besponsa",
        class: r"",
        hint: "Inotuzumab ozogamicin (Besponsa).",
        asked_for: [BAll, All, Mpal],
        covers: [],
    }
    Cd19CarT = "cd19_car_t": "CD19 CAR-T" {
        phrase: r"CD19[- ](?:directed |targeted |specific )?CAR|tisagenlecleucel|Kymriah|brexucabtagene|Tecartus|obecabtagene|Aucatzyl|axicabtagene|lisocabtagene",
        class: r"CD19[- ](?:directed |targeted |specific )?CAR",
        hint: "Tisagenlecleucel (Kymriah), brexucabtagene (Tecartus), obecabtagene (Aucatzyl) or a CD19 CAR T in a trial.",
        asked_for: [BAll, All, Mpal],
        covers: [CarT],
    }
    AlloSct = "allo_sct": "an allogeneic stem cell transplant" {
        phrase: r"allogeneic (?:(?:hematopoietic |haematopoietic |peripheral blood )?(?:stem cell |bone marrow |cell )?)?(?:transplant\w*|SCT|HSCT|HCT|BMT)|allogeneic|\ballo-?(?:HSCT|HCT|SCT|BMT|transplant\w*)\b",
        class: r"",
        hint: "A stem cell or bone marrow transplant from a donor (not your own cells).",
        asked_for: [Aml, Apl, BAll, TAll, All, Cml, Cll, Mds, Cmml, Mpal, Bpdcn, Jmml],
        covers: [],
    }
    Btki = "btki": "a BTK inhibitor" {
        phrase: r"BTK inhibitor|\bBTKis?\b|ibrutinib|Imbruvica|acalabrutinib|Calquence|zanubrutinib|Brukinsa|pirtobrutinib|Jaypirca",
        class: r"BTK inhibitor|\bBTKis?\b",
        hint: "Ibrutinib, acalabrutinib, zanubrutinib or pirtobrutinib.",
        asked_for: [Cll],
        covers: [BtkInhibitor],
    }
    Flt3Inhibitor = "flt3_inhibitor": "a FLT3 inhibitor" {
        phrase: r"FLT3 inhibitor|FLT3-?(?:directed|targeted) (?:therapy|agent)|midostaurin|Rydapt|gilteritinib|Xospata|quizartinib|Vanflyta|sorafenib|crenolanib",
        class: r"FLT3 inhibitor|FLT3-?(?:directed|targeted)",
        hint: "Midostaurin, gilteritinib, quizartinib or sorafenib.",
        asked_for: [Aml, Mds, Mpal],
        covers: [Flt3Inhibitor],
    }
    IdhInhibitor = "idh_inhibitor": "an IDH inhibitor" {
        phrase: r"IDH[12]? inhibitor|ivosidenib|Tibsovo|enasidenib|Idhifa|olutasidenib|Rezlidhia",
        class: r"IDH[12]? inhibitor",
        hint: "Ivosidenib, enasidenib or olutasidenib.",
        asked_for: [Aml, Mds, Mpal],
        covers: [IdhInhibitor],
    }
    MeninInhibitor = "menin_inhibitor": "a menin inhibitor" {
        phrase: r"menin inhibitor|menin-KMT2A|revumenib|Revuforj|ziftomenib|bleximenib|enzomenib",
        class: r"menin inhibitor|menin-KMT2A",
        hint: "Revumenib or ziftomenib.",
        asked_for: [Aml, BAll, All, Mpal],
        covers: [MeninInhibitor],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::DRUGS;

    #[test]
    fn every_treatment_has_its_row_a_hint_and_a_question() {
        assert_eq!(THERAPIES.len(), PriorTherapy::ALL.len());
        for (row, therapy) in THERAPIES.iter().zip(PriorTherapy::ALL) {
            assert_eq!(row.therapy, *therapy);
            assert!(!row.asked_for.is_empty() && !row.hint.trim().is_empty(), "{therapy:?}");
        }
    }

    /// The reader and the glossary agree: a drug the glossary puts in a class that a
    /// treatment answer stands for is recognised as that treatment in criteria.
    #[test]
    fn every_glossary_drug_of_a_covered_class_is_recognised() {
        for row in THERAPIES {
            let phrase = crate::pattern::compile(&format!("(?i){}", row.phrase)).unwrap();
            for drug in DRUGS.iter().filter(|d| row.covers.contains(&d.class)) {
                assert!(phrase.is_match(drug.name), "{:?} does not recognise {}", row.therapy, drug.name);
            }
        }
    }

    #[test]
    fn the_answers_document_lists_every_treatment_key() {
        let doc = include_str!("../../../../docs/answers-v1.md");
        for therapy in PriorTherapy::ALL {
            assert!(
                doc.contains(&format!("`{}`", therapy.key())),
                "docs/answers-v1.md lacks {}",
                therapy.key()
            );
        }
    }
}
