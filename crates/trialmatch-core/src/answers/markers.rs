//! Every biomarker the answers document knows, as one table: its key in the document, its
//! plain name, the phrase the criteria reader recognises, where and for which diagnoses the
//! questionnaire asks it, and the explainer beside the question. Adding a marker is one row
//! here (and a line in docs/answers-v1.md, which a test checks); the enum, the document's keys,
//! the reader's phrase table and the questionnaire's lists all come from the rows.

use super::keys::doc_enum;
use super::Diagnosis;

/// The questionnaire step that asks about a marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkerStep {
    /// Genetic and chromosome results ("Test results").
    Genetic,
    /// Proteins on the surface of the leukemia cells ("Surface markers").
    Surface,
}

/// One marker's row of the table.
#[derive(Debug, Clone, Copy)]
pub struct MarkerRow {
    pub marker: Biomarker,
    /// How criteria name it: a case-insensitive pattern (see `pattern.rs` for the mode).
    pub phrase: &'static str,
    pub step: MarkerStep,
    /// The diagnoses for which the questionnaire asks about it. With no diagnosis, or
    /// "another diagnosis", every marker is asked.
    pub asked_for: &'static [Diagnosis],
    /// The question, e.g. "FLT3-ITD (internal tandem duplication)".
    pub question: &'static str,
    /// What it is.
    pub what: &'static str,
    /// Why trials ask about it.
    pub why: &'static str,
    /// Where it appears on a report.
    pub report: &'static str,
}

impl Biomarker {
    /// This marker's row of [`MARKERS`].
    pub fn row(self) -> &'static MarkerRow {
        &MARKERS[self as usize]
    }
}

const NGS: &str = "The molecular or NGS (next-generation sequencing) panel, or a separate FLT3/NPM1 PCR test, usually done on the bone marrow at diagnosis and at relapse.";
const FLOW: &str = "The flow cytometry (immunophenotyping) report of the bone marrow or blood, which lists the markers found on the blasts as positive or negative.";

macro_rules! markers {
    ($(
        $variant:ident = $key:literal : $label:literal {
            phrase: $phrase:expr,
            step: $step:ident,
            asked_for: [$($dx:ident),* $(,)?],
            question: $question:expr,
            what: $what:expr,
            why: $why:expr,
            report: $report:expr $(,)?
        }
    )*) => {
        doc_enum! {
            #[doc = "The markers of the answers document, in the order the questionnaire asks them."]
            Biomarker { $($variant = $key: $label,)* }
        }

        /// Every marker's row, in the order of [`Biomarker::ALL`].
        pub const MARKERS: &[MarkerRow] = &[$(
            MarkerRow {
                marker: Biomarker::$variant,
                phrase: $phrase,
                step: MarkerStep::$step,
                asked_for: &[$(Diagnosis::$dx),*],
                question: $question,
                what: $what,
                why: $why,
                report: $report,
            },
        )*];
    };
}

markers! {
    Flt3Itd = "FLT3-ITD": "FLT3-ITD" {
        phrase: r"FLT3[- ]?ITD|internal tandem duplication",
        step: Genetic,
        asked_for: [Aml, Apl],
        question: "FLT3-ITD (internal tandem duplication)",
        what: "A change in the FLT3 gene where a piece is copied several times, making leukemia cells grow faster.",
        why: "FLT3 inhibitors (such as gilteritinib or quizartinib) target it, so many AML trials are only for people who have it — or who do not.",
        report: NGS,
    }
    Flt3Tkd = "FLT3-TKD": "FLT3-TKD" {
        phrase: r"FLT3[- ]?TKD|FLT3[- ]D835|tyrosine kinase domain",
        step: Genetic,
        asked_for: [Aml],
        question: "FLT3-TKD (tyrosine kinase domain mutation, e.g. D835)",
        what: "A small point change in the FLT3 gene, often written as D835 or I836.",
        why: "Some FLT3 inhibitors work on TKD mutations too, so trials may name it separately from ITD.",
        report: NGS,
    }
    Flt3Any = "FLT3_any": "a FLT3 mutation" {
        phrase: r"\bFLT3\b",
        step: Genetic,
        asked_for: [Aml, Apl, Mds, Cmml, Mpal],
        question: "Any FLT3 mutation (type not known)",
        what: "Use this when the report says FLT3 is mutated (or not) but you do not know whether it is ITD or TKD.",
        why: "Trials for \"FLT3-mutated\" leukemia accept either type.",
        report: NGS,
    }
    Npm1 = "NPM1": "an NPM1 mutation" {
        phrase: r"\bNPM1\b|nucleophosmin",
        step: Genetic,
        asked_for: [Aml, Mds, Cmml],
        question: "NPM1 mutation",
        what: "A change in the NPM1 gene, one of the most common in AML.",
        why: "Menin inhibitor trials look for it, and it also helps predict how AML responds to chemotherapy.",
        report: NGS,
    }
    Idh1 = "IDH1": "an IDH1 mutation" {
        phrase: r"\bIDH1\b|\bIDH-1\b|\bR132",
        step: Genetic,
        asked_for: [Aml, Mds, Cmml],
        question: "IDH1 mutation",
        what: "A change in the IDH1 enzyme (often R132) that keeps blood cells from maturing.",
        why: "IDH1 inhibitors (ivosidenib, olutasidenib) target it, so trials may require it.",
        report: "The molecular or NGS panel report.",
    }
    Idh2 = "IDH2": "an IDH2 mutation" {
        phrase: r"\bIDH2\b|\bIDH-2\b|\bR140|\bR172",
        step: Genetic,
        asked_for: [Aml, Mds, Cmml],
        question: "IDH2 mutation",
        what: "A change in the IDH2 enzyme (R140 or R172) that keeps blood cells from maturing.",
        why: "The IDH2 inhibitor enasidenib targets it, so trials may require it.",
        report: "The molecular or NGS panel report.",
    }
    Tp53 = "TP53": "a TP53 mutation" {
        phrase: r"\bTP53\b|\bp53\b",
        step: Genetic,
        asked_for: [Aml, Mds, Cmml, BAll, TAll, All, Cll, Mpal, Bpdcn],
        question: "TP53 mutation",
        what: "A change in TP53, the gene that normally stops damaged cells from dividing.",
        why: "It makes standard treatment work less well, so some trials are only for TP53-mutated disease and others leave it out.",
        report: "The molecular or NGS panel report; in CLL sometimes a separate TP53 test.",
    }
    Kmt2a = "KMT2A-r": "a KMT2A (MLL) rearrangement" {
        phrase: r"\bKMT2A\b|\bMLL\b|11q23",
        step: Genetic,
        asked_for: [Aml, Mds, Cmml, BAll, TAll, All, Mpal, Jmml],
        question: "KMT2A (MLL) rearrangement",
        what: "The KMT2A gene (also called MLL) is broken and joined to another gene, e.g. t(9;11) or t(4;11).",
        why: "Menin inhibitor trials look for it, in AML and in ALL, in children and adults.",
        report: "The FISH or karyotype (cytogenetics) report, or an RNA fusion panel.",
    }
    Nup98 = "NUP98-r": "a NUP98 rearrangement" {
        phrase: r"\bNUP98\b",
        step: Genetic,
        asked_for: [Aml, TAll, Jmml],
        question: "NUP98 rearrangement",
        what: "The NUP98 gene is joined to another gene, e.g. NUP98-NSD1; more common in children's AML.",
        why: "It marks high-risk AML; some trials (e.g. of menin inhibitors) include it.",
        report: "The karyotype, FISH or RNA fusion panel report.",
    }
    Cbf = "CBF": "core-binding-factor leukemia (t(8;21) or inv(16))" {
        phrase: r"core[- ]binding[- ]factor|\bCBF\b|t\(8;\s?21\)|inv\(16\)|t\(16;\s?16\)|RUNX1[:\-/ ]*:?RUNX1T1|CBFB[:\-/ ]*:?MYH11",
        step: Genetic,
        asked_for: [Aml],
        question: "Core-binding-factor AML: t(8;21) or inv(16)/t(16;16)",
        what: "Two chromosome changes (RUNX1-RUNX1T1 or CBFB-MYH11) that define a favourable type of AML.",
        why: "CBF AML is often treated with chemotherapy plus gemtuzumab, so trials either focus on it or leave it out.",
        report: "The karyotype (cytogenetics) or FISH report, or a PCR test.",
    }
    ComplexKaryotype = "complex_karyotype": "a complex karyotype" {
        phrase: r"complex karyotype|complex cytogenetic",
        step: Genetic,
        asked_for: [Aml, Mds, Cmml],
        question: "Complex karyotype (three or more chromosome changes)",
        what: "The chromosome test found three or more separate abnormalities in the leukemia cells.",
        why: "It marks higher-risk AML or MDS; some trials are designed for it.",
        report: "The karyotype (cytogenetics) report, usually summarised as \"complex\".",
    }
    PmlRara = "PML-RARA": "PML-RARA (t(15;17))" {
        phrase: r"PML[:\-/ ]*:?RARA?|t\(15;\s?17\)",
        step: Genetic,
        asked_for: [Aml, Apl],
        question: "PML-RARA, t(15;17)",
        what: "The gene fusion that defines acute promyelocytic leukemia (APL).",
        why: "APL is treated differently from other AML (with ATRA and arsenic), so trials either require it or exclude it.",
        report: "The FISH, karyotype or PCR report, often done urgently at diagnosis.",
    }
    BcrAbl1 = "BCR-ABL1": "BCR-ABL1 (Philadelphia chromosome)" {
        phrase: r"BCR[:\-/ ]*:?ABL1?|philadelphia[- ]chromosome|t\(9;\s?22\)|\b(?-i:Ph)\b|\b(?-i:Phi)\b",
        step: Genetic,
        asked_for: [BAll, All, Cml, Mpal],
        question: "BCR-ABL1 (Philadelphia chromosome, t(9;22))",
        what: "Chromosomes 9 and 22 swap pieces, making the BCR-ABL1 protein that drives CML and Ph-positive ALL.",
        why: "It decides whether tyrosine-kinase inhibitors (imatinib, dasatinib, ponatinib…) are part of treatment.",
        report: "The karyotype or FISH report, or a BCR-ABL1 PCR test (a number with % IS).",
    }
    T315i = "T315I": "the T315I mutation" {
        phrase: r"\bT315I\b",
        step: Genetic,
        asked_for: [BAll, All, Cml, Mpal],
        question: "T315I mutation in BCR-ABL1",
        what: "A change in BCR-ABL1 that makes most TKIs stop working; ponatinib and asciminib still work.",
        why: "Trials for resistant CML or Ph-positive ALL often ask for or about it.",
        report: "An ABL kinase domain mutation test, done when treatment stops working.",
    }
    PhLike = "Ph-like": "Ph-like ALL" {
        phrase: r"Ph[- ]like|BCR[- ]?ABL1?[- ]like|philadelphia[- ]like",
        step: Genetic,
        asked_for: [BAll, All],
        question: "Ph-like (BCR-ABL1-like) ALL",
        what: "B-ALL that behaves like Philadelphia-positive ALL without having the BCR-ABL1 fusion (e.g. CRLF2, JAK or ABL-class changes).",
        why: "Trials add targeted pills (e.g. dasatinib or ruxolitinib) for some Ph-like changes.",
        report: "A special gene-expression or fusion panel, or a note in the molecular report.",
    }
    Del17p = "del17p": "a 17p deletion" {
        phrase: r"del\s?\(?17p\)?|17p[- ]?(?:deletion|del)\b|deletion (?:of )?(?:chromosome )?17p",
        step: Genetic,
        asked_for: [Cll],
        question: "17p deletion (del(17p))",
        what: "Part of chromosome 17, which holds TP53, is missing from the CLL cells.",
        why: "It changes which CLL treatments work, so trials often ask about it.",
        report: "The CLL FISH panel report.",
    }
    Cd19 = "CD19": "CD19 on the leukemia cells" {
        phrase: r"\bCD19\b",
        step: Surface,
        asked_for: [BAll, All, Cll, Mpal],
        question: "CD19 on the leukemia cells",
        what: "A protein on the surface of almost all B-cell leukemias.",
        why: "Blinatumomab and most CAR T-cell therapies aim at CD19, so trials may need it — especially after earlier CD19 treatment, when it can be lost.",
        report: FLOW,
    }
    Cd22 = "CD22": "CD22 on the leukemia cells" {
        phrase: r"\bCD22\b",
        step: Surface,
        asked_for: [BAll, All, Mpal],
        question: "CD22 on the leukemia cells",
        what: "A protein on the surface of most B-cell leukemias.",
        why: "Inotuzumab and CD22 CAR T cells aim at it.",
        report: FLOW,
    }
    Cd20 = "CD20": "CD20 on the leukemia cells" {
        phrase: r"\bCD20\b",
        step: Surface,
        asked_for: [BAll, All, Cll],
        question: "CD20 on the leukemia cells",
        what: "A protein on B cells; present in CLL and in some B-ALL.",
        why: "Rituximab and obinutuzumab aim at CD20, and B-ALL trials may add rituximab when it is present.",
        report: FLOW,
    }
    Cd7 = "CD7": "CD7 on the leukemia cells" {
        phrase: r"\bCD7\b",
        step: Surface,
        asked_for: [TAll, All, Mpal],
        question: "CD7 on the leukemia cells",
        what: "A protein on T cells and on most T-ALL.",
        why: "CD7 CAR T-cell trials for T-ALL need it.",
        report: FLOW,
    }
    Cd33 = "CD33": "CD33 on the leukemia cells" {
        phrase: r"\bCD33\b",
        step: Surface,
        asked_for: [Aml, Apl, Mds, Cmml, Mpal],
        question: "CD33 on the leukemia cells",
        what: "A protein on most AML cells.",
        why: "Gemtuzumab ozogamicin and some newer antibodies aim at CD33.",
        report: FLOW,
    }
    Cd123 = "CD123": "CD123 on the leukemia cells" {
        phrase: r"\bCD123\b|IL-?3R",
        step: Surface,
        asked_for: [Aml, Mds, Cmml, Mpal, Bpdcn],
        question: "CD123 on the leukemia cells",
        what: "A protein on BPDCN cells and many AML cells.",
        why: "Tagraxofusp and CD123 antibody or CAR T-cell trials aim at it.",
        report: FLOW,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_marker_has_its_row_and_is_asked_and_explained() {
        assert_eq!(MARKERS.len(), Biomarker::ALL.len());
        for (row, marker) in MARKERS.iter().zip(Biomarker::ALL) {
            assert_eq!(row.marker, *marker);
            assert!(!row.asked_for.is_empty(), "{marker:?} is asked for no diagnosis");
            for text in [row.question, row.what, row.why, row.report, row.phrase] {
                assert!(!text.trim().is_empty(), "{marker:?} has an empty field");
            }
        }
    }

    #[test]
    fn the_answers_document_lists_every_marker_key() {
        let doc = include_str!("../../../../docs/answers-v1.md");
        for marker in Biomarker::ALL {
            assert!(
                doc.contains(&format!("`{}`", marker.key())),
                "docs/answers-v1.md lacks {}",
                marker.key()
            );
        }
    }
}
