//! How reports name the diagnosis and the CML phase, as tables, and how one diagnosis is
//! chosen when a report names several: the report's own diagnosis over its results over the
//! clinical history, and the most specific of those that agree (AML with
//! myelodysplasia-related changes over AML). Diagnoses that disagree at the same level are
//! left out and said so.

use super::markers::{Kind::Stated, Row, Target};
use crate::answers::{CmlPhase, Diagnosis};

use Diagnosis::*;

/// Acute lymphoblastic leukemia as other languages name it and abbreviate it (LLA, LAL): the
/// lineage rows below add "B" or "T" after it.
macro_rules! all_names {
    () => {
        r"(?:\bleucemia linfobl(?u-i:[áÁaA])stica aguda|\bleucemia linfoblastica acuta|\bleucemia acuta linfoblastica|\bleuc(?u-i:[éÉeE])mie aigu(?u-i:[ëËeE]) lymphoblastique|\bakuten? lymph(?:oblast)?atischen? leuk(?u-i:[äÄaA])mie|\bakuten? lymphoblastischen? leuk(?u-i:[äÄaA])mie|\bacute lymf(?:oblast)?atische leukemie|\bacute lymfoblastische leukemie|\bostra bia(?u-i:[łŁ])aczka limfoblastyczna|\bakutt? lymf(?:oblast)?(?:at)?isk leuk(?:[ae]|(?u-i:[æÆ]))mi|(?-i:\bLLA\b|\bLAL\b))"
    };
}

/// Myelodysplastic syndrome as other languages name it: the risk-group rows add a risk after
/// it.
macro_rules! mds_names {
    () => {
        r"s(?u-i:[íÍiI])ndrome mielodispl(?u-i:[áÁaA])sic[oa]|sindrome mielodisplastica|syndrome my(?u-i:[éÉeE])lodysplasique|myelodysplastisches? syndrom|myelodysplastisch syndroom|zesp(?u-i:[óÓoO])(?u-i:[łŁ]) mielodysplastyczny|myelodysplastiskt syndrom|neoplasia mielodispl(?u-i:[áÁaA])sica"
    };
}

/// Every diagnosis phrasing. The longer match wins ("AML with myelodysplasia-related changes"
/// over "AML"); for the same words the earlier row.
pub(super) const DIAGNOSIS_ROWS: &[Row] = &[
    Row::new(
        r"\bacute promyelocytic leuka?emia\b|\bAPL\b|\bAML[- ]?M3\b|\b(?:AML|acute myeloid leuka?emia) with (?:PML\s*(?:::|-|/)\s*RARA|t\(15;17\)(?:\(q24(?:\.1)?;q21(?:\.2)?\))?)",
        Target::Diagnosis(Apl),
        Stated,
    ),
    Row::new(
        r"\btherapy[- ]related (?:AML|acute myeloid leuka?emia)\b|\bt-AML\b|\b(?:AML|acute myeloid leuka?emia),? (?:therapy[- ]related|post[- ]cytotoxic therapy)\b|\bAML[- ]pCT\b",
        Target::Diagnosis(AmlTr),
        Stated,
    ),
    Row::new(
        r"\b(?:LAM|LMA|leuc(?u-i:[éÉeE])mie aigu(?u-i:[ëËeE]) my(?u-i:[éÉeE])lo(?u-i:[ïÏiI])de|leucemia mieloide aguda|leucemia mieloide acuta|akute myeloische leuk(?u-i:[äÄaA])mie)\b,?\s*(?:[\w-]+\s+){0,2}?(?:post-?cytotoxique|secondaire (?u-i:[àÀaA]) (?:une )?(?:chimioth(?u-i:[éÉeE])rapie|radioth(?u-i:[éÉeE])rapie|un traitement)|relacionada con (?:el )?tratamiento|secundaria a (?:quimioterapia|tratamiento)|correlata (?:alla )?terapia|therapieassoziiert\w*|relacionada (?:(?u-i:[àÀaA])|com) (?:a )?terapia)|\btherapieassoziierte (?:AML|akute myeloische leuk(?u-i:[äÄaA])mie)\b|\bLAM post-?chimioth(?u-i:[éÉeE])rapie\b",
        Target::Diagnosis(AmlTr),
        Stated,
    ),
    Row::new(
        r"\b(?:AML|acute myeloid leuka?emia),? (?:with )?(?:myelodysplasia|MDS)[- ]related(?: (?:changes|gene mutations?|cytogenetic abnormalit(?:y|ies)|features))?|\b(?:AML|acute myeloid leuka?emia),? post[- ]MDS\b|\bAML[- ]MRC?\b|\bsecondary (?:AML|acute myeloid leuka?emia)\b|\bs-AML\b|\b(?:AML|acute myeloid leuka?emia),? (?:arising|evolv(?:ed|ing)|progressed|transformed|secondary) (?:from|out of|to) (?:a |an )?(?:prior |preceding |antecedent |previous |underlying )?(?:MDS|myelodysplastic (?:syndrome|neoplasm)s?|CMML|chronic myelomonocytic leuka?emia|MDS/MPN|myelodysplasia)\b|\b(?:MDS|myelodysplastic (?:syndrome|neoplasm)s?),? (?:with )?(?:progress(?:ed|ing|ion)|transform(?:ed|ing|ation)|evol(?:ved|ving|ution)) (?:in)?to (?:AML|acute myeloid leuka?emia)\b",
        Target::Diagnosis(AmlMr),
        Stated,
    ),
    Row::new(
        r"\bacute myel(?:oid|ogenous|oblastic|omonocytic) leuka?emia\b|\bAML\b|\bacute non-?lymphocytic leuka?emia\b|\bmyeloid sarcoma\b|\bacute (?:monocytic|monoblastic|erythroid|megakaryoblastic) leuka?emia\b|\bmyeloid leuka?emia associated with Down syndrome\b|\bML-DS\b|\bAML-M[0-7]\b|\bpure erythroid leuka?emia\b",
        Target::Diagnosis(Aml),
        Stated,
    ),
    Row::new(
        r"\bB[- ]?(?:cell )?(?:precursor )?(?:acute )?lymphoblastic leuka?emia(?:/lymphoma)?\b|\bB[- ]ALL\b|\bBCP[- ]ALL\b|\bpre-?B[- ]?(?:cell )?(?:ALL|acute lymphoblastic leuka?emia)\b|\bprecursor B[- ]cell (?:ALL|acute lymphoblastic leuka?emia|lymphoblastic leuka?emia)\b|\bB[- ]cell ALL\b|\bcommon ALL\b|\bB-LBL\b|\bB[- ](?:cell )?precursor (?:ALL|acute lymphoblastic leuka?emia)\b|\bB-?celle?-?pr(?u-i:[æÆeE])kursor-?ALL\b|\bB-?cells?-?prekursor-?ALL\b|\bB-?cel-?precursor-?ALL\b|(?:\bacute lymphoblastic leuka?emia|(?-i:\bALL\b)),?\s*\(?(?:B[- ](?:cell|lineage|precursor)|precursor B[- ]cell|B[- ]type)\b\)?",
        Target::Diagnosis(BAll),
        Stated,
    ),
    Row::new(
        r"\bT[- ]?(?:cell )?(?:acute )?lymphoblastic (?:leuka?emia|lymphoma)(?:/lymphoma)?\b|\bT[- ]ALL\b|\bT[- ]cell ALL\b|\bT[- ]LBL\b|\bearly T[- ](?:cell )?precursor\b(?: (?:ALL|(?:acute )?lymphoblastic leuka?emia))?|\bETP[- ]ALL\b|(?:\bacute lymphoblastic leuka?emia|(?-i:\bALL\b)),?\s*\(?(?:T[- ](?:cell|lineage)|T[- ]type)\b\)?",
        Target::Diagnosis(TAll),
        Stated,
    ),
    Row::new(
        r"\bacute lymph(?:oblastic|ocytic|oid) leuka?emia\b|\blymphoblastic leuka?emia\b",
        Target::Diagnosis(All),
        Stated,
    ),
    Row::new(r"(?-i:\bALL\b)", Target::Diagnosis(All), Stated).mixed_case_only(),
    Row::new(
        r"\bchronic (?:myeloid|myelogenous|granulocytic) leuka?emia\b|\bCML\b",
        Target::Diagnosis(Cml),
        Stated,
    ),
    Row::new(
        r"\bchronic lymphocytic leuka?emia\b(?:/small lymphocytic lymphoma)?|\bCLL\b(?:/SLL)?|\bsmall lymphocytic lymphoma\b",
        Target::Diagnosis(Cll),
        Stated,
    ),
    Row::new(r"\bchronic myelomonocytic leuka?emia\b|\bCMML(?:-[012])?\b", Target::Diagnosis(Cmml), Stated),
    Row::new(r"\bjuvenile myelomonocytic leuka?emia\b|\bJMML\b", Target::Diagnosis(Jmml), Stated),
    Row::new(
        r"\bmixed[- ]phenotype acute leuka?emia\b|\bMPAL\b|\bbiphenotypic (?:acute )?leuka?emia\b|\bacute leuka?emia of ambiguous lineage\b",
        Target::Diagnosis(Mpal),
        Stated,
    ),
    Row::new(
        r"\bblastic plasmacytoid dendritic cell neoplasm\b|\bBPDCN\b|\bneoplasia (?:de|di|a) c(?u-i:[éÉeE])ll?ul(?:a|e)s? dendr(?u-i:[íÍiI])tic(?:as|he) plasm[oa]cit(?:oides|oidi) bl(?u-i:[áÁaA])stic(?:as|he)\b|\bn(?u-i:[éÉ])oplasie (?u-i:[àÀ]) cellules dendritiques plasmocyto(?u-i:[ïÏiI])des blastiques\b|\bblastische plasmazytoide dendritische zellneoplasie\b|\bNBPDC\b|\bNCDPB\b",
        Target::Diagnosis(Bpdcn),
        Stated,
    ),
    Row::new(
        r"\bburkitt(?:'s)? (?:lymphoma|leuka?emia)\b|\bBurkitt-?(?:Leuk(?u-i:[äÄ])mie|leuk(?:a|(?u-i:[æÆ]))?emi[ae]?)\b|\bleuc(?u-i:[éÉ])mie de Burkitt\b|\bleucemia(?:/linfoma)? (?:de|di) Burkitt\b|\bBurkitt-Lymphom mit leuk(?u-i:[äÄ])mische[rn]? (?:Ausbreitung|Beteiligung)\b|\bmature B[- ]cell (?:ALL|acute lymphoblastic leuka?emia|leuka?emia)\b|\bB-ALL[- ]L3\b|\bFAB L3\b",
        Target::Diagnosis(Burkitt),
        Stated,
    ),
    Row::new(
        r"\brichter(?:'s)?[- ](?:transformation|syndrome|transformaci(?u-i:[oOóÓ])n|syndrom)\b(?: (?:of|from) (?:CLL|chronic lymphocytic leuka?emia)(?:/SLL)?)?|\btransformed CLL\b|\b(?:sindrome|s(?u-i:[íÍiI])ndrome|syndrome|trasformazione|transformaci(?u-i:[óÓoO])n|transformation|transforma(?u-i:[çÇcC])(?u-i:[ãÃaA])o)\s*\((?u-i:[^)]){0,30}\)\s*d[ie] richter\b|\btransformaci(?u-i:[óÓoO])n de richter\b|\btransformation de richter\b|\btrasformazione di richter\b|\btransforma(?u-i:[çÇcC])(?u-i:[ãÃaA])o de richter\b|\btransformacja richtera\b|\bsyndrome de richter\b|\bs(?u-i:[íÍiI])ndrome de richter\b|\bsindrome di richter\b|\brichter-?transformation(?:en)?\b|\brichter-?transformatie\b|\brichter-?syndrom(?:e|et)?\b",
        Target::Diagnosis(Richter),
        Stated,
    ),
    // The variant is another disease, with no answers key.
    Row::new(
        r"\bhairy[- ]cell leuka?emia[- ]variant\b|\bvariant hairy[- ]cell leuka?emia\b|\bHCL-?v\b|\bhaarzell-?leuk(?u-i:[äÄ])mie-?variante\b|\bvariante (?:de la |der |de |di )?(?:leuc(?u-i:[éÉ])mie (?:(?u-i:[àÀ]) )?tricholeucocytes|haarzell-?leuk(?u-i:[äÄ])mie|leucemia (?:de c(?u-i:[éÉeE])lulas (?:pilosas|peludas|cabeludas)|a cellule capellute))\b|\bforme variante de (?:la )?leuc(?u-i:[éÉ])mie (?:(?u-i:[àÀ]) )?tricholeucocytes\b|\bleucemia (?:de c(?u-i:[éÉeE])lulas (?:pilosas|peludas|cabeludas)|a cellule capellute),? variante\b|\bhaarcelleukemie-?variant\b",
        Target::Found("hairy_cell_leukemia_variant"),
        Stated,
    ),
    Row::new(r"\bhairy[- ]cell leuka?emia\b|\bHCL\b", Target::Diagnosis(Hcl), Stated),
    Row::new(r"\bB[- ]cell prolymphocytic leuka?emia\b|\bB-PLL\b", Target::Diagnosis(BPll), Stated),
    Row::new(r"\bT[- ]cell prolymphocytic leuka?emia\b|\bT-PLL\b", Target::Diagnosis(TPll), Stated),
    Row::new(
        r"\b(?:T[- ]cell |NK[- ]cell )?large granular lymphocyt(?:ic|e) leuka?emia\b|\b(?:T-|NK-)?LGLL?\b(?: leuka?emia)?",
        Target::Diagnosis(Lgl),
        Stated,
    ),
    Row::new(
        r"\baggressive (?:NK|natural killer)[- ]cell leuka?emia\b|\bANKL\b",
        Target::Diagnosis(Ankl),
        Stated,
    ),
    Row::new(r"\badult T[- ]cell leuka?emia(?:[/ -]lymphoma)?\b|\bATLL?\b", Target::Diagnosis(Atll), Stated),
    Row::new(
        r"\bmyelodysplastic/myeloproliferative neoplasm\b|\bMDS/MPN\b(?:-\w+)?|\batypical (?:CML|chronic myeloid leuka?emia)\b|\baCML\b|\bmyelodysplastische/myeloproliferative?n? neoplas\w+|\bn(?u-i:[éÉeE])oplasies? my(?u-i:[éÉeE])lodysplasiques?/my(?u-i:[éÉeE])loprolif(?u-i:[éÉeE])ratives?\b|\bneoplasias? mielodispl(?u-i:[áÁaA])sicas?/mieloproliferativas?\b|\bneoplasi[ae] mielodisplastic[ae]/mieloproliferativ[ae]\b|\batypische (?:CML|chronische myelo(?u-i:[ïÏiI])sche leukemie|chronische myeloische leuk(?u-i:[äÄaA])mie)\b|\bLMC at(?u-i:[íÍiI])pica\b|\bLMC atypique\b",
        Target::Diagnosis(MdsMpn),
        Stated,
    ),
    Row::new(
        r"\b(?:MDS|myelodysplastic (?:syndrome|neoplasm)s?) with (?:excess|increased) blasts\b(?:[- ]?[12])?|\bMDS/AML\b|\bMDS-(?:EB|IB)-?[12]?\b|(?-i:\bSMD-(?:EB|IB|AEB)-?[12]\b)|\bRAEB(?:-?(?:1|2|T))?\b|\brefractory an(?:a)?emia with excess blasts\b|\b(?:higher|high)[- ]risk (?:MDS|myelodysplastic (?:syndrome|neoplasm)s?)\b|\bMDS with fibrosis\b|\b(?:MDS|myelodysplastic (?:syndrome|neoplasm)s?) with (?:biallelic|multi-?hit) TP53\b|\bMDS-biTP53\b|\b(?:MDS|myelodysplastic (?:syndrome|neoplasm)s?),?\s*\(?(?:IPSS-?[RM]?\s*:?\s*)(?:very high|high)(?:[- ]risk)?\b",
        Target::Diagnosis(MdsHr),
        Stated,
    ),
    Row::new(
        r"\b(?:lower|low)[- ]risk (?:MDS|myelodysplastic (?:syndrome|neoplasm)s?)\b|\b(?:MDS|myelodysplastic (?:syndrome|neoplasm)s?) with low blasts\b(?: and (?:SF3B1 mutation|isolated (?:5q deletion|del\(5q\))|ring sideroblasts))?|\bMDS-(?:LB|SF3B1|5q|RS)\b|\bMDS with (?:ring sideroblasts|isolated del\(5q\))\b|\b(?:MDS|myelodysplastic (?:syndrome|neoplasm)s?),?\s*\(?(?:IPSS-?[RM]?\s*:?\s*)(?:very low|low|lower)(?:[- ]risk)?\b",
        Target::Diagnosis(MdsLr),
        Stated,
    ),
    Row::new(
        concat!(
            r"\b(?:",
            mds_names!(),
            r"|MDS|SMD)",
            r"(?:[,(]?\s*(?:[\w(),-]+\s+){0,6}?)(?:ad alto rischio|de alto riesgo|(?u-i:[àÀaA]) (?:haut|risque (?u-i:[éÉeE])lev(?u-i:[éÉeE]))|de alto risco|mit hohem risiko|hochrisiko|van hoog risico|med h(?u-i:[öÖoO])g risk|wysokiego ryzyka|con eccesso di blasti|con exceso de blastos|con aumento de blastos|avec augmentation (?:des|de) blastes|mit vermehrten blasten|con aumento dei blasti|com aumento de blastos|met toegenomen blasten|avec exc(?u-i:[èÈeE])s de blastes|mit blastenvermehrung|mit blastenexzess|com excesso de blastos|met blastenexces|met verhoogd aantal blasten)\b"
        ),
        Target::Diagnosis(MdsHr),
        Stated,
    ),
    Row::new(
        concat!(
            r"\b(?:",
            mds_names!(),
            r"|MDS|SMD)",
            r"(?:[,(]?\s*(?:[\w(),-]+\s+){0,6}?)(?:a basso rischio|de bajo riesgo|avec (?:un )?faible taux de blastes|con (?:bajo recuento de|pocos) blastos|con pochi blasti|a basso numero di blasti|mit niedrigem blastenanteil|com baixa contagem de blastos|met weinig blasten|(?u-i:[àÀaA]) (?:faible|bas) risque|de baixo risco|mit niedrigem risiko|niedrigrisiko|van laag risico|med l(?u-i:[åÅaA])g risk|niskiego ryzyka)\b"
        ),
        Target::Diagnosis(MdsLr),
        Stated,
    ),
    Row::new(
        r"\bmyelodysplastic (?:syndrome|neoplasm)s?\b|\bmyelodysplasia\b|\bMDS\b|\brefractory (?:an(?:a)?emia|cytopenia) with (?:multilineage|unilineage) dysplasia\b|\bRCMD\b",
        Target::Diagnosis(Mds),
        Stated,
    ),
    // Other languages' names (Spanish, Portuguese, Italian, French, German, Dutch, Polish,
    // Swedish) and their abbreviations (LMA, LLA, LAL, LMC, LLC).
    Row::new(
        r"\bakutt? promyelocytt?-?leuk(?u-i:[æÆeE])mi\b|\bleucemia (?:aguda |acuta )?promiel(?u-i:[óÓoO])c(?u-i:[íÍiI])tica(?: aguda| acuta)?\b|\bleucemia acuta promielocitica\b|\bleuc(?u-i:[éÉeE])mie aigu(?u-i:[ëËeE]) promy(?u-i:[éÉeE])locytaire\b|\bakute promyelozyt(?u-i:[äÄaA])re leuk(?u-i:[äÄaA])mie\b|\bpromyelozytenleuk(?u-i:[äÄaA])mie\b|\bacute promyelocyt(?:aire |en ?)leukemie\b|(?-i:\bLAP\b|\bLPA\b)",
        Target::Diagnosis(Apl),
        Stated,
    ),
    Row::new(
        r"\bleucemia mieloide (?:aguda|acuta)\b|\bleucemia (?:aguda|acuta) mieloide\b|\bleuc(?u-i:[éÉeE])mie aigu(?u-i:[ëËeE]) my(?u-i:[éÉeE])lo(?u-i:[ïÏiI])de\b|\bleuc(?u-i:[éÉeE])mie my(?u-i:[éÉeE])lo(?u-i:[ïÏiI])de aigu(?u-i:[ëËeE])\b|\bakuten? myeloischen? leuk(?u-i:[äÄaA])mie\b|\bacute myelo(?u-i:[ïÏiI])de leukemie\b|\bostra bia(?u-i:[łŁ])aczka szpikowa\b|\bakut myeloisk leuk[ae]mi\b|(?-i:\bLMA\b|\bLAM\b)",
        Target::Diagnosis(Aml),
        Stated,
    ),
    Row::new(
        concat!(
            all_names!(),
            r",?\s*\(?(?:de (?:c(?u-i:[éÉeE])lulas|precursores|c(?u-i:[éÉeE])lulas precursoras) B|de (?:linhagem|linaje|estirpe|lign(?u-i:[éÉ])e) B|di linea B|(?:a|da) (?:cellule|precursori) B|(?u-i:[àÀaA]) (?:cellules|pr(?u-i:[éÉeE])curseurs) B|(?:van de )?B[- ]?(?:Zell|Vorl(?u-i:[äÄaA])ufer|cel|lijn|linje)\w*|B[- ](?:lineage|linie)|B\b)|(?-i:\bB[- ](?:LLA|LAL)\b|\b(?:LLA|LAL)[- ]B\b)|\bB[- ](?:Vorl(?u-i:[äÄaA])ufer[- ])?(?:Zell[- ])?ALL\b|\bB[- ]lymphoblastischen? leuk(?u-i:[äÄaA])mie\b|\bleucemia linfobl(?u-i:[áÁaA])stica (?:aguda )?de c(?u-i:[éÉeE])lulas B\b"
        ),
        Target::Diagnosis(BAll),
        Stated,
    ),
    Row::new(
        concat!(
            all_names!(),
            r",?\s*\(?(?:de (?:c(?u-i:[éÉeE])lulas|precursores|c(?u-i:[éÉeE])lulas precursoras) T|de (?:linhagem|linaje|estirpe|lign(?u-i:[éÉ])e) T|di linea T|a (?:cellule|precursori) T|(?u-i:[àÀ]) pr(?u-i:[éÉ])curseurs T|de c(?u-i:[éÉeE])lulas T|a cellule T|(?u-i:[àÀaA]) cellules T|(?:van de )?T[- ]?(?:Zell|cel|lijn|linje)\w*|T[- ](?:lineage|linie)|T\b)|(?-i:\bT[- ](?:LLA|LAL)\b|\b(?:LLA|LAL)[- ]T\b)|\bT[- ](?:Zell[- ])?ALL\b|\bT[- ]lymphoblastischen? leuk(?u-i:[äÄaA])mie\b"
        ),
        Target::Diagnosis(TAll),
        Stated,
    ),
    Row::new(concat!(all_names!(), r"\b"), Target::Diagnosis(All), Stated),
    Row::new(
        r"\bleucemia mieloide cr(?u-i:[óÓôÔoO])nica\b|\bleuc(?u-i:[éÉeE])mie my(?u-i:[éÉeE])lo(?u-i:[ïÏiI])de chronique\b|\bchronischen? myeloischen? leuk(?u-i:[äÄaA])mie\b|\bchronische myelo(?u-i:[ïÏiI])de leukemie\b|\bprzewlek(?u-i:[łŁ])a bia(?u-i:[łŁ])aczka szpikowa\b|\bkronisk myelo(?:isk|gen|id) leuk(?:[ae]|(?u-i:[æÆ]))mi\b|\bkroonisen myelooisen leukemia\w*|\bkrooninen myelooinen leukemia\b|(?-i:\bLMC\b|\bKML\b)",
        Target::Diagnosis(Cml),
        Stated,
    ),
    Row::new(
        r"\bleucemia linf(?:oc(?u-i:[íÍiI])tica|(?u-i:[áÁaA])tica|atica) cr(?u-i:[óÓôÔoO])nica\b|\bleuc(?u-i:[éÉeE])mie lympho(?u-i:[ïÏiI])de chronique\b|\bchronischen? lymphatischen? leuk(?u-i:[äÄaA])mie\b|\bchronische lymf(?:atische|ocytaire) leukemie\b|\bprzewlek(?u-i:[łŁ])a bia(?u-i:[łŁ])aczka limfocytowa\b|\bkronisk lymf(?:atisk|ocytisk) leuk(?:[ae]|(?u-i:[æÆ]))mi\b|\bkrooni(?:nen|sen) lymfaattis\w* leukemia\w*|(?-i:\bLLC\b|\bKLL\b)",
        Target::Diagnosis(Cll),
        Stated,
    ),
    Row::new(
        r"\bleucemia mielomonoc(?u-i:[íÍiI])tica cr(?u-i:[óÓôÔoO])nica\b|\bleuc(?u-i:[éÉeE])mie my(?u-i:[éÉeE])lomonocytaire chronique\b|\bchronischen? myelomonozyt(?u-i:[äÄaA])ren? leuk(?u-i:[äÄaA])mie\b|(?-i:\bLMMC\b)",
        Target::Diagnosis(Cmml),
        Stated,
    ),
    Row::new(concat!(r"\b(?:", mds_names!(), r")\b|(?-i:\bSMD\b)"), Target::Diagnosis(Mds), Stated),
    Row::new(
        r"\bakutt? myelo(?:id|gen|isk) leuk(?u-i:[æÆeE])mi\b|\bakuutti myelooinen leukemia\b|\bakuutin myelooisen leukemian\b",
        Target::Diagnosis(Aml),
        Stated,
    ),
    Row::new(
        r"(?-i:\b(?:LMA|LAM|AML)[- ]MRC?\b)|\bleucemia mieloide aguda relacionada (?:con la |(?u-i:[àÀ]) |a la |com a )?mielodisplasia\b|\b(?:LMA|leucemia mieloide acuta) con alterazioni correlate (?:a|alla) mielodisplasia\b|\b(?:LAM|leuc(?u-i:[éÉ])mie aigu(?u-i:[ëË]) my(?u-i:[éÉ])lo(?u-i:[ïÏ])de) avec (?:anomalies|modifications|alt(?u-i:[éÉ])rations) li(?u-i:[éÉ])es (?:(?u-i:[àÀ]) la|aux) my(?u-i:[éÉ])lodysplasies?\b|\bakut myeloid leuk(?u-i:[æÆ])mi med myelodysplasi-?relaterede? forandringer\b|\b(?:AML|akute myeloische leuk(?u-i:[äÄ])mie) mit myelodysplasie-?(?:assoziierten|bezogenen|verwandten) ver(?u-i:[äÄ])nderungen\b|\bsekund(?u-i:[äÄ])re (?:AML|akute myeloische leuk(?u-i:[äÄ])mie) nach (?:\w+ )?(?:MDS|CMML|myelodysplastischem syndrom)\b|\b(?:AML|acute myeloïde leukemie) met myelodysplasie-?gerelateerde (?:veranderingen|afwijkingen)\b|\bsecundair aan (?:\w+ )?(?:MDS|CMML)\b|\b(?:LMA|LAM) secund(?u-i:[áÁaA])ria a (?:\w+ )?(?:SMD|MDS)\b|\b(?:LAM|LMA) secondaire (?u-i:[àÀ]) (?:un |une )?(?:SMD|MDS)\b|\bLMA com altera(?u-i:[çÇ])(?u-i:[õÕ])es relacionadas (?:com|(?u-i:[àÀ])) mielodisplasia\b|\b(?:LMA|leucemia mieloide acuta) secondaria,? (?:evoluta|insorta) da (?:SMD|sindrome mielodisplastica)\b",
        Target::Diagnosis(AmlMr),
        Stated,
    ),
    Row::new(
        r"\b(?:leucemia mieloide (?:acuta|aguda)|LMA|LAM|leuc(?u-i:[éÉ])mie aigu(?u-i:[ëË]) my(?u-i:[éÉ])lo(?u-i:[ïÏ])de) (?:correlata a(?:lla)? terapia|relacionada (?:con el |con la |ao |com o |al |a )?(?:tratamiento|tratamento|terapia)|secundaria a (?:tratamiento|quimioterapia)|post-?chimioth(?u-i:[éÉ])rapie|li(?u-i:[éÉ])e (?:aux|au) traitements?)\b|(?-i:\bt-?(?:LMA|LAM)\b)|\btherapie-?(?:assoziierte|bedingte)[rn]? (?:AML|akute myeloische leuk(?u-i:[äÄ])mie)\b|\bterapi-?relatere[dt]e? (?:AML|akut myeloid leuk(?u-i:[æÆ])mi)\b|\bbehandlingsrelaterad AML\b|\bhoitoon liittyv(?u-i:[äÄ]) AML\b",
        Target::Diagnosis(AmlTr),
        Stated,
    ),
    Row::new(
        r"\bleuc(?u-i:[éÉ])mie aigu(?u-i:[ëË]) (?:de |(?u-i:[àÀ]) )?ph(?u-i:[éÉ])notype mixte\b|\bleucemias? (?:aguda )?de fenotipo mixto\b|\bleucemia acuta a fenotipo misto\b|\bleucemia aguda de fen(?u-i:[óÓ])tipo misto\b|\bakute leuk(?u-i:[äÄ])mie mit gemischtem ph(?u-i:[äÄ])notyp\b|\bacute leukemie (?:met|van) gemengd fenotype\b|(?-i:\bLAPM\b|\bLAFM\b)",
        Target::Diagnosis(Mpal),
        Stated,
    ),
    Row::new(
        r"\bhaarzell-?leuk(?u-i:[äÄ])mie\b|\bleuc(?u-i:[éÉ])mie (?:(?u-i:[àÀ]) )?tricholeucocytes\b|\bleucemia (?:de c(?u-i:[éÉeE])lulas (?:pilosas|peludas|cabeludas)|a cellule capellute)\b|\bhaarcelleukemie\b|\bh(?u-i:[åÅ])rcells?leukemi\b|\bh(?u-i:[åÅ])rcelleleuk(?u-i:[æÆ])mi\b",
        Target::Diagnosis(Hcl),
        Stated,
    ),
    Row::new(
        r"\bleuc(?u-i:[éÉ])mie prolymphocytaire B\b|\bleucemia prolinfoc(?u-i:[íÍiI])tica (?:de c(?u-i:[éÉ])lulas |a cellule )?B\b|\bB-Prolymphozytenleuk(?u-i:[äÄ])mie\b|(?-i:\bLPL-B\b)",
        Target::Diagnosis(BPll),
        Stated,
    ),
    Row::new(
        r"\bleuc(?u-i:[éÉ])mie agressive (?u-i:[àÀ]) cellules NK\b|\bleucemia agres?siva de c(?u-i:[éÉ])lulas NK\b|\bleucemia aggressiva a cellule NK\b|\baggressive NK-Zell-Leuk(?u-i:[äÄ])mie\b|\bagressieve NK-cel-?leukemie\b",
        Target::Diagnosis(Ankl),
        Stated,
    ),
    Row::new(
        r"\bleuc(?u-i:[éÉ])mie (?u-i:[àÀ]) grands lymphocytes granuleux\b|\bLGL-Leuk(?u-i:[äÄ])mie\b|\bleucemia de linfocitos grandes granulares\b|\bleucemia a grandi linfociti granulari\b",
        Target::Diagnosis(Lgl),
        Stated,
    ),
    Row::new(
        r"\bleuc(?u-i:[éÉ])mie prolymphocytaire T\b|\bleucemia prolinfoc(?u-i:[íÍ])tica (?:de c(?u-i:[éÉ])lulas |a cellule )?T\b|\bleucemia prolinfocitica (?:a cellule )?T\b|\bT-Prolymphozytenleuk(?u-i:[äÄ])mie\b|(?-i:\bLPL-T\b)",
        Target::Diagnosis(TPll),
        Stated,
    ),
    Row::new(
        r"\bRichter\w*[- ](?:transformaatio|transformasjon|transformatie|transformation|syndrom\w*|oireyhtym\w*)\b|\bs(?u-i:[íÍ])ndrome de Richter\b|\bsyndrome de Richter\b|\btransforma(?:ci(?u-i:[óÓ])n|(?u-i:[çÇ])(?u-i:[ãÃ])o|tion) de Richter\b|\btrasformazione di Richter\b",
        Target::Diagnosis(Richter),
        Stated,
    ),
    Row::new(
        r"\bleucemia/linfoma de c(?u-i:[éÉ])lulas T (?:del|do) adulto\b|\bleuc(?u-i:[éÉ])mie/lymphome T de l'adulte\b|(?-i:\bLLTA\b)",
        Target::Diagnosis(Atll),
        Stated,
    ),
];

/// Every CML phase phrasing.
pub(super) const PHASE_ROWS: &[Row] = &[
    Row::new(
        r"\bchronic phase\b|\bCML[- ]?CP\b|\bCP[- ]CML\b|\bCML,?\s+in\s+CP\b",
        Target::Phase(CmlPhase::Chronic),
        Stated,
    ),
    Row::new(
        r"\bfase cr(?u-i:[óÓôÔoO])nica\b|\bphase chronique\b|\bchronische[nr]? phase\b|\bchronische fase\b|\bkronisk fase?\b|\bkrooninen vaihe\b|\bfaza przewlek(?u-i:[łŁ])a\b",
        Target::Phase(CmlPhase::Chronic),
        Stated,
    ),
    Row::new(
        r"\baccelerated phase\b|\bCML[- ]?AP\b|\bAP[- ]CML\b|\bCML,?\s+in\s+AP\b",
        Target::Phase(CmlPhase::Accelerated),
        Stated,
    ),
    Row::new(
        r"\bfase acelerada\b|\bfase accelerata\b|\bphase acc(?u-i:[éÉeE])l(?u-i:[éÉeE])r(?u-i:[éÉeE])e\b|\bakzelerierte[nr]? phase\b|\bacceleratiefase\b|\bversnelde fase\b|\baccelererad fas\b|\baccelereret fase\b|\bakselerert fase\b|\bakseleraatiovaihe\b|\bfaza akceleracji\b",
        Target::Phase(CmlPhase::Accelerated),
        Stated,
    ),
    Row::new(
        r"\b(?:myeloid |lymphoid |mixed )?blast(?:ic)? (?:phase|crisis|transformation)\b|\bCML[- ]?(?:BP|BC)\b|\bBP[- ]CML\b|\bCML,?\s+in\s+(?:BP|BC)\b",
        Target::Phase(CmlPhase::Blast),
        Stated,
    ),
    Row::new(
        r"\bcrisis bl(?u-i:[áÁaA])stica\b|\bcrise bl(?u-i:[áÁaA])stica\b|\bfase bl(?u-i:[áÁaA])stica\b|\bcrisi blastica\b|\bfase blastica\b|\bcrise blastique\b|\bphase blastique\b|\bblastenkrise\b|\bblastenphase\b|\bblastaire (?:fase|crisis)\b|\bblastencrisis\b|\bblastfase\b|\bblastfas\b|\bblastkris(?:e|en)?\b|\bblastikriisi\b|\bblastivaihe\b|\bkryza blastyczna\b|\bfaza blastyczna\b",
        Target::Phase(CmlPhase::Blast),
        Stated,
    ),
];

/// Pairs where the first names the second more precisely, beyond the answers table's "a
/// kind of" (APL is AML): Richter transformation of CLL, AML after MDS, MPAL beside the
/// lineages it mixes, and a risk group of MDS.
const REFINES: &[(Diagnosis, Diagnosis)] = &[
    (Richter, Cll),
    (AmlMr, Mds),
    (AmlMr, Cmml),
    (AmlMr, MdsMpn),
    (Mpal, Aml),
    (Mpal, BAll),
    (Mpal, TAll),
    (Mpal, All),
    (MdsMpn, Cml),
    (Cmml, Mds),
    (MdsMpn, Mds),
];

/// Broad diagnoses, each with a narrower one that a lower part of the report may give it:
/// the lineage of an ALL, the risk group of an MDS, the cause of an AML.
const NARROWS: &[(Diagnosis, Diagnosis)] =
    &[(All, BAll), (All, TAll), (Mds, MdsHr), (Mds, MdsLr), (Aml, AmlTr), (Aml, AmlMr)];

/// Whether `a` is `b` or names it more precisely.
fn refines(a: Diagnosis, b: Diagnosis) -> bool {
    a == b || a.row().kind_of == Some(b) || REFINES.contains(&(a, b))
}

/// One diagnosis named as the person's, with how much its place in the report counts: 3 the
/// report's diagnosis or interpretation, 2 a result, 1 the clinical history or an earlier
/// result.
#[derive(Debug, Clone)]
pub(super) struct Named<T> {
    pub value: T,
    pub rank: u8,
    pub quote: String,
}

/// The diagnosis: among those named at the highest rank, the one that refines all others.
/// `blast_phase`: the report names CML's blast phase as this person's, so CML refines the
/// acute leukemia its blasts are described as ("CML in lymphoid blast phase ... B-ALL
/// phenotype"). `Err` names the disagreement.
pub(super) fn choose(
    named: &[Named<Diagnosis>],
    blast_phase: bool,
) -> Result<Option<&Named<Diagnosis>>, String> {
    let Some(top) = named.iter().map(|n| n.rank).max() else {
        return Ok(None);
    };
    let at_top: Vec<&Named<Diagnosis>> = named.iter().filter(|n| n.rank == top).collect();
    let refines = |a: Diagnosis, b: Diagnosis| {
        refines(a, b) || blast_phase && a == Cml && matches!(b, All | BAll | TAll | Aml | Mpal)
    };
    if let Some(best) = at_top.iter().find(|n| at_top.iter().all(|other| refines(n.value, other.value))) {
        // A lineage or risk group named lower down narrows a broad name ("Adult ALL" in the
        // header, "B-lymphoblastic leukaemia" in the history), when it is the only one.
        let narrower: Vec<&Named<Diagnosis>> =
            named.iter().filter(|n| NARROWS.contains(&(best.value, n.value))).collect();
        if let Some(first) = narrower.first() {
            if narrower.iter().all(|n| n.value == first.value) {
                return Ok(Some(first));
            }
        }
        return Ok(Some(best));
    }
    let mut keys: Vec<&str> = at_top.iter().map(|n| n.value.key()).collect();
    keys.sort();
    keys.dedup();
    Err(format!("the report names more than one diagnosis ({}); none was taken", keys.join(", ")))
}

/// The CML phase: the one named at the highest rank, if only one is.
pub(super) fn choose_phase(named: &[Named<CmlPhase>]) -> Result<Option<&Named<CmlPhase>>, String> {
    let Some(top) = named.iter().map(|n| n.rank).max() else {
        return Ok(None);
    };
    let at_top: Vec<&Named<CmlPhase>> = named.iter().filter(|n| n.rank == top).collect();
    if at_top.iter().all(|n| n.value == at_top[0].value) {
        return Ok(Some(at_top[0]));
    }
    Err("the report names more than one CML phase; none was taken".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(value: Diagnosis, rank: u8) -> Named<Diagnosis> {
        Named { value, rank, quote: String::new() }
    }

    #[test]
    fn the_most_specific_at_the_highest_rank() {
        let list = [named(Mds, 1), named(Aml, 3), named(AmlMr, 3)];
        assert_eq!(choose(&list, false).unwrap().unwrap().value, AmlMr);
        let list = [named(Cll, 3), named(Richter, 3), named(Aml, 1)];
        assert_eq!(choose(&list, false).unwrap().unwrap().value, Richter);
        assert!(choose(&[named(Aml, 2), named(Cll, 2)], false).is_err());
        assert!(choose(&[], false).unwrap().is_none());
        // CML in lymphoid blast phase, its blasts described as B-lymphoblastic.
        let list = [named(Cml, 3), named(BAll, 3)];
        assert!(choose(&list, false).is_err());
        assert_eq!(choose(&list, true).unwrap().unwrap().value, Cml);
    }
}
