//! Every word and phrase the engine recognises, as data: one table of patterns per concept.
//! Adding a synonym is an edit to a table here (and a line in a test table), never new code.
//! Patterns are case-insensitive regex fragments, matched on word boundaries.

use std::sync::LazyLock;

use crate::answers::{
    Biomarker, CmlPhase, Diagnosis, DiseaseStatus, PriorTherapy, DIAGNOSES, MARKERS, THERAPIES,
};

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
    /// Something the questionnaire does not ask about (an autologous transplant, intrathecal
    /// chemotherapy, hydroxyurea …): understood, so it is not an unread word, but never a need.
    Unasked,
    /// A stem cell transplant of unstated kind: counts towards an allogeneic one, softly.
    Transplant,
}

/// Groups of diagnoses named together in titles and conditions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Family {
    AcuteLeukemia,
    Myeloid,
    /// Myeloproliferative neoplasms: CML is one.
    Myeloproliferative,
    Lymphoid,
    Leukemia,
    Hematologic,
}

impl Family {
    /// The diagnoses a family can include.
    pub fn members(self) -> &'static [Diagnosis] {
        use Diagnosis::*;
        match self {
            Family::AcuteLeukemia => &[Aml, Apl, AmlTr, AmlMr, BAll, TAll, All, Burkitt, Mpal, Bpdcn, Ankl],
            Family::Myeloid => {
                &[Aml, Apl, AmlTr, AmlMr, Cml, Mds, MdsLr, MdsHr, Cmml, MdsMpn, Mpal, Bpdcn, Jmml]
            }
            Family::Myeloproliferative => &[Cml],
            Family::Lymphoid => {
                &[BAll, TAll, All, Burkitt, Cll, Richter, Hcl, BPll, TPll, Lgl, Ankl, Atll, Mpal]
            }
            Family::Leukemia | Family::Hematologic => Diagnosis::ALL,
        }
    }
}

impl Family {
    /// Whether the family is only a heading for `dx` when a trial names both ("Leukemia; Acute
    /// Myeloid Leukemia"). MDS is no leukemia: "Leukemia; Myelodysplastic Syndrome" names two
    /// things.
    pub fn heads(self, dx: Diagnosis) -> bool {
        use Diagnosis::*;
        let mds = matches!(dx, Mds | MdsLr | MdsHr);
        self.members().contains(&dx) && !(self == Family::Leukemia && mds)
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

/// Every phrase the reader recognises: the diagnoses' phrases from their table first, then the
/// rows written here, with the markers' and prior treatments' phrases placed where the block
/// comment says. Order
/// matters only for readability; every pattern is tried.
pub static PHRASES: LazyLock<Vec<(Concept, &'static str)>> = LazyLock::new(|| {
    let (before, after) =
        OWN_PHRASES.split_at(OWN_PHRASES.iter().position(|(c, _)| *c == Concept::Tki).unwrap_or(0));
    let diagnoses = (DIAGNOSES.iter().filter(|row| !row.phrase.is_empty()))
        .map(|row| (Concept::Diagnosis(row.diagnosis), row.phrase));
    let markers = MARKERS.iter().map(|row| (Concept::Marker(row.marker), row.phrase));
    let therapies = THERAPIES.iter().map(|row| (Concept::Therapy(row.therapy), row.phrase));
    diagnoses
        .chain(before.iter().copied())
        .chain(markers)
        .chain(therapies)
        .chain(after.iter().copied())
        .collect()
});

/// The phrases that belong to no answers table.
const OWN_PHRASES: &[(Concept, &str)] = {
    use crate::answers::CmlPhase as P;
    use Concept::*;
    &[
        // Diagnoses come from their table (answers/diagnoses.rs) and are placed first by `PHRASES`.
        (DiagnosisFamily(Family::AcuteLeukemia), r"acute leuka?emias?\b"),
        (DiagnosisFamily(Family::Myeloid), r"myeloid (?:malignanc|neoplas|disease|leuka?emia)"),
        (DiagnosisFamily(Family::Myeloproliferative), r"myeloproliferative|\bMPNs?\b"),
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
        // Treatments the questionnaire does not ask about. Each is longer than the asked drug
        // it contains ("intrathecal cytarabine" is not intensive chemotherapy), so it takes
        // that mention's place.
        (
            Unasked,
            r"autologous (?:(?:peripheral blood |hematopoietic |haematopoietic )?(?:stem cell |bone marrow |cell )?)?(?:transplant\w*|SCT|HSCT|HCT|rescue|support)|\bauto-?(?:SCT|HSCT|HCT|BMT|transplant\w*)\b|intrathecal (?:\w+ ){0,2}(?:cytarabine|methotrexate|chemotherapy|hydrocortisone|therapy)|\bIT (?:cytarabine|ara-?C|methotrexate|MTX)\b|low[- ]dose (?:cytarabine|ara-?C)|\bLo?DAC\b|hydroxyurea|hydroxycarbamide|leukapheresis|(?:cranial |total body |whole[- ]body )?(?:irradiation|radiotherapy|radiation therapy)|\bTBI\b|(?:cortico)?steroids?|glucocorticoids?|dexamethasone|prednisone|prednisolone|growth factors?|\bG-?CSF\b|transfusions?|all-trans retinoic acid|\bATRA\b|tretinoin|arsenic trioxide|imatinib|dasatinib|nilotinib|bosutinib|asciminib|rituximab|obinutuzumab|gemtuzumab(?: ozogamicin)?|Mylotarg|interferon",
        ),
        (
            Transplant,
            r"(?:hematopoietic |haematopoietic |peripheral blood )?(?:stem cell|bone marrow|cell) transplant\w*|\b(?:HSCT|HCT|SCT|BMT)\b|transplantation",
        ),
    ]
};

/// Words that carry no requirement of their own: grammar, the people a criterion is about,
/// and the words that only support a concept the reader understands ("documented", "mutation",
/// "positive", "prior", "therapy"). A criterion whose every word is an understood concept, a
/// bound number or one of these is read whole (`reading/coverage.rs`); any other word is one
/// the reader did not understand. Words that change what a criterion asks — ordinals such as
/// "second", "high-risk", "bulky", "secondary", "de novo" — are deliberately not here.
pub const FILLER: &[&str] = &[
    // Grammar.
    "a",
    "an",
    "the",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "by",
    "with",
    "and",
    "or",
    "as",
    "is",
    "are",
    "be",
    "been",
    "being",
    "was",
    "were",
    "has",
    "have",
    "had",
    "having",
    "must",
    "should",
    "shall",
    "will",
    "would",
    "who",
    "whom",
    "which",
    "that",
    "their",
    "his",
    "her",
    "its",
    "they",
    "them",
    "this",
    "these",
    "those",
    "from",
    "any",
    "all",
    "both",
    "each",
    "per",
    "also",
    "do",
    "does",
    "did",
    "can",
    "could",
    "there",
    "than",
    "into",
    "s",
    "either",
    "nor",
    "yet",
    // The people a criterion is about.
    "patient",
    "patients",
    "participant",
    "participants",
    "subject",
    "subjects",
    "person",
    "persons",
    "people",
    "individual",
    "individuals",
    "adult",
    "adults",
    "child",
    "children",
    "pediatric",
    "paediatric",
    "men",
    "women",
    "male",
    "males",
    "female",
    "females",
    "age",
    "aged",
    "years",
    "year",
    "yrs",
    "old",
    "older",
    "months",
    "month",
    // Supporting a diagnosis.
    "diagnosis",
    "diagnosed",
    "diagnoses",
    "confirmed",
    "confirmation",
    "documented",
    "documentation",
    "known",
    "evidence",
    "proven",
    "histologically",
    "cytologically",
    "pathologically",
    "morphologically",
    "histological",
    "pathological",
    "cytological",
    "morphological",
    "according",
    "criteria",
    "criterion",
    "classification",
    "who",
    "fab",
    "icc",
    "eln",
    "disease",
    "diseases",
    "leukemia",
    "leukaemia",
    "leukemias",
    "cancer",
    "malignancy",
    "malignancies",
    "neoplasm",
    "neoplasms",
    "type",
    "types",
    "subtype",
    "subtypes",
    "established",
    "definitive",
    "clinical",
    "clinically",
    "verified",
    "current",
    "currently",
    "present",
    "presence",
    "absence",
    "absent",
    "have",
    "has",
    "diagnostic",
    // Supporting a marker.
    "mutation",
    "mutations",
    "mutated",
    "mutant",
    "positive",
    "positivity",
    "negative",
    "expression",
    "express",
    "expresses",
    "expressing",
    "expressed",
    "rearrangement",
    "rearrangements",
    "rearranged",
    "translocation",
    "translocations",
    "fusion",
    "fusions",
    "deletion",
    "deletions",
    "gene",
    "genes",
    "status",
    "detected",
    "detectable",
    "detection",
    "test",
    "tests",
    "testing",
    "tested",
    "pcr",
    "fish",
    "ngs",
    "cytogenetics",
    "cytogenetic",
    "karyotype",
    "flow",
    "cytometry",
    "immunophenotyping",
    "local",
    "central",
    "laboratory",
    "lab",
    "result",
    "results",
    "abnormality",
    "abnormalities",
    "alteration",
    "alterations",
    "variant",
    "variants",
    "marker",
    "markers",
    "protein",
    "cells",
    "cell",
    "blasts",
    "leukemic",
    "leukaemic",
    "surface",
    "antigen",
    "on",
    "chromosome",
    "assay",
    // Supporting a treatment.
    "prior",
    "previous",
    "previously",
    "received",
    "receive",
    "receiving",
    "treatment",
    "treatments",
    "therapy",
    "therapies",
    "treated",
    "agent",
    "agents",
    "drug",
    "drugs",
    "inhibitor",
    "inhibitors",
    "given",
    "exposure",
    "exposed",
    "use",
    "history",
    "course",
    "courses",
    "dose",
    "doses",
    "administered",
    "administration",
    "including",
    "regimen",
    "regimens",
    "based",
    "containing",
    "combination",
    "standard",
    "approved",
    "undergone",
    "underwent",
    "after",
    "following",
    "failure",
    "failed",
    "failing",
    "resistant",
    "resistance",
    "intolerant",
    "intolerance",
    "progression",
    "progressed",
    "progressive",
    "despite",
    "line",
    "lines",
    // Supporting performance, fitness and the rest.
    "performance",
    "score",
    "scale",
    "grade",
    "eligible",
    "ineligible",
    "candidate",
    "candidates",
    "fit",
    "unfit",
    "suitable",
    "unsuitable",
    "considered",
    "deemed",
    "able",
    "unable",
    "appropriate",
    "inappropriate",
    "investigator",
    "judgment",
    "judgement",
    "opinion",
    "treating",
    "physician",
    "due",
    "because",
    "involvement",
    "no",
    "not",
    "without",
    "never",
    "none",
    "other",
    "than",
    "except",
    "excluding",
    "non",
    "free",
];
