//! Every word and phrase the engine recognises, as data: one table of patterns per concept.
//! Adding a synonym is an edit to a table here (and a line in a test table), never new code.
//! Patterns are case-insensitive regex fragments, matched on word boundaries.

use crate::answers::{Biomarker, CmlPhase, Diagnosis, DiseaseStatus, PriorTherapy};

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

/// The phrase table. Order matters only for readability; every pattern is tried.
pub const PHRASES: &[(Concept, &str)] = {
    use crate::answers::CmlPhase as P;
    use crate::answers::{Biomarker as B, Diagnosis as D, PriorTherapy as T};
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
        // Biomarkers.
        (Marker(B::Flt3Itd), r"FLT3[- ]?ITD|internal tandem duplication"),
        (Marker(B::Flt3Tkd), r"FLT3[- ]?TKD|FLT3[- ]D835|tyrosine kinase domain"),
        (Marker(B::Flt3Any), r"\bFLT3\b"),
        (Marker(B::Npm1), r"\bNPM1\b|nucleophosmin"),
        (Marker(B::Idh1), r"\bIDH1\b|\bIDH-1\b|\bR132"),
        (Marker(B::Idh2), r"\bIDH2\b|\bIDH-2\b|\bR140|\bR172"),
        (Marker(B::Tp53), r"\bTP53\b|\bp53\b"),
        (Marker(B::Kmt2a), r"\bKMT2A\b|\bMLL\b|11q23"),
        (
            Marker(B::BcrAbl1),
            r"BCR[:\-/ ]*:?ABL1?|philadelphia[- ]chromosome|t\(9;\s?22\)|\b(?-i:Ph)\b|\b(?-i:Phi)\b",
        ),
        (Marker(B::T315i), r"\bT315I\b"),
        (Marker(B::Cd19), r"\bCD19\b"),
        (Marker(B::Cd22), r"\bCD22\b"),
        (Marker(B::Cd33), r"\bCD33\b"),
        (Marker(B::Cd123), r"\bCD123\b|IL-?3R"),
        (Marker(B::Cd7), r"\bCD7\b"),
        (Marker(B::Cd20), r"\bCD20\b"),
        (
            Marker(B::Del17p),
            r"del\s?\(?17p\)?|17p[- ]?(?:deletion|del)\b|deletion (?:of )?(?:chromosome )?17p",
        ),
        (Marker(B::ComplexKaryotype), r"complex karyotype|complex cytogenetic"),
        (Marker(B::PmlRara), r"PML[:\-/ ]*:?RARA?|t\(15;\s?17\)"),
        (
            Marker(B::Cbf),
            r"core[- ]binding[- ]factor|\bCBF\b|t\(8;\s?21\)|inv\(16\)|t\(16;\s?16\)|RUNX1[:\-/ ]*:?RUNX1T1|CBFB[:\-/ ]*:?MYH11",
        ),
        (Marker(B::PhLike), r"Ph[- ]like|BCR[- ]?ABL1?[- ]like|philadelphia[- ]like"),
        (Marker(B::Nup98), r"\bNUP98\b"),
        // Therapies, by class and by generic and brand name.
        (
            Therapy(T::IntensiveChemo),
            r"intensive (?:induction )?chemotherapy|induction chemotherapy|\b7\s?\+\s?3\b|cytarabine|daunorubicin|idarubicin|hyper-?CVAD|\bFLAG(?:-IDA)?\b|CPX-351|Vyxeos",
        ),
        (
            Therapy(T::Hma),
            r"hypomethylating|demethylating|azacitidine|azacytidine|Vidaza|decitabine|Dacogen|\bHMAs?\b|guadecitabine|Inqovi",
        ),
        (Therapy(T::Venetoclax), r"venetoclax|Venclexta|Venclyxto|BCL-?2 inhibitor"),
        (Therapy(T::Ponatinib), r"ponatinib|Iclusig"),
        (Therapy(T::Blinatumomab), r"blinatumomab|Blincyto"),
        (Therapy(T::Inotuzumab), r"inotuzumab|Besponsa"),
        (
            Therapy(T::Cd19CarT),
            r"CD19[- ](?:directed |targeted |specific )?CAR|tisagenlecleucel|Kymriah|brexucabtagene|Tecartus|obecabtagene|Aucatzyl|axicabtagene|lisocabtagene",
        ),
        (
            Therapy(T::AlloSct),
            r"allogeneic|allo-?(?:HSCT|HCT|SCT|BMT|transplant)|\bHSCT\b|\bHCT\b|stem cell transplant|bone marrow transplant",
        ),
        (
            Therapy(T::Btki),
            r"BTK inhibitor|\bBTKis?\b|ibrutinib|Imbruvica|acalabrutinib|Calquence|zanubrutinib|Brukinsa|pirtobrutinib|Jaypirca",
        ),
        (
            Therapy(T::Flt3Inhibitor),
            r"FLT3 inhibitor|FLT3-?(?:directed|targeted) (?:therapy|agent)|midostaurin|Rydapt|gilteritinib|Xospata|quizartinib|Vanflyta|sorafenib|crenolanib",
        ),
        (
            Therapy(T::IdhInhibitor),
            r"IDH[12]? inhibitor|ivosidenib|Tibsovo|enasidenib|Idhifa|olutasidenib|Rezlidhia",
        ),
        (
            Therapy(T::MeninInhibitor),
            r"menin inhibitor|menin-KMT2A|revumenib|Revuforj|ziftomenib|bleximenib|enzomenib",
        ),
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
