//! The words around a marker that say what the report found: one table of (pattern, cue).
//! "Detected", "negative", "+" after a marker; "positive for", "negative for", "no" before
//! a list of them; evidence such as a variant or an allele fraction; and words that make a
//! result unreadable (a variant of uncertain significance, an equivocal result, a reference
//! range). Adding a phrasing is a row here.

use std::sync::LazyLock;

use super::tokens::Token;
use crate::pattern::PhraseSet;

/// What a cue says about the markers next to it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Cue {
    /// After a marker, its result: "detected", "not detected", "negative", "wild-type".
    After(bool),
    /// Before a list of markers, their result: "positive for", "negative for", "lacks".
    Before(bool),
    /// A negation before a marker that overrules the words after it: "no FLT3-ITD was detected".
    Not,
    /// How strongly a marker is expressed (dim, partial, bright): it is expressed. May sit
    /// inside a list ("CD19, CD10 (partial), CD22").
    Expressed,
    /// A variant named or measured (HGVS, protein change, allele fraction, "pathogenic"):
    /// a mutation is present when no result word says otherwise.
    Variant,
    /// A percentage; what it means depends on the marker (see `values.rs`).
    Percent,
    /// Makes the result unreadable: uncertain significance, equivocal, not tested.
    Unsure,
    /// Ends what belongs to a marker: a reference range, a cut-off, a control.
    Stop,
    /// Ends a list: "but", "whereas".
    Break,
    /// Before a diagnosis: residual or relapsed disease is still the person's diagnosis
    /// ("no residual AML"); before a marker it changes nothing.
    Residual,
}

/// Words that may come between a marker and its result word ("mutation analysis by PCR: not
/// detected"), kept inside the result's cue so that shorter cues within them are dropped.
macro_rules! lead {
    () => {
        r"(?:(?:mutations?|mutated|variants?|mutad[oa]s?|mutat[oaie]|mut(?u-i:[éÉ])e?s?|mutiert\w*|gemuteerd|muter(?:ad|t|et)|mutaci(?u-i:[óÓ])n|muta(?u-i:[çÇ])(?u-i:[ãÃ])o|mutazion[ei]|mutatie|variantes?|varianti|transcritos?|trascritt[oi]|transcrits?|fusi(?u-i:[óÓ])n|fus(?u-i:[ãÃ])o|fusione|an(?u-i:[áÁ])lisis|analisi|analyse|an(?u-i:[áÁ])lise|rearrangements?|fusions?|transcripts?|status|results?|genes?|expression|testing|tests?|analysis|studies|study|assay|screen(?:ing)?|by (?:RT-PCR|qPCR|PCR|FISH|NGS|flow(?: cytometry)?|IHC|sequencing|fragment analysis|capillary electrophoresis)|FISH|PCR|probes?|break[- ]?apart|dual[- ]fusion|signals?|was|were|is|are|has been|have been|:|=|-)\s*)*"
    };
}

/// Words that may qualify "variants" in a negative result ("no pathogenic variants").
macro_rules! qualifiers {
    () => {
        r"(?:(?:pathogenic|likely pathogenic|clinically significant|significant|reportable|somatic|other)\s+)*"
    };
}

/// Every cue, as a case-insensitive pattern. Within a pattern the first alternative that
/// matches wins (not the longest), so longer phrasings come first.
pub(super) const CUES: &[(&str, Cue)] = &[
    // Results after a marker.
    (
        concat!(
            lead!(),
            r"(?:not (?:detected|identified|present|found|seen|observed|demonstrated|mutated|rearranged|expressed|amplified|deleted)|none (?:detected|identified)|none (?:was |were )?found|undetected|undetectable|negative|\bneg\b|absent|wild[- ]?type|\bWT\b|unmutated|non-?mutated|no ",
            qualifiers!(),
            r"(?:mutations?|variants?|rearrangements?|fusions?|abnormalit(?:y|ies)|evidence|alterations?)(?: (?:was|were|is|are))?(?: (?:detected|identified|found|seen|observed|present))?|within normal limits|no specific amplification|nessuna amplificazione specifica|sin amplificaci(?u-i:[óÓ])n espec(?u-i:[íÍ])fica|aucune amplification sp(?u-i:[éÉ])cifique|keine spezifische amplifikation|geen specifieke amplificatie|sem amplifica(?u-i:[çÇ])(?u-i:[ãÃ])o espec(?u-i:[íÍ])fica|criteria (?:are |were )?not (?:fulfilled|met|satisfied)|\bnormal\b|\bno\s*(?:[-,.;)]|$)|excluded|ruled out|\b(?:withdrawn|retracted|revoked)\b|\bausgeschlossen\b|\bexcluid[oa]\b|\besclus[oa]\b|\bexclue?\b|\bexclu(?u-i:[íÍiI])d[oa]\b|\buitgesloten\b|\butesluten\b|\bwykluczon[aey]\b|-\s?ve\b|below (?:both )?(?:the )?(?:\w+ )?(?:limit|level) of (?:detection|quantification|quantitation)|(?:<|less than) (?:the )?(?:LOD|LOQ|limit of (?:detection|quantification))|\(-\)|\(neg\)|nicht (?:mehr )?nachgewiesen|nicht (?:mehr )?nachweisbar|kein nachweis (?:einer?|eines|von) (?:\w+ )?(?:mutation|variante|ver(?u-i:[äÄ])nderung|aberration|deletion|fusion|rearrangement|translokation|amplifikation)\w*|kein nachweis|keine? (?:\w+ )?(?:mutation|variante|ver(?u-i:ä)nderung|aberration|verlust|deletion|zugewinn|rearrangement|translokation|fusion|amplifikation)\w*(?: (?:nachgewiesen|gefunden|detektiert|nachweisbar)|\s*(?:[.;,()]|$))|nicht mutiert|nicht rearrangiert|niet gemuteerd|niet herschikt|(?:ej|inte|ikke) muter(?:ad|t|et)|no mutad[oa]s?|n(?u-i:[ãÃaA])o mutad[oa]s?|non mutat[oaie]|non mut(?u-i:[éÉeE])e?s?|non riarrangiat[oa]|no reordenad[oa]|non r(?u-i:[éÉeE])arrang(?u-i:[éÉeE])e?|(?:keine?|geen|aucune?|pas de|pas d'une?|nessun[oa]?|ning(?u-i:[úÚ])n|ninguna|nenhum[a]?|ingen|inga|sin|sem) (?:\w+ )?(?:mutation(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*|mutaci(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*|mutazion(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*|muta(?u-i:[çÇ])(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*|mutatie(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*|variant(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*|riarrangiament(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*|r(?u-i:[éÉ])arrangement(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*|reordenamiento(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*|rearranjo(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*|rearrangement(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*|herschikking(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*|traslocazion(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*|translocaci(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*|transloca(?u-i:[çÇ])(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*|translocation(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*|delezion(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*|deleci(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*|dele(?u-i:[çÇ])(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*|d(?u-i:[éÉ])l(?u-i:[éÉ])tion(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*|fusion(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*|fusi(?u-i:[óÓ])n|fus(?u-i:[ãÃ])o|alterazion(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*|alteraci(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*|alt(?u-i:[éÉ])ration(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*|altera(?u-i:[çÇ])(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*|afwijking(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*)(?: (?:rilevat(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*|detectad(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*|detetad(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*|d(?u-i:[éÉ])tect(?u-i:[éÉ])e?s?|aangetoond|gevonden|p(?u-i:[åÅ])vis(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*|identificad(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*|identificat(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*|observad(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*|trouv(?u-i:[éÉ])e?s?|encontrad(?u-i:[0-9A-Za-z_\x{00C0}-\x{00FF}])*))?\s*(?:[.;,()/]|$)|wild-?typ\b|tipo salvaje|type sauvage|tipo selvaggio|tipo selvagem|\bnegatief\b|no se (?:detecta|detectaron|detectan|observa|observan)|\bej p(?u-i:[åÅ])visad|\binte p(?u-i:[åÅ])visad|\bikke p(?u-i:[åÅ])vist|\bikkje p(?u-i:[åÅ])vis\w*|\bikke p(?u-i:[åÅ])vis\w*|\bniet aangetoond|\bei todettu|\bei havaittu|non (?:sono stat[ei] )?rilevat[eoai]|\bnegativ[oa]?\b|no detectad[oa]s?|n(?u-i:[ãÃaA])o (?:foi |foram |(?u-i:[éÉ]) )?dete(?:c)?tad[oa]s?|non d(?u-i:[eéÉ])tect(?u-i:[eéÉ])e?s?|n(?u-i:[aãÃ])o detectad[oa]s?|non rilevat[oa]|non (?u-i:[èÈeE]) (?:stat[oa] )?rilevat[oa]|nessun[ao]? (?:mutazion[ei]|variant[ei]|alterazion[ei]) (?:rilevat[ae]|identificat[ae])|\bnegativity\b|\bn(?u-i:[eéÉ])gati(?:f|ve)s?\b|\bassente\b|\bausente\b)"
        ),
        Cue::After(false),
    ),
    (
        concat!(
            lead!(),
            r"(?:detected|identified|present|positive|(?:was|were|been) found\s*(?:[.;,()]|$)|\bpos\b|\byes\b|\+\s?ve\b|co-?expressed|mutated|rearranged|amplified|expressed|over-?expressed|overexpression|observed|deleted|\(\+\)|\(pos\)|nachgewiesen|\bnachweisbar\b|\bpositiv[oa]?\b|\bpositief\b|\baangetoond\b|\bp(?u-i:[åÅ])vis(?:t|ad|ts)\b|\bpr(?u-i:[éÉ])sente?s?\b|\bmutad[oa]s?\b|\bmutat[oaie]\b|\bmut(?u-i:[éÉ])e?s?\b|\bmutiert\b|\bgemuteerd\b|\bmuterad\b|\bmuter(?:t|et)\b|\briarrangiat[oa]\b|\breordenad[oa]\b|\br(?u-i:[éÉ])arrang(?u-i:[éÉ])e?s?\b|\brearrangiert\b|\bherschikt\b|\bdetectad[oa]s?\b|\bdetetad[oa]s?\b|\bd(?u-i:[eéÉ])tect(?u-i:[eéÉ])e?s?\b|\bpositi(?:f|ve)s?\b|\brilevat[oa]\b|\bpresente\b)"
        ),
        Cue::After(true),
    ),
    // Results before a list of markers.
    (
        concat!(
            // A colon may come first ("Pertinent negatives: no variants detected in NPM1,
            // IDH1"): taken in here, the list's cue outruns "…: no variants detected" read as
            // the result of what comes before it.
            r"(?::\s*)?(?:is |are )?(?:negative|neg) for|\black(?:s|ing)?\b(?: expression of)?|(?:does|do|did) not (?:express|show|demonstrate|have)|fails? to express|failed to express|(?:no|without|absence of|loss of|lack of) (?:surface |aberrant )?expression of|(?::\s*)?(?:no|without) ",
            qualifiers!(),
            r"(?:mutations?|variants?|abnormalit(?:y|ies)|rearrangements?|fusions?|alterations?)(?: (?:were|was|is|are))? (?:detected|identified|found|seen|observed)(?:\s+(?:in|for|involving)\b|\s*:)|(?:no|without) (?:evidence of )?",
            qualifiers!(),
            r"(?:mutations?|variants?|rearrangements?|fusions?) (?:in|of|involving)|^\s*(?:not detected|negative|absent|wild[- ]?type)\s*:"
        ),
        Cue::Before(false),
    ),
    // A result word with a colon after a label or a bracket opens a list ("Lymphoblasts, 92%
    // of events: positive: CD19, CD22 … negative: CD13, CD33"); it is not the result of the
    // name before it.
    (
        r"(?:^|[:)])\s*(?:negative|neg|not expressed|negativ[oiae]?|negatief|n(?u-i:[éÉ])gatifs?|negativos?|negativas?)\s*:",
        Cue::Before(false),
    ),
    // "Kinase domain mutations specifically not detected: T315I, E255K": the names after
    // the colon are what was not found, not the words before it.
    (r"\bnot (?:detected|identified|found)\s*:|\bnone detected\s*:", Cue::Before(false)),
    (
        r"(?:^|[:)])\s*(?:positive|pos|expressed|positiv[oiae]?|positief|positifs?|positivos?|positivas?)\s*:",
        Cue::Before(true),
    ),
    (
        r"(?::\s*)?(?:is |are )?(?:positive|pos) for|\bexpress(?:es|ing)?(?:[\s,;:.)/]|$)|\bco-?express(?:es|ing|ion of)?\b|(?:aberrant |partial |dim |bright )?expression of|consistent with|compatible with|diagnostic of|in keeping with|(?:mutations?|variants?|alterations?) (?:was |were |is |are )?(?:detected|identified|found|present|noted|seen) in|^\s*(?:mutations?|variants?|alterations?|abnormalit(?:y|ies)|fusions?|rearrangements?)?\s*(?:detected|identified|present|positive)\s*:|\bharbou?r(?:s|ing)?\b|\bcarr(?:y|ies|ying)\b|\bshows?\b|\bshowing\b|\bdemonstrat(?:es?|ed|ing)\b|\breveal(?:s|ed|ing)?\b|\bgain of\b|\bwith(?: (?:a|an|mutated|rearranged|biallelic|monoallelic|mutant|the))?\b|\b(?:con|com|avec|mit|met|med) (?:la |una |uma |une |einer |eine |een )?(?:mutaci(?u-i:[óÓ])n|muta(?u-i:[çÇ])(?u-i:[ãÃ])o|mutation|mutazione|mutatie) (?:de |di |do |du |von |van |in |del |della |des |da )?",
        Cue::Before(true),
    ),
    (
        // "No pathogenic or likely pathogenic TP53 variant": the qualifiers belong to the
        // negation, which reaches the name after them.
        r"\bno\s+(?:(?:likely pathogenic|pathogenic|clinically significant|significant|reportable|somatic)(?:\s*(?:,|/|\bor\b|\band\b)\s*|\s+))+|no (?:morphologic|immunophenotypic|molecular|cytogenetic|flow cytometric)(?:al)?(?: or \w+)? evidence of|(?:no|without) (?:\w+ )?(?:evidence|features|signs?) of|does not meet (?:the )?criteria for|not consistent with|not diagnostic of|absence of|\black of\b|\bloss of\b|\bfree of\b|\brather than\b|\binstead of\b|\bwithout\b|\bkein(?:e|en)? (?:hinweis auf|nachweis (?:von|einer?|eines|des|der))\b|\bno se trata de\b|\bil ne s'agit pas (?:de|d'une?)\b|\bnon si tratta di\b|\bn(?u-i:[ãÃaA])o se trata de\b|\bes handelt sich nicht um\b|\bhet betreft geen\b|\bkein(?:e|en)? (?:anhalt|hinweis|nachweis|evidenz) f(?u-i:[üÜuU])r\b|\bsin evidencia de\b|\bno hay evidencia de\b|\bassenza di\b|\bnessuna evidenza di\b|n(?u-i:[ãÃ])o h(?u-i:[áÁ]) crit(?u-i:[éÉ])rios (?:para|de)\b|no hay criterios (?:de|para)\b|no criteria for\b|pas de crit(?u-i:[èÈ])res (?:de|pour)\b|keine kriterien f(?u-i:[üÜ])r\b|non ci sono criteri (?:per|di)\b|geen criteria voor\b|\baus(?u-i:[êÊeE])ncia de\b|\bsem evid(?u-i:[êÊeE])ncia de\b|\bgeen aanwijzing(?:en)? voor\b|\binga tecken p(?u-i:[åÅaA])\b|\bbrak (?:cech |dowod(?u-i:[óÓoO])w )?|\bargu(?:es|ed|ing) against\b|\bexcludes?\b|\bexcluding\b|\bse (?:descarta|excluye)\b|\bsi esclude\b|\bon exclut\b|\bwordt uitgesloten\b|\bausencia de\b|\bsin\b|\bohne\b|\babsence de\b|\bno se (?:identifican|observan|cumplen|detectan|encuentran) (?:los )?(?:criterios|datos|signos|evidencias?) (?:de|para)\b|\bsans (?:crit(?u-i:[èÈ])res|signes?) de\b|\bkeine (?:kriterien|zeichen|hinweise) (?:f(?u-i:[üÜ])r|einer?)\b|\bnessun (?:criterio|segno) di\b|\bgeen (?:criteria|aanwijzingen) voor\b|\bsem (?:crit(?u-i:[éÉ])rios|sinais) de\b|\btalar (?:\w+ )?emot\b|\btaler (?:\w+ )?(?:imod|mot)\b|\bspricht (?:\w+ )?gegen\b|\bpleit (?:\w+ )?tegen\b|\bplaide (?:\w+ )?contre\b|\bva contro\b|\bhabla en contra de\b|\bargumenta contra\b|\bsans\b|\bsem\b|\bsenza\b|\bzonder\b|\butan\b|\buden\b|\buten\b|\bneither\b|\bnor\b|\bno\b|\bnot\b|\bkein(?:e[nmrs]?)?\b|\bgeen\b|^\s*(?:ikke|ikkje|inte)\b|\baucune?\b|\bnessun[oa]?\b|\bning(?u-i:[úÚ])n\b|\bninguna\b|\bnenhum[a]?\b|\bingen\b|\binget\b",
        Cue::Not,
    ),
    // How strongly a marker is expressed.
    (
        r"\bdim(?:ly)?(?: (?:positive|expressed))?\b|\bbright(?:ly)?(?: (?:positive|expressed))?\b|\bpartial(?:ly)?(?: (?:positive|expressed))?\b|\bheterogeneous(?:ly)?(?: (?:positive|expressed))?\b|\bvariabl[ey](?: (?:positive|expressed))?\b|\bsubset\b|\bweak(?:ly)?(?: (?:positive|expressed))?\b|\bdebole\b|\bd(?u-i:[éÉeE])bil\b|\bfaible\b|\bschwach\b|\bfrac[oa]\b|\bzwak\b|\bsvag\b|\bs(?u-i:[łŁ])ab[ay]\b|\bmoderate(?:ly)?(?: (?:positive|expressed))?\b|\bsterk\b|\bstark\b|\bstrong(?:ly)?(?: (?:positive|expressed))?\b|\b(?:low|high)[- ]level expression\b|\bpositive\s*\(?\s*(?:dim|partial|bright)\b",
        Cue::Expressed,
    ),
    // Evidence of a variant.
    (
        r"\bc\.\s?-?\*?\d+|\bp\.\s?\(?[A-Z][a-z]{0,2}\d+|(?-i:\b[ACDEFGHIKLMNPQRSTVWY]\d{2,4}(?:[ACDEFGHIKLMNPQRSTVWY]\b|\*|fs|del|dup|ins))|\b(?:ins|dup)\d+\b|\bVAF\b|\bvariant allele (?:fraction|frequency)|\ballel(?:e|ic) (?:fraction|frequency|burden|ratio)|\bmutant (?:allele|burden|ratio)|\b(?:likely )?pathogenic\b|\btier\s*(?:I|II|1|2)\b|\bframeshift\b|\bmissense\b|\bnonsense\b|\bin-frame\b|\bsplice[- ]site\b|\btype [ABD] mutation\b|\bsignal ratio\b|\b(?:mutant|mutation) level\b",
        Cue::Variant,
    ),
    // "8% of clonal cells positive": the word is the percentage's, not a result of its own.
    (
        r"[<>]?=?\s*\d{1,3}(?:\.\d+)?\s*%(?:\s+of (?:the )?(?:[\w-]+ ){0,2}(?:cells|blasts|events|lymphocytes|B[- ]cells)\s+(?:are |were )?positive\b)?",
        Cue::Percent,
    ),
    // Results that cannot be read.
    (
        concat!(
            r"uncertain significance|unknown significance|undetermined significance|\bVUS\b|\)\?(?:\s|$)|\btier\s*(?:III|3)\b|\bclass\s*(?:III|3)\b|(?:likely )?benign|polymorphism|\bSNP\b|not (?:clinically )?(?:significant|reportable)|of no (?:known )?clinical significance|equivocal|indeterminate|inconclusive|borderline|uncertain|unclear|ambiguous|unresolved|not resolved|unlikely|not conclusive|not confirmed|grenzwertig\w*|nicht eindeutig|verdacht auf|v\.\s?a\.|sospetto(?: di)?|sospecha de|suspeita de|suspicion d'|vermoeden (?:van|op)|misstanke om|unterhalb (?:der|des) (?:[\w-]+ )?(?:(?:melde|nachweis|berichts|bestimmungs)?(?:grenze|schwelle|schwellenwert\w*)|cut-?offs?|grenzwert\w*)|not (?:an? )?(?:recogni[sz]ed|canonical) |al di sotto del(?:la|lo)? (?:\w+ )?(?:LOD|LOQ|limite|soglia|cut-?off|valore soglia)|non refertabile|",
            hotspot_words!(),
            r"|significado incierto|significado incerto|signification (?:incertaine|ind(?u-i:[éÉeE])termin(?u-i:[éÉeE])e|inconnue)|significato incerto|(?:unklarer|unsicherer) (?:klinischer )?(?:signifikanz|bedeutung)|onbekende (?:klinische )?betekenis|ok(?u-i:[äÄaA])nd (?:klinisk )?betydelse|oklar (?:klinisk )?(?:signifikans|betydelse)|uklar (?:klinisk )?(?:signifikans|betydning)|usikker (?:klinisk )?betydning|ukjent (?:klinisk )?betydning|ukendt (?:klinisk )?betydning|\b0\s*/\s*\d+ (?:wells )?positive\b|no (?:\w+ ){0,3}(?:testing|test|analysis) (?:was |were )?(?:performed|done|carried out)|not (?:yet )?established|n(?u-i:[ãÃ])o se aplica|no se aplica|non si applica|ne s'applique pas|trifft nicht zu|does not apply|niepewnym znaczeniu|poni(?u-i:[żŻzZ])ej progu|abaixo do (?:limiar|limite|ponto de corte)|unterhalb der (?:melde|nachweis|berichts)grenze|unter der (?:melde|nachweis)grenze|unterhalb des schwellenwert\w*|onder de \w*(?:drempel|grens)|\bvermoed\w*|niet als aangetoond|\bunder (?:\w+ )?rapporteringsgr(?u-i:[æÆäÄaAeE])ns\w*|nicht untersucht|nicht getestet|nicht bestimmt|nicht indiziert|ikke (?:er |blevet |blitt )?unders(?u-i:[øØ])[gk]t|inte (?:har )?unders(?u-i:[öÖ])k(?:t|ts)|gr(?u-i:[äÄ])nsfall|gr(?u-i:[æÆ])nsetilf(?u-i:[æÆ])lde|grensetilfelle|kan (?:ej|inte|ikke) (?:s(?u-i:[äÄ])kert |sikkert )?(?:bed(?u-i:[öÖ])mas|vurderes)|inkonklusiv\w*|under (?:den |laboratoriets )?(?:validerade? |validerte )?(?:detektionsgr(?u-i:[äÄ])ns(?:en)?|deteksjonsgrensen?|detektionsgr(?u-i:[æÆ])nsen?|rapporteringsgr(?u-i:[äÄæÆ])nsen?)|ikke indiceret|ikke indisert|inte indicerad|no indicad[oa]|non (?:(?u-i:[èÈeE]) )?indicat[oa]|non indiqu(?u-i:[éÉeE])|n(?u-i:[ãÃaA])o indicad[oa]|niet ge(?u-i:[ïÏiI])ndiceerd|n(?u-i:[ãÃaA])o interpret(?u-i:[áÁaA])vel|no interpretable|non interpr(?u-i:[éÉeE])table|non interpretabile|nicht interpretierbar|could not (?:be )?(?:assign(?:ed)?|typed?|classif(?:y|ied)|distinguish(?:ed)?|resolved?)|not (?:be )?assigned|onwaarschijnlijk|peu probable|improbab\w*|unwahrscheinlich|improv(?u-i:[áÁaA])vel|osannolik|n'a pas (?u-i:[éÉeE])t(?u-i:[éÉeE]) (?:r(?u-i:[éÉeE])alis(?u-i:[éÉeE])e?|effectu(?u-i:[éÉeE])e?|faite?)|non (?:(?u-i:[èÈeE]) stat[oa] )?eseguit[oa]|no (?:se )?(?:ha )?realizad[oa]|nicht durchgef(?u-i:[üÜuU])hrt|n(?u-i:[ãÃaA])o (?:foi )?realizad[oa]|niet uitgevoerd|ej utf(?u-i:[öÖoO])rd|nie wykonano|questionable|\bpossibl[ey]\b|\bprobabl[ey]\b|suspicious (?:for|of)|suggestive of|concerning for|\bfavou?r(?:s|ed|ing)?\b|cannot (?:be )?(?:excluded?|ruled? out|assessed|evaluated|determined)|could not be|unable to|not applicable|not (?:considered |regarded )?(?:as )?(?:an? )?(?:clinically )?actionable|non-?actionable|not (?:considered|regarded|classified) (?:as )?(?:\w+ )?(?:pathogenic|disease-causing|oncogenic)|non (?:(?u-i:[èÈ])|e') (?:considerat[ao]|ritenut[ao]) patogen\w*|no (?:es |se )?(?:considerad[ao]|considera) (?:como )?patog(?u-i:[éÉ])nic[ao]|n(?u-i:[ãÃ])o (?:(?u-i:[éÉ]) )?considerad[ao] (?:como )?patog(?u-i:[éÉêÊ])nic[ao]|n'est pas consid(?u-i:[éÉ])r(?u-i:[éÉ])e? comme pathog(?u-i:[èÈ])ne|nicht als pathogen\w*|niet als pathogeen|not (?:been )?(?:tested|performed|assessed|evaluated|done|requested|ordered|sent|available|interpretable|reported|analy[sz]ed|informative|evaluable|assessable)|no result|\bfailed\b|insufficient|inadequate|\bQNS\b|cancel+ed|\bversus\b|\bvs\.?(?:\s|$)|(?:below|under) (?:the |our |a )?(?:[\w'%.]+ ){0,3}(?:threshold|cut-?off|reporting limit)|near the (?:limit|cut-?off)|por debajo del umbral|inferior (?:al|a la) (?:umbral|l(?u-i:[íÍ])mite)|inf(?u-i:[éÉ])rieure? (?:au|(?u-i:[àÀ]) la) (?:seuil|limite)|inferiore (?:alla|al) (?:soglia|limite)|inferior ao (?:limiar|limite)|no se informa como positiv[oa]|not reported as (?:a )?(?:positive|detected)|(?:al di )?sotto (?:la |della |alla )?soglia|en dessous du seuil|unterhalb de[rs] \w+grenze|no se considera (?:un resultado )?reportable|\bsee (?:the )?(?:addendum|amendment|amended report)\b|\bvedi (?:l')?addendum\b|\bsiehe (?:nachtrag|addendum|korrektur)\b|\bvoir (?:l')?(?:addendum|additif)\b|\bver (?:la )?(?:adenda|addendum)\b|\bzie (?:het )?addendum\b|\bsee (?:the )?correction\b|\bzie (?:de )?correctie\b|\bvoir (?:la )?correction\b|\bver (?:la )?correcci(?u-i:[óÓ])n\b|\bvedi (?:la )?correzione\b|\bse r(?u-i:[äÄ])ttelse\b|\bse (?:till(?u-i:[äÄ])gg|addendum|till(?u-i:[æÆ])g|note nedenfor)\b|at the (?:limit|level) of detection|(?u-i:[éÉeE])quivoque|equ(?u-i:[íÍiI])voc[oa]|dudos[oa]|indeterminad[oa]|ind(?u-i:[éÉeE])termin(?u-i:[éÉeE])e?s?|indeterminat[oa]|twijfelachtig|fraglich\w*|lim(?u-i:[íÍiI])trofe|non conclu\w*|no concluyente|n(?u-i:[ãÃaA])o conclusiv[oa]|inconclusiv[oa]|inconcluant|nicht schl(?u-i:[üÜuU])ssig|(?u-i:[àÀaA]) la limite|en el l(?u-i:[íÍiI])mite|al limite|im bereich der nachweisgrenze|nicht sicher (?:bewertbar|beurteilbar)|unter (?:der|dem) (?:[\w-]+ )?(?:schwelle|schwellenwert|cut-?off|grenzwert)\w*|non (?:(?u-i:[èÈeE]) )?(?:clinicamente )?interpretabile|nicht als pathogen|not (?:considered|classified|regarded) (?:as )?pathogenic|non (?:viene )?refertat[oa]|sospett[oa]|\?{2,}|\(\?\)|(?:does|do|did) not (?:establish|prove|confirm)\b|\bsous (?:le |la )?(?:seuil|limite)\b|\binf(?u-i:[éÉ])rieure? (?:au|(?u-i:[àÀ]) la) (?:seuil|limite)\b|n'est pas rendu\w*|\bnon rendu\w*|\b(?:functional |clinical )?(?:impact|significance|relevance) (?:is |remains )?(?:unknown|unclear|uncertain|undetermined)\b|\boutside (?:the )?(?:[\w/]+ )?hotspots?\b|\bnot (?:counted|used|scored) as\b|\bunder (?:\w+ )?gr(?u-i:[äÄæÆ])ns(?:en|e)?\b|-?untersuchung\w*\s+(?:vor|durchgef(?u-i:[üÜ])hrt|erfolgt)\b|\bbislang keine\b|\bkeine sicher(?:e|en)? pathogen\w*|\bno (?:definite(?:ly)?|certain(?:ly)?|clearly) pathogenic\b|\bau(?:ss|(?u-i:ß))erhalb der\b|\boutside (?:the )?(?:[\w/-]+ ){0,2}domain\b|\bposs(?u-i:[íÍ])vel\b|\bposible\b|\bpossibile\b|\bm(?u-i:[öÖ])glich\w*|\bmogelijk\w*|\bpolimorfism\w*|\bpolymorphisme\b|\bpolymorphismus\b|no (?:se considera |es )?accionable|\bnon action+able\b|\bnicht therapierelevant\b|\bn(?u-i:[ãÃ])o acion(?u-i:[áÁ])vel\b|no es (?:una )?mutaci(?u-i:[óÓ])n en punto caliente|\bfuera de(?:l)? punto caliente\b|\bhors (?:du |des )?hotspots?\b|\bal di fuori (?:dell')?hotspot\b|non (?:sono state |(?u-i:[èÈ]) stat[oa] )?ricercat\w*|\bno (?:se )?(?:ha |han )?(?:sido )?(?:estudiad|investigad|buscad)[oa]s?\b|\bnon recherch(?u-i:[éÉ])\w*|n(?u-i:[ãÃ])o (?:foram |foi )?pesquisad\w*|\bniet onderzocht\b|n(?u-i:[ãÃ])o (?:foi |foram )?solicitad\w*|\bno (?:fue|se ha) solicitad\w*|non (?:(?u-i:[èÈ]) stat[oa] )?richiest\w*|\bnicht angefordert\b|\bnon demand(?u-i:[éÉ])\w*|\bniet aangevraagd\b|\bnon test(?u-i:[éÉ])e?s?\b|\bnon testat[oa]\b|\bno (?:testad|evaluad)[oa]\b|\bn(?u-i:[ãÃ])o testad[oa]\b|\bniet getest\b"
        ),
        Cue::Unsure,
    ),
    // A test not done says nothing either way ("Ph-like work-up has not been performed on this
    // specimen"; Danish "ikke udført"; "not indicated" is with the uncertain words above).
    (
        r"\bnot (?:been )?(?:performed|undertaken|done|carried out)\b|\bikke (?:blevet )?udf(?u-i:[øØ])rt\b|\bikke (?:blitt )?utf(?u-i:[øØ])rt\b|\binte utf(?u-i:[öÖ])rd\b|\bniet uitgevoerd\b|\bnicht durchgef(?u-i:[üÜ])hrt\b|\bno (?:se ha )?realizad[oa]\b|\bnon (?:(?u-i:[èÈ]) stat[oa] )?effettuat[oa]\b|\bn(?u-i:[ãÃ])o (?:foi )?realizad[oa]\b",
        Cue::Unsure,
    ),
    // "No compound mutation involving T315I" says nothing of T315I alone.
    (r"\bcompound mutations?\b", Cue::Unsure),
    // A negative result with an exception in brackets ("TP53 (other than the variant of
    // uncertain significance above)") is only partly negative.
    (r"\(\s*(?:other than|except(?: for)?|apart from|besides)\b", Cue::Unsure),
    (
        // "ITD/wild type" names a ratio, not a result.
        concat!(
            r"/\s*(?:wild[- ]?type|WT)\b|\b\d+(?:\.\d+)?\s*%?\s*-\s*\d+(?:\.\d+)?\s*%|reference(?: range| interval| value)?s?\s*:|\bref\.?\s*(?:range|interval)|normal (?:range|value|reference|cut-?off)|\(\s*normal\s*(?:<|>|<=|>=|up to|below)|expected(?: result| value)?\s*:|cut-?off|threshold|\bseuil\b|\bumbral\b|\bsoglia\b|\blimiar\b|\bschwellenwert\b|\bmeldegrenze\b|\bdrempel\w*|\bgr(?u-i:[äÄaA])nsv(?u-i:[äÄaA])rde\b|\bLOD\b|\bLOQ\b|limit of (?:detection|quantification)|sensitivity|ponto de corte|punto de corte|valore soglia|",
            detection_limit_words!(),
            "|",
            sensitivity_words!(),
            r"|(?:positive|negative|internal) control|\(\s*positive\s*="
        ),
        Cue::Stop,
    ),
    (
        // "Unmutated" or "mutated" just before another gene's name is said of that gene ("…,
        // complex karyotype, unmutated IGHV"), not of the names before it; so is IGHV's status
        // after it ("mutation de TP53, IGHV non muté"). A residual-disease result after a
        // diagnosis is the test's ("AML in remission, MRD negative").
        r"\b(?:un|non-?)?mutated\s+(?-i:[A-Z][A-Z0-9]{2,})\b|\bIGHV\b\s*(?:[:-]\s*)?(?:(?:non|un|niet|nicht|no|n(?u-i:[ãÃ])o|ikke|ej|inte)[- ]?)?(?:mutat\w*|mut(?u-i:[éÉ])\w*|mutad\w*|gemuteerd|mutiert|muter\w*)|\bbut\b|\bhowever\b|\bwhereas\b|\bwhile\b|\balthough\b|\bexcept\b|\bother than\b|\bapart from\b|\bthe rest of\b|\botherwise\b|,\s*(?-i:MRD|EMR|DRM)\b",
        Cue::Break,
    ),
    (
        r"\bresidual\b|\bpersistent\b|\brecurrent\b|\brelapsed\b|\brefractory\b|\brecurrence of\b|\brelapse of\b|\bminimal\b|\bmeasurable\b",
        Cue::Residual,
    ),
];

/// The cue table compiled as one set.
static CUE_SET: LazyLock<PhraseSet> = LazyLock::new(|| {
    let sources: Vec<String> = CUES.iter().map(|(p, _)| format!("(?i){p}")).collect();
    PhraseSet::new(sources.iter().map(String::as_str)).expect("cue patterns compile")
});

/// Compiles the cue table, for [`super::warm_up`].
pub(super) fn warm_cues() {
    LazyLock::force(&CUE_SET);
}

/// Every cue pattern, for tests that check them all.
#[cfg(test)]
pub(super) fn cue_sources() -> Vec<(&'static str, String)> {
    CUES.iter().map(|(p, _)| ("CUES", format!("(?i){p}"))).collect()
}

/// One cue found in a clause.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Found {
    pub cue: Cue,
    pub start: usize,
    pub end: usize,
}

/// Every cue in `clause`, a cue inside a longer one dropped, in order of place.
pub(super) fn find(clause: &str) -> Vec<Found> {
    let mut found: Vec<Found> = CUE_SET
        .find_all(clause)
        .into_iter()
        .filter(|(_, range)| !range.is_empty())
        .map(|(index, range)| Found { cue: CUES[index].1, start: range.start, end: range.end })
        .collect();
    found.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
    let mut kept: Vec<Found> = Vec::new();
    for cue in found {
        // A cue overlapping one kept before it is part of that one: "not detected" holds
        // "detected", "negative for" holds "negative".
        if kept.last().is_some_and(|last| cue.start < last.end) {
            continue;
        }
        kept.push(cue);
    }
    kept
}

/// The cues of a clause around its named tokens: the names are masked first (`#`, which no
/// cue matches), so that no cue is read inside a name ("Ph-negative", "loss of 17p") or
/// reaches into or across one ("BCR::ABL1 transcripts detected").
pub(super) fn find_around(clause: &str, tokens: &[Token]) -> Vec<Found> {
    let mut masked = clause.to_string();
    for token in tokens.iter().filter(|t| t.row.is_some()) {
        let blank: String =
            clause[token.start..token.end].chars().map(|c| if c.len_utf8() == 1 { '#' } else { c }).collect();
        masked.replace_range(token.start..token.end, &blank);
    }
    find(&masked)
}

/// Words that start a cue saying a value is under a cut-off, in the report's languages.
const UNDER: &[&str] =
    &["below", "under", "unter", "sotto", "al di sotto", "en dessous", "por debajo", "abaixo", "onder"];

/// Whether an uncertain cue says only that a value is under a cut-off ("under the 20%
/// threshold", "unter der Schwelle"): the laboratory's own call after it settles the result.
pub(super) fn under_cut_off(text: &str) -> bool {
    let text = text.trim_start().to_ascii_lowercase();
    UNDER.iter().any(|word| text.starts_with(word))
}

/// The number a percentage cue holds, and whether it was written as "less than".
pub(super) fn percent(text: &str) -> Option<(f64, bool)> {
    let below = text.trim_start().starts_with('<');
    let digits: String = text.chars().filter(|c| c.is_ascii_digit() || *c == '.').collect();
    digits.parse::<f64>().ok().map(|n| (n, below))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues(clause: &str) -> Vec<(Cue, &str)> {
        find(clause).into_iter().map(|f| (f.cue, &clause[f.start..f.end])).collect()
    }

    #[test]
    fn longer_cues_hold_shorter_ones() {
        assert_eq!(
            cues(" mutation analysis: not detected"),
            [(Cue::After(false), "mutation analysis: not detected")]
        );
        assert_eq!(cues("negative for "), [(Cue::Before(false), "negative for")]);
        assert_eq!(cues(" (dim), "), [(Cue::Expressed, "dim")]);
        assert_eq!(cues(" c.860_863dup 41%")[0].0, Cue::Variant);
        assert_eq!(percent("< 0.01 %"), Some((0.01, true)));
    }

    #[test]
    fn words_that_are_not_the_result_of_the_name_before_them() {
        assert_eq!(cues(" (other than the variant above)")[0].0, Cue::Unsure);
        assert_eq!(cues(" (ITD/wild type) 0.62")[0].0, Cue::Stop);
        assert_eq!(cues(", unmutated IGHV"), [(Cue::Break, "unmutated IGHV")]);
        assert_eq!(cues("events: positive: ")[0].0, Cue::Before(true));
        assert_eq!(cues(" (partial) negative: ")[1], (Cue::Before(false), ") negative:"));
        assert_eq!(cues("Pertinent negatives: no variants detected in ")[1].0, Cue::Before(false));
    }
}
