//! A plain-language glossary for people reading trial records: what each drug is (its
//! mechanism class and one sentence), what a trial phase and a recruiting status mean, and
//! what could go wrong, by phase and by class. Pure data and look-ups: no IO, no allocation
//! beyond name normalisation. The wording is deliberately careful — it describes, it does not
//! advise — and every risk sentence is general: the study team gives the real list.

pub mod terms;

use crate::registry::{Intervention, InterventionType, Phase, Status};

/// How a treatment works, in the groups a person meets in leukemia trials.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DrugClass {
    Flt3Inhibitor,
    IdhInhibitor,
    MeninInhibitor,
    Bcl2Inhibitor,
    Hypomethylating,
    BcrAblTki,
    BtkInhibitor,
    BtkDegrader,
    JakInhibitor,
    Chemotherapy,
    Steroid,
    Antibody,
    AntibodyDrugConjugate,
    BispecificEngager,
    CarT,
    TargetedToxin,
    Differentiation,
    StemCellTransplant,
    RedCellMaturation,
    TelomeraseInhibitor,
    GrowthFactor,
    Placebo,
    TestOrProcedure,
    Radiation,
    Investigational,
    Other,
}

/// One drug of the glossary: its class and a plain sentence about it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DrugEntry {
    /// The name as written in the glossary (lower case).
    pub name: &'static str,
    pub class: DrugClass,
    pub about: &'static str,
}

impl DrugClass {
    pub const ALL: &'static [DrugClass] = &[
        DrugClass::Flt3Inhibitor,
        DrugClass::IdhInhibitor,
        DrugClass::MeninInhibitor,
        DrugClass::Bcl2Inhibitor,
        DrugClass::Hypomethylating,
        DrugClass::BcrAblTki,
        DrugClass::BtkInhibitor,
        DrugClass::BtkDegrader,
        DrugClass::JakInhibitor,
        DrugClass::Chemotherapy,
        DrugClass::Steroid,
        DrugClass::Antibody,
        DrugClass::AntibodyDrugConjugate,
        DrugClass::BispecificEngager,
        DrugClass::CarT,
        DrugClass::TargetedToxin,
        DrugClass::Differentiation,
        DrugClass::StemCellTransplant,
        DrugClass::RedCellMaturation,
        DrugClass::TelomeraseInhibitor,
        DrugClass::GrowthFactor,
        DrugClass::Placebo,
        DrugClass::TestOrProcedure,
        DrugClass::Radiation,
        DrugClass::Investigational,
        DrugClass::Other,
    ];

    /// The distinct classes among `classes`, in sorted order (the order of [`DrugClass::ALL`]).
    /// The same as sorting and removing repeats, without a sort of its own in the WebAssembly.
    pub fn distinct(classes: impl IntoIterator<Item = DrugClass>) -> Vec<DrugClass> {
        let mut present = [false; DrugClass::ALL.len()];
        for class in classes {
            present[class as usize] = true;
        }
        DrugClass::ALL.iter().copied().filter(|c| present[*c as usize]).collect()
    }

    /// A stable short key (for filters and addresses).
    pub fn key(self) -> &'static str {
        match self {
            DrugClass::Flt3Inhibitor => "flt3-inhibitor",
            DrugClass::IdhInhibitor => "idh-inhibitor",
            DrugClass::MeninInhibitor => "menin-inhibitor",
            DrugClass::Bcl2Inhibitor => "bcl2-inhibitor",
            DrugClass::Hypomethylating => "hypomethylating",
            DrugClass::BcrAblTki => "bcr-abl-tki",
            DrugClass::BtkInhibitor => "btk-inhibitor",
            DrugClass::BtkDegrader => "btk-degrader",
            DrugClass::JakInhibitor => "jak-inhibitor",
            DrugClass::Chemotherapy => "chemotherapy",
            DrugClass::Steroid => "steroid",
            DrugClass::Antibody => "antibody",
            DrugClass::AntibodyDrugConjugate => "adc",
            DrugClass::BispecificEngager => "bispecific",
            DrugClass::CarT => "car-t",
            DrugClass::TargetedToxin => "targeted-toxin",
            DrugClass::Differentiation => "differentiation",
            DrugClass::StemCellTransplant => "transplant",
            DrugClass::RedCellMaturation => "red-cell-maturation",
            DrugClass::TelomeraseInhibitor => "telomerase-inhibitor",
            DrugClass::GrowthFactor => "growth-factor",
            DrugClass::Placebo => "placebo",
            DrugClass::TestOrProcedure => "test-or-procedure",
            DrugClass::Radiation => "radiation",
            DrugClass::Investigational => "investigational",
            DrugClass::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<DrugClass> {
        DrugClass::ALL.iter().copied().find(|c| c.key() == key)
    }

    /// The class's name for people.
    pub fn label(self) -> &'static str {
        match self {
            DrugClass::Flt3Inhibitor => "FLT3 inhibitor",
            DrugClass::IdhInhibitor => "IDH inhibitor",
            DrugClass::MeninInhibitor => "Menin inhibitor",
            DrugClass::Bcl2Inhibitor => "BCL-2 inhibitor",
            DrugClass::Hypomethylating => "Hypomethylating agent",
            DrugClass::BcrAblTki => "BCR-ABL tyrosine-kinase inhibitor (TKI)",
            DrugClass::BtkInhibitor => "BTK inhibitor",
            DrugClass::BtkDegrader => "BTK degrader",
            DrugClass::JakInhibitor => "JAK inhibitor",
            DrugClass::Chemotherapy => "Chemotherapy",
            DrugClass::Steroid => "Steroid",
            DrugClass::Antibody => "Monoclonal antibody",
            DrugClass::AntibodyDrugConjugate => "Antibody-drug conjugate",
            DrugClass::BispecificEngager => "Bispecific T-cell engager",
            DrugClass::CarT => "CAR T-cell therapy",
            DrugClass::TargetedToxin => "Targeted toxin",
            DrugClass::Differentiation => "Differentiation therapy",
            DrugClass::StemCellTransplant => "Stem cell transplant",
            DrugClass::RedCellMaturation => "Red-cell maturation agent",
            DrugClass::TelomeraseInhibitor => "Telomerase inhibitor",
            DrugClass::GrowthFactor => "Blood-cell growth factor",
            DrugClass::Placebo => "Placebo",
            DrugClass::TestOrProcedure => "Test or procedure",
            DrugClass::Radiation => "Radiation",
            DrugClass::Investigational => "Investigational drug (code name)",
            DrugClass::Other => "Other",
        }
    }

    /// One plain sentence: how this kind of treatment works.
    pub fn explanation(self) -> &'static str {
        match self {
            DrugClass::Flt3Inhibitor => "A pill that blocks the FLT3 signal, which tells leukemia cells with a FLT3 mutation to keep growing.",
            DrugClass::IdhInhibitor => "A pill that blocks a faulty IDH1 or IDH2 enzyme, so leukemia cells can mature into normal blood cells again.",
            DrugClass::MeninInhibitor => "A pill that blocks menin, a protein that leukemias with a KMT2A rearrangement or an NPM1 mutation depend on.",
            DrugClass::Bcl2Inhibitor => "A pill that switches off BCL-2, a protein that keeps leukemia cells alive, so they die off.",
            DrugClass::Hypomethylating => "A low-intensity chemotherapy, given for a few days each month, that switches back on genes the leukemia has silenced.",
            DrugClass::BcrAblTki => "A pill that blocks the BCR-ABL protein made by the Philadelphia chromosome, which drives CML and Ph-positive ALL.",
            DrugClass::BtkInhibitor => "A pill that blocks BTK, a signal that CLL cells and other B cells need to survive and grow.",
            DrugClass::BtkDegrader => "A pill that makes the cell break down the BTK protein, rather than only blocking it.",
            DrugClass::JakInhibitor => "A pill that calms overactive JAK signalling, which drives some blood cancers.",
            DrugClass::Chemotherapy => "Drugs that kill quickly dividing cells, leukemia cells among them.",
            DrugClass::Steroid => "A corticosteroid that kills lymphoid leukemia cells and calms inflammation.",
            DrugClass::Antibody => "A lab-made antibody that sticks to a marker on leukemia cells (such as CD20) and helps the immune system destroy them.",
            DrugClass::AntibodyDrugConjugate => "An antibody that carries a strong chemotherapy straight to cells showing its marker (such as CD22, CD33 or CD123).",
            DrugClass::BispecificEngager => "An antibody with two arms: one holds a marker on the leukemia cell (such as CD19), the other pulls in the body's own T cells to kill it.",
            DrugClass::CarT => "T cells (the patient's or a donor's) are changed in a lab to recognise a marker on the leukemia, then given back in one infusion.",
            DrugClass::TargetedToxin => "A protein that delivers a toxin to cells showing its marker (CD123).",
            DrugClass::Differentiation => "Drugs (ATRA, arsenic trioxide) that make acute promyelocytic leukemia cells mature into normal white cells.",
            DrugClass::StemCellTransplant => "The blood-forming system is replaced with stem cells from a donor after conditioning chemotherapy.",
            DrugClass::RedCellMaturation => "An injection that helps the marrow finish making red blood cells, to need fewer transfusions.",
            DrugClass::TelomeraseInhibitor => "An infusion that blocks telomerase, an enzyme the abnormal marrow cells rely on to keep dividing.",
            DrugClass::GrowthFactor => "A copy of a natural hormone that tells the bone marrow to make more red or white blood cells.",
            DrugClass::Placebo => "A dummy treatment with no active drug, used so the results can be compared fairly.",
            DrugClass::TestOrProcedure => "A test or procedure that guides treatment rather than being a treatment itself.",
            DrugClass::Radiation => "High-energy rays aimed at the body, for example before a transplant.",
            DrugClass::Investigational => "A new drug still known by a code; the trial record describes how it is meant to work.",
            DrugClass::Other => "Not in this page's glossary; the trial record describes it.",
        }
    }

    /// What could go wrong with this kind of treatment, in general terms.
    pub fn risks(self) -> &'static str {
        match self {
            DrugClass::Flt3Inhibitor => "Low blood counts and infections, nausea, liver test changes, and a change in heart rhythm seen on an ECG (QT prolongation), so ECGs are checked.",
            DrugClass::IdhInhibitor => "Differentiation syndrome — fever, breathlessness and fluid build-up as the cells mature; it is treatable when caught early — plus nausea and blood test changes.",
            DrugClass::MeninInhibitor => "Differentiation syndrome (fever, breathlessness, fluid build-up), heart rhythm changes (QT prolongation) and low blood counts.",
            DrugClass::Bcl2Inhibitor => "Very low blood counts and infections, and tumour lysis syndrome (salts released by dying cells can harm the kidneys), which is why doses are raised slowly with blood tests.",
            DrugClass::Hypomethylating => "Low blood counts and infections, tiredness, nausea, constipation and skin reactions where it is injected; it often takes several months to show whether it works.",
            DrugClass::BcrAblTki => "Low blood counts, rash, swelling, muscle cramps and, depending on the drug, effects on the heart, blood vessels, lungs, liver or pancreas.",
            DrugClass::BtkInhibitor => "Bruising and bleeding, an irregular heartbeat (atrial fibrillation), high blood pressure, infections and diarrhoea.",
            DrugClass::BtkDegrader => "Still being learned; side effects may resemble those of BTK inhibitors (bleeding, infections, heart rhythm changes).",
            DrugClass::JakInhibitor => "Low blood counts (especially red cells and platelets) and infections such as shingles.",
            DrugClass::Chemotherapy => "Very low blood counts with a risk of serious infection and bleeding, often needing transfusions and a hospital stay; hair loss, mouth sores and nausea; some drugs can harm the heart, nerves, liver or fertility.",
            DrugClass::Steroid => "High blood sugar, mood and sleep changes, infections and muscle weakness; bone damage with long use.",
            DrugClass::Antibody => "Infusion reactions (fever, chills, low blood pressure), mostly with the first dose; infections; hepatitis B can flare up.",
            DrugClass::AntibodyDrugConjugate => "Low blood counts, infusion reactions, and liver damage including veno-occlusive disease (blocked small veins in the liver), especially around a transplant.",
            DrugClass::BispecificEngager => "Cytokine release syndrome (fever, low blood pressure) and nervous-system effects such as confusion, tremor or seizures, mostly in the first days; people are watched closely, often in hospital.",
            DrugClass::CarT => "Cytokine release syndrome and nervous-system effects (ICANS) that can be severe, long-lasting low blood counts and infections; it means staying near a specialised centre for several weeks.",
            DrugClass::TargetedToxin => "Capillary leak syndrome (fluid leaks out of blood vessels, causing swelling and low albumin) and liver test changes; people are monitored closely in the first cycle.",
            DrugClass::Differentiation => "Differentiation syndrome (fever, breathlessness, fluid build-up), heart rhythm changes with arsenic, headaches and liver test changes.",
            DrugClass::StemCellTransplant => "Graft-versus-host disease, serious infections and organ damage from conditioning; the treatment itself carries a real risk of death, which the team will discuss.",
            DrugClass::RedCellMaturation => "Tiredness, dizziness, joint or back pain and higher blood pressure.",
            DrugClass::TelomeraseInhibitor => "Low platelets and white cells, mostly in the first cycles, which may need dose delays.",
            DrugClass::GrowthFactor => "Bone pain (white-cell factors); higher blood pressure and blood clots (red-cell factors).",
            DrugClass::Placebo => "A placebo does little itself, but it means you may not receive the new drug being tested; standard treatment is usually still given.",
            DrugClass::TestOrProcedure => "Depends on what is done; ask whether it means extra biopsies, blood draws, scans or visits.",
            DrugClass::Radiation => "Tiredness, skin reactions, nausea and, with whole-body radiation, longer-term effects on organs and fertility.",
            DrugClass::Investigational => "Little is known yet: studying the side effects and the right dose is part of the trial.",
            DrugClass::Other => "Ask the study team what this involves and what side effects to expect.",
        }
    }
}

macro_rules! entries {
    ($($name:literal => $class:ident, $about:literal;)*) => {
        &[$(DrugEntry { name: $name, class: DrugClass::$class, about: $about },)*]
    };
}

/// The drugs and treatments most often met in leukemia and MDS trials. Names are lower case;
/// brand names and common alternatives are separate entries pointing at the same class.
pub const DRUGS: &[DrugEntry] = entries! {
    "quizartinib" => Flt3Inhibitor, "A FLT3 inhibitor for AML with a FLT3-ITD mutation, taken as a pill.";
    "gilteritinib" => Flt3Inhibitor, "A FLT3 inhibitor approved for relapsed or refractory FLT3-mutated AML, taken as a pill.";
    "midostaurin" => Flt3Inhibitor, "A FLT3 inhibitor given with intensive chemotherapy for newly diagnosed FLT3-mutated AML.";
    "sorafenib" => Flt3Inhibitor, "A kinase inhibitor that also blocks FLT3, sometimes used after a transplant.";
    "crenolanib" => Flt3Inhibitor, "An investigational FLT3 inhibitor.";
    "ivosidenib" => IdhInhibitor, "An IDH1 inhibitor for AML or MDS with an IDH1 mutation, taken as a pill.";
    "olutasidenib" => IdhInhibitor, "An IDH1 inhibitor for relapsed or refractory IDH1-mutated AML, taken as a pill.";
    "enasidenib" => IdhInhibitor, "An IDH2 inhibitor for AML with an IDH2 mutation, taken as a pill.";
    "revumenib" => MeninInhibitor, "A menin inhibitor for acute leukemia with a KMT2A rearrangement (and NPM1-mutated AML).";
    "ziftomenib" => MeninInhibitor, "A menin inhibitor studied in NPM1-mutated and KMT2A-rearranged acute leukemia.";
    "bleximenib" => MeninInhibitor, "An investigational menin inhibitor.";
    "venetoclax" => Bcl2Inhibitor, "A BCL-2 inhibitor used with azacitidine or decitabine in AML and with other drugs in CLL.";
    "azacitidine" => Hypomethylating, "A hypomethylating agent given by injection (or as a pill, oral azacitidine) in AML and MDS.";
    "oral azacitidine" => Hypomethylating, "Azacitidine as a tablet, used to keep AML in remission.";
    "decitabine" => Hypomethylating, "A hypomethylating agent given by infusion in AML and MDS.";
    "decitabine and cedazuridine" => Hypomethylating, "Decitabine combined with cedazuridine so it can be taken as a pill.";
    "cedazuridine" => Hypomethylating, "Given with decitabine so that decitabine works when swallowed.";
    "imatinib" => BcrAblTki, "The first BCR-ABL TKI, for CML and Ph-positive ALL.";
    "dasatinib" => BcrAblTki, "A second-generation BCR-ABL TKI for CML and Ph-positive ALL.";
    "nilotinib" => BcrAblTki, "A second-generation BCR-ABL TKI for CML.";
    "bosutinib" => BcrAblTki, "A second-generation BCR-ABL TKI for CML.";
    "ponatinib" => BcrAblTki, "A third-generation BCR-ABL TKI that also works against the T315I mutation.";
    "asciminib" => BcrAblTki, "A BCR-ABL inhibitor that binds a different pocket of the protein (a STAMP inhibitor), for CML.";
    "olverembatinib" => BcrAblTki, "A third-generation BCR-ABL TKI studied in CML with the T315I mutation.";
    "ibrutinib" => BtkInhibitor, "The first BTK inhibitor, for CLL.";
    "acalabrutinib" => BtkInhibitor, "A second-generation BTK inhibitor for CLL.";
    "zanubrutinib" => BtkInhibitor, "A second-generation BTK inhibitor for CLL.";
    "pirtobrutinib" => BtkInhibitor, "A BTK inhibitor that binds differently and can work after other BTK inhibitors.";
    "ruxolitinib" => JakInhibitor, "A JAK1/JAK2 inhibitor, studied in several blood cancers and used for graft-versus-host disease.";
    "daunorubicin" => Chemotherapy, "An anthracycline chemotherapy, the \"3\" of the standard 7+3 induction for AML.";
    "idarubicin" => Chemotherapy, "An anthracycline chemotherapy used in AML and APL induction.";
    "doxorubicin" => Chemotherapy, "An anthracycline chemotherapy used in ALL regimens such as hyper-CVAD.";
    "mitoxantrone" => Chemotherapy, "A chemotherapy related to the anthracyclines, used in relapsed AML.";
    "cytarabine" => Chemotherapy, "A chemotherapy that is the backbone of AML treatment (the \"7\" of 7+3).";
    "cpx-351" => Chemotherapy, "Daunorubicin and cytarabine packed together in tiny fat bubbles (liposomes), for secondary AML.";
    "vyxeos" => Chemotherapy, "The brand name of CPX-351 (liposomal daunorubicin and cytarabine).";
    "fludarabine" => Chemotherapy, "A chemotherapy used in salvage regimens and to prepare for CAR T cells or a transplant.";
    "cladribine" => Chemotherapy, "A chemotherapy used in some AML regimens.";
    "clofarabine" => Chemotherapy, "A chemotherapy used in relapsed childhood ALL and some AML regimens.";
    "etoposide" => Chemotherapy, "A chemotherapy used in AML and ALL regimens.";
    "cyclophosphamide" => Chemotherapy, "A chemotherapy used in ALL regimens and before CAR T cells or a transplant.";
    "ifosfamide" => Chemotherapy, "A chemotherapy related to cyclophosphamide.";
    "vincristine" => Chemotherapy, "A chemotherapy used in ALL; it can cause numbness and constipation.";
    "methotrexate" => Chemotherapy, "A chemotherapy used in ALL, often also into the spinal fluid to protect the brain.";
    "mercaptopurine" => Chemotherapy, "A chemotherapy pill used for months in ALL maintenance.";
    "thioguanine" => Chemotherapy, "A chemotherapy pill related to mercaptopurine.";
    "nelarabine" => Chemotherapy, "A chemotherapy aimed at T-cell leukemia; it can affect nerves.";
    "busulfan" => Chemotherapy, "A chemotherapy used to prepare for a stem cell transplant.";
    "melphalan" => Chemotherapy, "A chemotherapy used to prepare for a stem cell transplant.";
    "treosulfan" => Chemotherapy, "A chemotherapy used to prepare for a stem cell transplant.";
    "hydroxyurea" => Chemotherapy, "A chemotherapy pill that lowers very high white counts.";
    "pegaspargase" => Chemotherapy, "An enzyme (asparaginase) that starves ALL cells of asparagine.";
    "asparaginase" => Chemotherapy, "An enzyme that starves ALL cells of asparagine.";
    "calaspargase pegol" => Chemotherapy, "A long-acting asparaginase for ALL.";
    "hyper-cvad" => Chemotherapy, "An intensive combination chemotherapy for ALL (cyclophosphamide, vincristine, doxorubicin, dexamethasone, alternating with methotrexate and cytarabine).";
    "dexamethasone" => Steroid, "A strong steroid that is part of most ALL treatment.";
    "prednisone" => Steroid, "A steroid used in ALL treatment.";
    "prednisolone" => Steroid, "A steroid used in ALL treatment.";
    "rituximab" => Antibody, "An antibody against CD20, used in CLL and CD20-positive ALL.";
    "obinutuzumab" => Antibody, "An antibody against CD20, used in CLL.";
    "ofatumumab" => Antibody, "An antibody against CD20.";
    "magrolimab" => Antibody, "An antibody against CD47 (a \"don't eat me\" signal) studied in AML and MDS.";
    "gemtuzumab ozogamicin" => AntibodyDrugConjugate, "An antibody against CD33 carrying a chemotherapy, for CD33-positive AML.";
    "inotuzumab ozogamicin" => AntibodyDrugConjugate, "An antibody against CD22 carrying a chemotherapy, for B-ALL.";
    "blinatumomab" => BispecificEngager, "A bispecific antibody joining CD19 on B-ALL cells to T cells, given as a continuous infusion.";
    "tisagenlecleucel" => CarT, "A CD19 CAR T-cell therapy for children and young adults with B-ALL.";
    "brexucabtagene autoleucel" => CarT, "A CD19 CAR T-cell therapy for adults with B-ALL.";
    "obecabtagene autoleucel" => CarT, "A CD19 CAR T-cell therapy for adults with B-ALL.";
    "tagraxofusp" => TargetedToxin, "A CD123-directed toxin, approved for BPDCN.";
    "tretinoin" => Differentiation, "All-trans retinoic acid (ATRA), a vitamin A relative that matures APL cells.";
    "atra" => Differentiation, "All-trans retinoic acid (tretinoin), which matures APL cells.";
    "arsenic trioxide" => Differentiation, "A highly effective treatment for APL that breaks down the PML-RARA protein.";
    "allogeneic hematopoietic stem cell transplantation" => StemCellTransplant, "A transplant of blood-forming stem cells from a donor.";
    "luspatercept" => RedCellMaturation, "An injection that helps red cells mature in lower-risk MDS.";
    "imetelstat" => TelomeraseInhibitor, "A telomerase inhibitor for lower-risk MDS that needs transfusions.";
    "epoetin alfa" => GrowthFactor, "A copy of erythropoietin, the hormone that drives red cell production.";
    "darbepoetin alfa" => GrowthFactor, "A long-acting copy of erythropoietin.";
    "filgrastim" => GrowthFactor, "G-CSF, a hormone that boosts white cells (neutrophils).";
    "pegfilgrastim" => GrowthFactor, "Long-acting G-CSF, which boosts white cells.";
    "placebo" => Placebo, "A look-alike with no active drug.";
};

/// Keywords that reveal a class in a name or description, tried in order (more specific first).
const CLASS_WORDS: &[(&str, DrugClass)] = &[
    ("placebo", DrugClass::Placebo),
    ("car t", DrugClass::CarT),
    ("car-t", DrugClass::CarT),
    ("chimeric antigen receptor", DrugClass::CarT),
    ("bispecific", DrugClass::BispecificEngager),
    ("t-cell engager", DrugClass::BispecificEngager),
    ("antibody-drug conjugate", DrugClass::AntibodyDrugConjugate),
    ("antibody drug conjugate", DrugClass::AntibodyDrugConjugate),
    ("menin inhibitor", DrugClass::MeninInhibitor),
    ("flt3 inhibitor", DrugClass::Flt3Inhibitor),
    ("idh1 inhibitor", DrugClass::IdhInhibitor),
    ("idh2 inhibitor", DrugClass::IdhInhibitor),
    ("btk degrader", DrugClass::BtkDegrader),
    ("btk inhibitor", DrugClass::BtkInhibitor),
    ("bcl-2 inhibitor", DrugClass::Bcl2Inhibitor),
    ("jak inhibitor", DrugClass::JakInhibitor),
    ("transplant", DrugClass::StemCellTransplant),
    ("hypomethylating", DrugClass::Hypomethylating),
    ("tyrosine kinase inhibitor", DrugClass::BcrAblTki),
    ("monoclonal antibody", DrugClass::Antibody),
    ("chemotherapy", DrugClass::Chemotherapy),
];

fn normalise(name: &str) -> String {
    name.chars()
        .filter(|c| !matches!(c, '®' | '™'))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The glossary entry for a drug name (case and brand marks ignored). A name that only starts
/// with a known drug ("gemtuzumab ozogamicin 3 mg/m2") also matches.
pub fn lookup(name: &str) -> Option<&'static DrugEntry> {
    let name = normalise(name);
    DRUGS.iter().find(|d| d.name == name).or_else(|| {
        DRUGS
            .iter()
            .filter(|d| {
                name.starts_with(d.name) && name[d.name.len()..].starts_with(|c: char| !c.is_alphanumeric())
            })
            .max_by_key(|d| d.name.len())
    })
}

/// Whether a name looks like a drug code such as "EXM-1042" or "ABC123": letters and digits,
/// at least one digit, no spaces.
fn looks_like_code(name: &str) -> bool {
    let name = name.trim();
    !name.is_empty()
        && !name.contains(' ')
        && name.chars().any(|c| c.is_ascii_digit())
        && name.chars().any(|c| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// What a trial's intervention is: the glossary entry of its name or one of its other names,
/// else a class read from keywords in its name and description, else its registry type.
pub fn classify(intervention: &Intervention) -> (DrugClass, Option<&'static DrugEntry>) {
    let names = std::iter::once(&intervention.name).chain(&intervention.other_names);
    for name in names {
        if let Some(entry) = lookup(name) {
            return (entry.class, Some(entry));
        }
    }
    let text = normalise(&format!(
        "{} {}",
        intervention.name,
        intervention.description.as_deref().unwrap_or_default()
    ));
    if let Some((_, class)) = CLASS_WORDS.iter().find(|(word, _)| text.contains(word)) {
        return (*class, None);
    }
    let class = match intervention.kind {
        InterventionType::Procedure | InterventionType::Diagnostic | InterventionType::Genetic => {
            DrugClass::TestOrProcedure
        }
        InterventionType::Radiation => DrugClass::Radiation,
        _ if looks_like_code(&intervention.name) => DrugClass::Investigational,
        _ => DrugClass::Other,
    };
    (class, None)
}

/// What a phase means, in one or two plain sentences.
pub fn phase_explanation(phase: &Phase) -> &'static str {
    match phase {
        Phase::EarlyPhase1 => "A very small first study in people, with low doses, to learn how the drug behaves in the body. It is not expected to treat the disease.",
        Phase::Phase1 => "Gives a new treatment (or a new combination) to a small group, mainly to find a safe dose and learn the side effects. Benefit is possible, but it is not the main aim.",
        Phase::Phase2 => "Tests whether a treatment works against this disease in a larger group, often 30 to 200 people, while continuing to study safety.",
        Phase::Phase3 => "Compares a new treatment with the current standard in hundreds of people, often by random assignment, to learn which works better.",
        Phase::Phase4 => "Studies a treatment that is already approved, to learn more about its long-term benefits and side effects.",
        Phase::NotApplicable | Phase::Other(_) => "Not a drug-development phase: for example a study of a procedure, a test, a strategy or supportive care.",
    }
}

/// What could go wrong because of the phase of the study, in general terms.
pub fn phase_risks(phase: &Phase) -> &'static str {
    match phase {
        Phase::EarlyPhase1 | Phase::Phase1 => "The treatment is new, so its side effects are not well known and some may be serious. The dose you get may be lower or higher than the one finally chosen, and many people in phase 1 studies do not benefit.",
        Phase::Phase2 => "The treatment may not work better than existing options, and side effects are still being learned. Often there is no comparison group, and the study may stop early if results are poor.",
        Phase::Phase3 => "You may be assigned the standard treatment rather than the new one, and you usually cannot choose. The new treatment may turn out no better, or have side effects the standard does not.",
        Phase::Phase4 => "The treatment is approved and its main risks are known; the study may add visits, tests or questionnaires.",
        Phase::NotApplicable | Phase::Other(_) => "The risks depend on what is studied; ask what is done differently from usual care and what extra visits or tests are involved.",
    }
}

/// A short name for a recruiting status ("Recruiting", "Not yet recruiting", …).
pub fn status_label(status: &Status) -> &str {
    match status {
        Status::Recruiting => "Recruiting",
        Status::NotYetRecruiting => "Not yet recruiting",
        Status::EnrollingByInvitation => "Enrolling by invitation",
        Status::ActiveNotRecruiting => "Active, not recruiting",
        Status::Suspended => "Suspended",
        Status::Terminated => "Terminated",
        Status::Completed => "Completed",
        Status::Withdrawn => "Withdrawn",
        Status::Unknown => "Status unknown",
        Status::Available => "Available (expanded access)",
        Status::NoLongerAvailable => "No longer available",
        Status::TemporarilyNotAvailable => "Temporarily not available",
        Status::ApprovedForMarketing => "Approved for marketing",
        Status::Withheld => "Withheld",
        Status::Other(other) => other,
    }
}

/// What a recruiting status means for someone who wants to join.
pub fn status_explanation(status: &Status) -> &'static str {
    match status {
        Status::Recruiting => "The study is looking for participants now.",
        Status::NotYetRecruiting => {
            "The study is approved and planned but not yet taking participants; sites may open soon."
        }
        Status::EnrollingByInvitation => "Only people invited by the study team can join.",
        Status::ActiveNotRecruiting => "The study is running but no longer taking new participants.",
        Status::Suspended => "The study has paused; it may start again.",
        Status::Terminated => "The study stopped early and will not take participants.",
        Status::Completed => "The study has finished.",
        Status::Withdrawn => "The study stopped before anyone joined.",
        Status::Unknown => "The record has not been updated for a long time, so its status is not known.",
        Status::Available => "The treatment can be requested outside a trial (expanded access).",
        Status::NoLongerAvailable | Status::TemporarilyNotAvailable | Status::Withheld => {
            "The treatment is not available through this record at the moment."
        }
        Status::ApprovedForMarketing => "The treatment is approved and sold; this record no longer enrols.",
        Status::Other(_) => "The registry uses a status this page does not know; check the record.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn intervention(kind: &str, name: &str, other: &[&str], description: Option<&str>) -> Intervention {
        Intervention {
            kind: InterventionType::from_wire(kind),
            name: name.to_owned(),
            other_names: other.iter().map(|s| s.to_string()).collect(),
            description: description.map(str::to_owned),
        }
    }

    fn class_of(kind: &str, name: &str, other: &[&str], description: Option<&str>) -> DrugClass {
        classify(&intervention(kind, name, other, description)).0
    }

    #[test]
    fn all_classes_are_listed_in_sorted_order() {
        assert!(DrugClass::ALL.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(DrugClass::ALL.iter().enumerate().filter(|(i, c)| **c as usize != *i).count(), 0);
        assert_eq!(DrugClass::ALL.last().map(|c| *c as usize), Some(DrugClass::Other as usize));
        let distinct =
            DrugClass::distinct([DrugClass::Steroid, DrugClass::CarT, DrugClass::Steroid, DrugClass::Other]);
        assert_eq!(distinct, [DrugClass::Steroid, DrugClass::CarT, DrugClass::Other]);
    }

    #[test]
    fn known_drugs_by_name_any_case_and_with_a_dose() {
        assert_eq!(lookup("Gilteritinib").map(|d| d.class), Some(DrugClass::Flt3Inhibitor));
        assert_eq!(lookup("  VENETOCLAX ").map(|d| d.class), Some(DrugClass::Bcl2Inhibitor));
        assert_eq!(lookup("Vyxeos®").map(|d| d.class), Some(DrugClass::Chemotherapy));
        assert_eq!(lookup("Gemtuzumab ozogamicin 3 mg/m2").map(|d| d.name), Some("gemtuzumab ozogamicin"));
        // The longest matching name wins: oral azacitidine, not azacitidine.
        assert_eq!(lookup("Oral azacitidine").map(|d| d.name), Some("oral azacitidine"));
        // A prefix inside a word is not a match.
        assert_eq!(lookup("Placebos-R-Us"), None);
        assert_eq!(lookup("Sunshine"), None);
    }

    #[test]
    fn classification_table() {
        let table = [
            (class_of("DRUG", "Quizartinib", &[], None), DrugClass::Flt3Inhibitor),
            (class_of("DRUG", "AC220", &["quizartinib"], None), DrugClass::Flt3Inhibitor),
            (
                class_of("BIOLOGICAL", "EXM-CAR22", &[], Some("Autologous CD22-directed CAR T cells")),
                DrugClass::CarT,
            ),
            (class_of("DRUG", "EXM-1042", &[], Some("An oral small molecule.")), DrugClass::Investigational),
            (class_of("DRUG", "EXM-2871", &[], Some("A menin inhibitor")), DrugClass::MeninInhibitor),
            (class_of("PROCEDURE", "Bone marrow aspiration", &[], None), DrugClass::TestOrProcedure),
            (class_of("GENETIC", "Rapid genomic profiling", &[], None), DrugClass::TestOrProcedure),
            (class_of("RADIATION", "Total body irradiation", &[], None), DrugClass::Radiation),
            (
                class_of("PROCEDURE", "Allogeneic hematopoietic stem cell transplantation", &[], None),
                DrugClass::StemCellTransplant,
            ),
            (class_of("DRUG", "Placebo", &[], None), DrugClass::Placebo),
            (class_of("DRUG", "Matching placebo tablets", &[], None), DrugClass::Placebo),
            (class_of("BEHAVIORAL", "Exercise program", &[], None), DrugClass::Other),
        ];
        for (found, expected) in table {
            assert_eq!(found, expected);
        }
    }

    #[test]
    fn every_class_has_words_and_a_unique_key() {
        let mut keys = std::collections::HashSet::new();
        for class in DrugClass::ALL {
            assert!(keys.insert(class.key()), "duplicate key {}", class.key());
            assert_eq!(DrugClass::from_key(class.key()), Some(*class));
            for text in [class.label(), class.explanation(), class.risks()] {
                assert!(!text.is_empty(), "{class:?}");
            }
            assert!(class.explanation().ends_with('.') && class.risks().ends_with('.'), "{class:?}");
        }
        assert_eq!(DrugClass::from_key("nonsense"), None);
    }

    #[test]
    fn glossary_names_are_unique_lower_case_sentences() {
        let mut names = std::collections::HashSet::new();
        for entry in DRUGS {
            assert!(names.insert(entry.name), "duplicate {}", entry.name);
            assert_eq!(entry.name, normalise(entry.name), "{} is not normalised", entry.name);
            assert!(entry.about.ends_with('.'), "{}", entry.name);
        }
    }

    #[test]
    fn phases_and_statuses_are_explained() {
        for phase in ["EARLY_PHASE1", "PHASE1", "PHASE2", "PHASE3", "PHASE4", "NA", "PHASE9"] {
            let phase = Phase::from_wire(phase);
            assert!(phase_explanation(&phase).ends_with('.'));
            assert!(phase_risks(&phase).ends_with('.'));
        }
        assert_eq!(status_label(&Status::NotYetRecruiting), "Not yet recruiting");
        assert_eq!(status_label(&Status::from_wire("PAUSED")), "PAUSED");
        assert!(status_explanation(&Status::Recruiting).contains("now"));
    }
}
