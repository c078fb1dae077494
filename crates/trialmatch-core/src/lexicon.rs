//! Every word and phrase the engine recognises, as data: one table of patterns per concept.
//! Adding a synonym is an edit to a table here (and a line in a test table), never new code.
//! Patterns are case-insensitive regex fragments, matched on word boundaries.

use std::sync::LazyLock;

use crate::answers::{Biomarker, CmlPhase, Diagnosis, DiseaseStatus, PriorTherapy, MARKERS, THERAPIES};

/// What a phrase refers to. The reader turns concepts plus their context into requirements.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Concept {
    Diagnosis(Diagnosis),
    /// A family of diagnoses ("acute leukemia", "myeloid neoplasms"): never decisive.
    DiagnosisFamily(Family),
    CmlPhase(CmlPhase),
    Status(StatusWord),
    Marker(Biomarker),
    /// A drug or drug class; `PriorTherapy` is the answers key it counts towards.
    Therapy(PriorTherapy),
    /// A BCR-ABL tyrosine-kinase inhibitor (counted by `tki_count`).
    Tki,
    /// Any treatment for the disease ("prior therapy for AML"): a newly-diagnosed signal.
    AnyTreatment,
    Ecog,
    Karnofsky,
    Cns,
    Intensive,
    PriorLines,
}

/// Groups of diagnoses named together in titles and conditions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Family {
    AcuteLeukemia,
    Myeloid,
    Lymphoid,
    Leukemia,
    Hematologic,
}

impl Family {
    /// The diagnoses a family can include.
    pub fn members(self) -> &'static [Diagnosis] {
        use Diagnosis::*;
        match self {
            Family::AcuteLeukemia => &[Aml, Apl, BAll, TAll, All, Mpal, Bpdcn],
            Family::Myeloid => &[Aml, Apl, Cml, Mds, Cmml, Mpal, Bpdcn, Jmml],
            Family::Lymphoid => &[BAll, TAll, All, Cll, Mpal],
            Family::Leukemia | Family::Hematologic => Diagnosis::ALL,
        }
    }
}

/// Disease-status words; several map to more than one answers value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StatusWord {
    NewlyDiagnosed,
    Relapsed,
    Refractory,
    RelapsedOrRefractory,
    Remission,
    MrdPositive,
    MrdNegative,
}

impl StatusWord {
    pub fn statuses(self) -> &'static [DiseaseStatus] {
        use DiseaseStatus::*;
        match self {
            StatusWord::NewlyDiagnosed => &[NewlyDiagnosed],
            StatusWord::Relapsed => &[Relapsed],
            StatusWord::Refractory => &[Refractory],
            StatusWord::RelapsedOrRefractory => &[Relapsed, Refractory],
            StatusWord::Remission => &[RemissionMrdPositive, RemissionMrdNegative],
            StatusWord::MrdPositive => &[RemissionMrdPositive],
            StatusWord::MrdNegative => &[RemissionMrdNegative],
        }
    }
}

/// Every phrase the reader recognises: the rows written here, with the markers' and prior
/// treatments' phrases from their tables placed where the marker block comment says. Order
/// matters only for readability; every pattern is tried.
pub static PHRASES: LazyLock<Vec<(Concept, &'static str)>> = LazyLock::new(|| {
    let (before, after) =
        OWN_PHRASES.split_at(OWN_PHRASES.iter().position(|(c, _)| *c == Concept::Tki).unwrap_or(0));
    let markers = MARKERS.iter().map(|row| (Concept::Marker(row.marker), row.phrase));
    let therapies = THERAPIES.iter().map(|row| (Concept::Therapy(row.therapy), row.phrase));
    before.iter().copied().chain(markers).chain(therapies).chain(after.iter().copied()).collect()
});

/// The phrases that belong to no answers table.
const OWN_PHRASES: &[(Concept, &str)] = {
    use crate::answers::CmlPhase as P;
    use crate::answers::Diagnosis as D;
    use Concept::*;
    &[
        // Diagnoses.
        (Diagnosis(D::Apl), r"acute promyelocytic leuka?emia|\bAPL\b|\bAML[- ]?M3\b"),
        (
            Diagnosis(D::Aml),
            r"acute myeloid leuka?emia|acute myelogenous leuka?emia|acute myeloblastic leuka?emia|acute non-?lymphocytic leuka?emia|\bAML\b|\bANLL\b|myeloid sarcoma",
        ),
        (
            Diagnosis(D::BAll),
            r"\bB[- ]?(?:cell )?(?:precursor )?(?:acute )?lymphoblastic leuka?emia|\bB[- ]ALL\b|\bBCP[- ]ALL\b|B[- ]lymphoblastic leuka?emia|precursor B[- ]cell",
        ),
        (
            Diagnosis(D::TAll),
            r"\bT[- ]?(?:cell )?(?:acute )?lymphoblastic (?:leuka?emia|lymphoma)|\bT[- ]ALL\b|\bT[- ]LBL\b|early T[- ]cell precursor|\bETP[- ]ALL\b",
        ),
        (
            Diagnosis(D::All),
            r"acute lymphoblastic leuka?emia|acute lymphocytic leuka?emia|acute lymphoid leuka?emia|\b(?-i:ALL)\b|lymphoblastic lymphoma",
        ),
        (
            Diagnosis(D::Cml),
            r"chronic myeloid leuka?emia|chronic myelogenous leuka?emia|chronic granulocytic leuka?emia|\bCML\b",
        ),
        (Diagnosis(D::Cll), r"chronic lymphocytic leuka?emia|small lymphocytic lymphoma|\bCLL\b|\bSLL\b"),
        (Diagnosis(D::Mds), r"myelodysplastic syndrome|myelodysplastic neoplasm|myelodysplasia|\bMDS\b"),
        (Diagnosis(D::Cmml), r"chronic myelomonocytic leuka?emia|\bCMML\b"),
        (
            Diagnosis(D::Mpal),
            r"mixed[- ]phenotype acute leuka?emia|\bMPAL\b|biphenotypic|bilineage|acute leuka?emia of ambiguous lineage|ambiguous lineage",
        ),
        (Diagnosis(D::Bpdcn), r"blastic plasmacytoid dendritic cell neoplasm|\bBPDCN\b"),
        (Diagnosis(D::Jmml), r"juvenile myelomonocytic leuka?emia|\bJMML\b"),
        (DiagnosisFamily(Family::AcuteLeukemia), r"acute leuka?emias?\b"),
        (
            DiagnosisFamily(Family::Myeloid),
            r"myeloid (?:malignanc|neoplas|disease|leuka?emia)|myeloproliferative|\bMDS/MPN\b",
        ),
        (DiagnosisFamily(Family::Lymphoid), r"lymphoid (?:malignanc|neoplas|leuka?emia)"),
        (DiagnosisFamily(Family::Leukemia), r"\bleuka?emias?\b"),
        (
            DiagnosisFamily(Family::Hematologic),
            r"hematologic(?:al)? (?:malignanc|cancer|neoplas|disease|disorder)|haematolog\w* (?:malignanc|cancer|neoplas)|blood cancer|hematopoietic (?:cell |stem cell )?transplant|stem cell transplant|graft[- ]versus[- ]host|\bGVHD\b|neutropeni",
        ),
        // CML phases.
        (CmlPhase(P::Chronic), r"chronic[- ]phase|\bCML[- ]CP\b|\bCP[- ]CML\b"),
        (CmlPhase(P::Accelerated), r"accelerated[- ]phase|\bCML[- ]AP\b|\bAP[- ]CML\b"),
        (CmlPhase(P::Blast), r"blast(?:ic)?[- ](?:phase|crisis)|\bCML[- ]BP\b|\bBP[- ]CML\b"),
        // Disease status.
        (
            Status(StatusWord::RelapsedOrRefractory),
            r"relapsed?\s*(?:/|or|and/or)\s*refractory|refractory\s*(?:/|or|and/or)\s*relapsed?|\bR/R\b|\b(?-i:RR)\b",
        ),
        (
            Status(StatusWord::Relapsed),
            r"\brelapsed?\b|\brelapses\b|\brecurrent (?:adult |childhood |acute |chronic |myeloid |lymphoblastic |B-cell |T-cell )*(?:disease|leuka?emia|AML|ALL|CML|CLL|MDS|myeloid|lymphoblastic|acute|chronic)\b|(?:disease|leuka?emia|AML|ALL) recurrence",
        ),
        (
            Status(StatusWord::Refractory),
            r"\brefractory\b|primary induction failure|persistent (?:disease|leuka?emia)|resistant disease",
        ),
        (
            Status(StatusWord::NewlyDiagnosed),
            r"newly[- ]diagnosed|previously untreated|treatment[- ]na(?:i|ï)ve|untreated|\bna(?:i|ï)ve (?:AML|ALL|CML|CLL|MDS|acute|chronic|leuka?emia|disease|patients?)\b|\bnew (?:or|and|and/or) (?:recurrent|relapsed|refractory)\b|not (?:been |yet )?(?:previously )?treated|no prior (?:therapy|treatment)|first[- ]line",
        ),
        (
            Status(StatusWord::MrdPositive),
            r"\bMRD[- ]?(?:positive|positivity|\+)|measurable residual disease (?:positive|positivity|\(MRD\) positiv)|minimal residual disease (?:positive|positivity)|(?:detectable|persistent|positive) (?:measurable |minimal )?residual disease|\bMRD\s*(?:≥|>=|>|of at least)\s*\d",
        ),
        (
            Status(StatusWord::MrdNegative),
            r"\bMRD[- ]?(?:negative|negativity|-)|(?:undetectable|negative) (?:measurable |minimal )?residual disease|measurable residual disease negativ",
        ),
        (
            Status(StatusWord::Remission),
            r"complete (?:remission|response)|\b(?-i:CR)\s?[12i]?\b|\b(?-i:CRi|CRh)\b|in remission|morphologic remission",
        ),
        // Biomarkers and prior treatments come from their tables (answers/markers.rs and
        // answers/therapies.rs) and are placed here by `PHRASES`.
        (
            // Only the class: excluding one named TKI is not excluding every TKI.
            Tki,
            r"(?:BCR-?ABL1? )?tyrosine kinase inhibitors?|\bTKIs?\b",
        ),
        (
            AnyTreatment,
            r"(?:therapy|treatment|chemotherapy) (?:for|of) (?:the |their )?(?:AML|MDS|ALL|CML|CLL|leuka?emia|disease|malignancy)|(?:anti-?leuka?emic|disease-directed|antineoplastic) (?:therapy|treatment)",
        ),
        // Performance, CNS, fitness, lines.
        (Ecog, r"\bECOG\b|eastern cooperative oncology group|zubrod|WHO performance"),
        (Karnofsky, r"karnofsky|\bKPS\b|lansky"),
        (
            Cns,
            r"\bCNS\s?3\b|(?:\bCNS\b|central nervous system) (?:involvement|leuka?emia|disease|relapse|infiltration|metastas\w*)|leptomeningeal|(?:active|known|symptomatic) (?:\bCNS\b|central nervous system)",
        ),
        (
            Intensive,
            r"intensive (?:induction |remission induction |cytotoxic )?(?:chemotherapy|chemo|therapy|treatment|induction|regimen)",
        ),
        (
            PriorLines,
            r"prior (?:[\w-]+ )?(?:lines?|regimens?|therap(?:y|ies)|treatments?)|lines? of (?:therapy|treatment)|previous (?:lines?|regimens?|therap(?:y|ies))|regimens?",
        ),
    ]
};
