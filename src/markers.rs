//! What the questionnaire asks about test results and treatments: which markers and prior
//! treatments matter for each diagnosis, and a short explainer for each marker (what it is,
//! why trials ask, where it appears on a report). Content as data, so every step agrees.

use trialmatch_core::answers::{Biomarker, Diagnosis, PriorTherapy};

/// One marker's question and explainer.
#[derive(Debug, Clone, Copy)]
pub struct MarkerInfo {
    /// The question, e.g. "Is there a FLT3-ITD mutation?"
    pub question: &'static str,
    /// What it is.
    pub what: &'static str,
    /// Why trials ask about it.
    pub why: &'static str,
    /// Where it appears on a report.
    pub report: &'static str,
}

/// Genetic and chromosome results (the "Test results" step), in the order asked.
pub const GENETIC: &[Biomarker] = &[
    Biomarker::Flt3Itd,
    Biomarker::Flt3Tkd,
    Biomarker::Flt3Any,
    Biomarker::Npm1,
    Biomarker::Idh1,
    Biomarker::Idh2,
    Biomarker::Tp53,
    Biomarker::Kmt2a,
    Biomarker::Nup98,
    Biomarker::Cbf,
    Biomarker::ComplexKaryotype,
    Biomarker::PmlRara,
    Biomarker::BcrAbl1,
    Biomarker::T315i,
    Biomarker::PhLike,
    Biomarker::Del17p,
];

/// Proteins on the surface of the leukemia cells (the "Surface markers" step).
pub const SURFACE: &[Biomarker] =
    &[Biomarker::Cd19, Biomarker::Cd22, Biomarker::Cd20, Biomarker::Cd7, Biomarker::Cd33, Biomarker::Cd123];

const NGS: &str = "The molecular or NGS (next-generation sequencing) panel, or a separate FLT3/NPM1 PCR test, usually done on the bone marrow at diagnosis and at relapse.";
const FLOW: &str = "The flow cytometry (immunophenotyping) report of the bone marrow or blood, which lists the markers found on the blasts as positive or negative.";

pub fn info(marker: Biomarker) -> MarkerInfo {
    match marker {
        Biomarker::Flt3Itd => MarkerInfo {
            question: "FLT3-ITD (internal tandem duplication)",
            what: "A change in the FLT3 gene where a piece is copied several times, making leukemia cells grow faster.",
            why: "FLT3 inhibitors (such as gilteritinib or quizartinib) target it, so many AML trials are only for people who have it — or who do not.",
            report: NGS,
        },
        Biomarker::Flt3Tkd => MarkerInfo {
            question: "FLT3-TKD (tyrosine kinase domain mutation, e.g. D835)",
            what: "A small point change in the FLT3 gene, often written as D835 or I836.",
            why: "Some FLT3 inhibitors work on TKD mutations too, so trials may name it separately from ITD.",
            report: NGS,
        },
        Biomarker::Flt3Any => MarkerInfo {
            question: "Any FLT3 mutation (type not known)",
            what: "Use this when the report says FLT3 is mutated (or not) but you do not know whether it is ITD or TKD.",
            why: "Trials for \"FLT3-mutated\" leukemia accept either type.",
            report: NGS,
        },
        Biomarker::Npm1 => MarkerInfo {
            question: "NPM1 mutation",
            what: "A change in the NPM1 gene, one of the most common in AML.",
            why: "Menin inhibitor trials look for it, and it also helps predict how AML responds to chemotherapy.",
            report: NGS,
        },
        Biomarker::Idh1 => MarkerInfo {
            question: "IDH1 mutation",
            what: "A change in the IDH1 enzyme (often R132) that keeps blood cells from maturing.",
            why: "IDH1 inhibitors (ivosidenib, olutasidenib) target it, so trials may require it.",
            report: "The molecular or NGS panel report.",
        },
        Biomarker::Idh2 => MarkerInfo {
            question: "IDH2 mutation",
            what: "A change in the IDH2 enzyme (R140 or R172) that keeps blood cells from maturing.",
            why: "The IDH2 inhibitor enasidenib targets it, so trials may require it.",
            report: "The molecular or NGS panel report.",
        },
        Biomarker::Tp53 => MarkerInfo {
            question: "TP53 mutation",
            what: "A change in TP53, the gene that normally stops damaged cells from dividing.",
            why: "It makes standard treatment work less well, so some trials are only for TP53-mutated disease and others leave it out.",
            report: "The molecular or NGS panel report; in CLL sometimes a separate TP53 test.",
        },
        Biomarker::Kmt2a => MarkerInfo {
            question: "KMT2A (MLL) rearrangement",
            what: "The KMT2A gene (also called MLL) is broken and joined to another gene, e.g. t(9;11) or t(4;11).",
            why: "Menin inhibitor trials look for it, in AML and in ALL, in children and adults.",
            report: "The FISH or karyotype (cytogenetics) report, or an RNA fusion panel.",
        },
        Biomarker::Nup98 => MarkerInfo {
            question: "NUP98 rearrangement",
            what: "The NUP98 gene is joined to another gene, e.g. NUP98-NSD1; more common in children's AML.",
            why: "It marks high-risk AML; some trials (e.g. of menin inhibitors) include it.",
            report: "The karyotype, FISH or RNA fusion panel report.",
        },
        Biomarker::Cbf => MarkerInfo {
            question: "Core-binding-factor AML: t(8;21) or inv(16)/t(16;16)",
            what: "Two chromosome changes (RUNX1-RUNX1T1 or CBFB-MYH11) that define a favourable type of AML.",
            why: "CBF AML is often treated with chemotherapy plus gemtuzumab, so trials either focus on it or leave it out.",
            report: "The karyotype (cytogenetics) or FISH report, or a PCR test.",
        },
        Biomarker::ComplexKaryotype => MarkerInfo {
            question: "Complex karyotype (three or more chromosome changes)",
            what: "The chromosome test found three or more separate abnormalities in the leukemia cells.",
            why: "It marks higher-risk AML or MDS; some trials are designed for it.",
            report: "The karyotype (cytogenetics) report, usually summarised as \"complex\".",
        },
        Biomarker::PmlRara => MarkerInfo {
            question: "PML-RARA, t(15;17)",
            what: "The gene fusion that defines acute promyelocytic leukemia (APL).",
            why: "APL is treated differently from other AML (with ATRA and arsenic), so trials either require it or exclude it.",
            report: "The FISH, karyotype or PCR report, often done urgently at diagnosis.",
        },
        Biomarker::BcrAbl1 => MarkerInfo {
            question: "BCR-ABL1 (Philadelphia chromosome, t(9;22))",
            what: "Chromosomes 9 and 22 swap pieces, making the BCR-ABL1 protein that drives CML and Ph-positive ALL.",
            why: "It decides whether tyrosine-kinase inhibitors (imatinib, dasatinib, ponatinib…) are part of treatment.",
            report: "The karyotype or FISH report, or a BCR-ABL1 PCR test (a number with % IS).",
        },
        Biomarker::T315i => MarkerInfo {
            question: "T315I mutation in BCR-ABL1",
            what: "A change in BCR-ABL1 that makes most TKIs stop working; ponatinib and asciminib still work.",
            why: "Trials for resistant CML or Ph-positive ALL often ask for or about it.",
            report: "An ABL kinase domain mutation test, done when treatment stops working.",
        },
        Biomarker::PhLike => MarkerInfo {
            question: "Ph-like (BCR-ABL1-like) ALL",
            what: "B-ALL that behaves like Philadelphia-positive ALL without having the BCR-ABL1 fusion (e.g. CRLF2, JAK or ABL-class changes).",
            why: "Trials add targeted pills (e.g. dasatinib or ruxolitinib) for some Ph-like changes.",
            report: "A special gene-expression or fusion panel, or a note in the molecular report.",
        },
        Biomarker::Del17p => MarkerInfo {
            question: "17p deletion (del(17p))",
            what: "Part of chromosome 17, which holds TP53, is missing from the CLL cells.",
            why: "It changes which CLL treatments work, so trials often ask about it.",
            report: "The CLL FISH panel report.",
        },
        Biomarker::Cd19 => MarkerInfo {
            question: "CD19 on the leukemia cells",
            what: "A protein on the surface of almost all B-cell leukemias.",
            why: "Blinatumomab and most CAR T-cell therapies aim at CD19, so trials may need it — especially after earlier CD19 treatment, when it can be lost.",
            report: FLOW,
        },
        Biomarker::Cd22 => MarkerInfo {
            question: "CD22 on the leukemia cells",
            what: "A protein on the surface of most B-cell leukemias.",
            why: "Inotuzumab and CD22 CAR T cells aim at it.",
            report: FLOW,
        },
        Biomarker::Cd20 => MarkerInfo {
            question: "CD20 on the leukemia cells",
            what: "A protein on B cells; present in CLL and in some B-ALL.",
            why: "Rituximab and obinutuzumab aim at CD20, and B-ALL trials may add rituximab when it is present.",
            report: FLOW,
        },
        Biomarker::Cd7 => MarkerInfo {
            question: "CD7 on the leukemia cells",
            what: "A protein on T cells and on most T-ALL.",
            why: "CD7 CAR T-cell trials for T-ALL need it.",
            report: FLOW,
        },
        Biomarker::Cd33 => MarkerInfo {
            question: "CD33 on the leukemia cells",
            what: "A protein on most AML cells.",
            why: "Gemtuzumab ozogamicin and some newer antibodies aim at CD33.",
            report: FLOW,
        },
        Biomarker::Cd123 => MarkerInfo {
            question: "CD123 on the leukemia cells",
            what: "A protein on BPDCN cells and many AML cells.",
            why: "Tagraxofusp and CD123 antibody or CAR T-cell trials aim at it.",
            report: FLOW,
        },
    }
}

/// Whether a marker is worth asking about for this diagnosis. With no diagnosis (or
/// "another diagnosis") every marker is asked.
pub fn marker_relevant(marker: Biomarker, diagnosis: Option<Diagnosis>) -> bool {
    use Biomarker as B;
    use Diagnosis as D;
    let Some(diagnosis) = diagnosis else { return true };
    let myeloid = [
        B::Flt3Itd,
        B::Flt3Tkd,
        B::Flt3Any,
        B::Npm1,
        B::Idh1,
        B::Idh2,
        B::Tp53,
        B::Kmt2a,
        B::Nup98,
        B::Cbf,
        B::ComplexKaryotype,
        B::Cd33,
        B::Cd123,
    ];
    let b_all = [B::BcrAbl1, B::T315i, B::PhLike, B::Kmt2a, B::Tp53, B::Cd19, B::Cd22, B::Cd20];
    match diagnosis {
        D::Aml => myeloid.contains(&marker) || marker == B::PmlRara,
        D::Mds | D::Cmml => {
            [B::Tp53, B::Idh1, B::Idh2, B::Flt3Any, B::Npm1, B::ComplexKaryotype, B::Kmt2a, B::Cd33, B::Cd123]
                .contains(&marker)
        }
        D::Apl => [B::PmlRara, B::Flt3Itd, B::Flt3Any, B::Cd33].contains(&marker),
        D::BAll => b_all.contains(&marker),
        D::TAll => [B::Cd7, B::Tp53, B::Kmt2a, B::Nup98].contains(&marker),
        D::All => b_all.contains(&marker) || marker == B::Cd7,
        D::Cml => [B::BcrAbl1, B::T315i].contains(&marker),
        D::Cll => [B::Del17p, B::Tp53, B::Cd20, B::Cd19].contains(&marker),
        D::Mpal => {
            [B::BcrAbl1, B::T315i, B::Kmt2a, B::Flt3Any, B::Tp53, B::Cd19, B::Cd22, B::Cd7, B::Cd33, B::Cd123]
                .contains(&marker)
        }
        D::Bpdcn => [B::Cd123, B::Tp53].contains(&marker),
        D::Jmml => [B::Kmt2a, B::Nup98].contains(&marker),
        D::Other => true,
    }
}

/// One prior treatment's question and a hint naming the drugs it covers.
pub fn therapy_hint(therapy: PriorTherapy) -> &'static str {
    match therapy {
        PriorTherapy::IntensiveChemo => "For example 7+3, hyper-CVAD, FLAG-IDA or pediatric-style ALL induction.",
        PriorTherapy::Hma => "Azacitidine (Vidaza, Onureg) or decitabine (Dacogen, Inqovi).",
        PriorTherapy::Venetoclax => "Venclexta, or another BCL-2 inhibitor.",
        PriorTherapy::Ponatinib => "Iclusig.",
        PriorTherapy::Blinatumomab => "Blincyto.",
        PriorTherapy::Inotuzumab => "Inotuzumab ozogamicin (Besponsa).",
        PriorTherapy::Cd19CarT => "Tisagenlecleucel (Kymriah), brexucabtagene (Tecartus), obecabtagene (Aucatzyl) or a CD19 CAR T in a trial.",
        PriorTherapy::AlloSct => "A stem cell or bone marrow transplant from a donor (not your own cells).",
        PriorTherapy::Btki => "Ibrutinib, acalabrutinib, zanubrutinib or pirtobrutinib.",
        PriorTherapy::Flt3Inhibitor => "Midostaurin, gilteritinib, quizartinib or sorafenib.",
        PriorTherapy::IdhInhibitor => "Ivosidenib, enasidenib or olutasidenib.",
        PriorTherapy::MeninInhibitor => "Revumenib or ziftomenib.",
    }
}

/// Whether a prior treatment is worth asking about for this diagnosis (all when unknown).
pub fn therapy_relevant(therapy: PriorTherapy, diagnosis: Option<Diagnosis>) -> bool {
    use Diagnosis as D;
    use PriorTherapy as T;
    let Some(diagnosis) = diagnosis else { return true };
    match therapy {
        T::AlloSct => true,
        T::IntensiveChemo => diagnosis != D::Cll,
        T::Hma => matches!(diagnosis, D::Aml | D::Mds | D::Cmml | D::Mpal | D::Bpdcn | D::Jmml | D::Other),
        T::Venetoclax => !matches!(diagnosis, D::Cml | D::Apl | D::Jmml),
        T::Ponatinib => matches!(diagnosis, D::Cml | D::BAll | D::All | D::Mpal | D::Other),
        T::Blinatumomab | T::Inotuzumab | T::Cd19CarT => {
            matches!(diagnosis, D::BAll | D::All | D::Mpal | D::Other)
        }
        T::Btki => matches!(diagnosis, D::Cll | D::Other),
        T::Flt3Inhibitor | T::IdhInhibitor => matches!(diagnosis, D::Aml | D::Mds | D::Mpal | D::Other),
        T::MeninInhibitor => matches!(diagnosis, D::Aml | D::BAll | D::All | D::Mpal | D::Other),
    }
}

/// Whether to ask how many BCR-ABL tyrosine-kinase inhibitors were received: for CML, and
/// for ALL or MPAL unless the person said BCR-ABL1 is absent.
pub fn asks_tki_count(diagnosis: Option<Diagnosis>, bcr_abl1: Option<bool>) -> bool {
    match diagnosis {
        None | Some(Diagnosis::Cml) | Some(Diagnosis::Other) => true,
        Some(Diagnosis::BAll | Diagnosis::All | Diagnosis::Mpal) => bcr_abl1 != Some(false),
        _ => bcr_abl1 == Some(true),
    }
}

/// The ECOG performance levels in plain words.
pub const ECOG: [(u8, &str, &str); 5] = [
    (0, "Fully active", "Able to do everything you did before the illness, without limits."),
    (
        1,
        "Light work",
        "Can't do heavy physical work, but can walk and do light work such as housework or office work.",
    ),
    (
        2,
        "Up and about, no work",
        "Up and about more than half the day and able to care for yourself, but not able to work.",
    ),
    (3, "In bed or a chair more than half the day", "Able to do only limited self-care."),
    (4, "Bed-bound", "Cannot get out of bed or care for yourself without help."),
];
