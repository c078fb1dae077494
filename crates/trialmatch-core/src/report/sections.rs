//! The parts of a report, from their headers: what is this specimen's result, what is the
//! clinical history or an earlier result, what describes the method or gives advice. Only a
//! result part is read for markers; the diagnosis is read from the history too, below the
//! report's own diagnosis.

use std::sync::LazyLock;

use super::clauses;
use super::text::Line;
use crate::pattern::{patterns, PhraseSet};

/// What a part of the report holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Section {
    /// The final diagnosis, interpretation, impression, conclusion or summary.
    Diagnosis,
    /// Results and findings of this specimen; text under no header.
    Result,
    /// Clinical history, the reason for testing, earlier results: not this specimen.
    History,
    /// Methods, genes tested, limitations, references, disclaimers.
    Methods,
    /// Recommendations and suggested further tests.
    Advice,
    /// Variants of uncertain significance.
    Uncertain,
}

impl Section {
    /// Whether markers are read here.
    pub fn is_current(self) -> bool {
        matches!(self, Section::Diagnosis | Section::Result)
    }
}

/// Header names, each with the part it opens. The longest header found at the start of a
/// line wins ("clinical history" over "history").
const HEADERS: &[(&str, Section)] = &[
    (
        r"final (?:pathologic )?diagnos[ie]s|rozpoznanie|path(?:ology|ologic|ological)? diagnos[ie]s|diagnos[ie]s|diagnose|diagnostic|diagnosi|diagn(?u-i:[oOóÓ])stico|pathologic diagnosis|integrated (?:report|diagnosis)|diagnostic (?:interpretation|summary)",
        Section::Diagnosis,
    ),
    (
        r"(?:overall |final |cytogenetic |molecular |flow cytometry |fish |result )?(?:interpretation|impression|conclusions?|summary)(?: of (?:results|findings))?|results? summary|comments?|final comments?|opinion|beurteilung|zusammenfassung|conclusie|conclusi(?u-i:[óÓoO])n(?:es)?|conclusione|conclus(?u-i:[ãÃaA])o|slutsats|bed(?u-i:[öÖoO])mning|konklusjon|konklusion|vurdering|wnioski?|interpretaci(?u-i:[óÓoO])n|interpretazione|interpr(?u-i:[éÉeE])tation|interpreta(?:(?u-i:[çÇcC])(?u-i:[ãÃaA]))o|commentaire|commento|comentarios?|kommentar|opmerkingen?|diagnose(?:n)?",
        Section::Diagnosis,
    ),
    (
        r"(?:current |final |test |specimen |laboratory |lab |molecular |genomic )?(?:results?|findings)|current(?: [\w-]+){0,3}|today'?s(?: [\w-]+){0,3}|this specimen|pertinent (?:negatives?|findings|results)|negative results|other (?:results|findings)|karyotype|fish(?: results?| analysis)?|(?:interphase |metaphase )?fish|cytogenetics?|chromosome analysis|cytogenetic (?:analysis|results?|findings)|molecular (?:results?|findings|analysis)|(?:mutations?|variants?|alterations?) (?:detected|identified)|(?:clinically )?significant (?:variants?|findings)|tier (?:i|1|ii|2)(?: (?:and|&) (?:ii|2))?(?: variants?)?|flow cytometry(?: results| findings| analysis)?|immunophenotyp(?:e|ing)(?: results)?|morphology|microscopic(?: description)?|peripheral blood(?: smear)?|bone marrow(?: aspirate| biopsy| core)?|aspirate(?: smear)?|(?:core )?biopsy|differential|cell counts?|bcr-?abl1? (?:quantitation|quantification|result|monitoring)|quantitative (?:results?|pcr)|mrd(?: result| assessment| analysis)?|measurable residual disease|specimen(?: type| source)?|sample|fusion (?:results?|analysis)|investigations?(?:\s*-?\s*(?:this|on|at|during) (?:admission|visit|presentation))?|befund(?:e)?|ergebnis(?:se)?|uitslag(?:en)?|resultaat|resultaten|resultados?|risultat[oi]|r(?u-i:[éÉeE])sultats?|resultat|wynik(?:i)?|zytomorphologie|cytomorfologie|cytomorphologie|morfolog(?u-i:[íÍiI])a|morfologia|morfologie|morfologi|immunofenotypering|immunfenotypning|immunf(?u-i:[æÆ])notypning|immunofenotypisering|immunph(?u-i:[äÄaA])notypisierung|immunfenotypering|immunofenotip(?:o|izzazione)|inmunofenotipo|imunofenotipagem|immunoph(?u-i:[éÉeE])notypage|molekulargenetik|moleculaire diagnostiek|moleculair onderzoek|biologia molecolare|biolog(?u-i:[íÍiI])a molecular|biologie mol(?u-i:[éÉeE])culaire|zytogenetik|cytogenetica|cytogenetisch onderzoek|citogen(?u-i:[éÉeE])tica|cytog(?u-i:[éÉeE])n(?u-i:[éÉeE])tique|durchflusszytometrie|flowcytometrie|citometr(?u-i:[íÍiI])a de flujo|citometria(?: a flusso| de fluxo)?|cytom(?u-i:[éÉeE])trie(?: en flux)?|fish-analyse|(?:ergebnis(?:se)?|befunde?|resultados?|r(?u-i:[éÉ])sultats?|risultat[oi]|uitslag(?:en)?|resultaat|resultaten|resultat(?:er)?) (?:der|des|de|du|del|della|dei|van|av|af|fra|da|do|dos|das|for|f(?u-i:[öÖ])r|p(?u-i:[åÅ])|op|sur|sul|sulla|en|no|na|em)(?: [\w'-]+){1,3}",
        Section::Result,
    ),
    // Earlier results under a header with words after the name ("PREVIOUS RESULTS ON
    // FILE", "RESULTS HISTORY") are earlier too, not this specimen's.
    (
        r"clinical (?:history|information|indication|data|summary|notes?|details)|history|indications?(?: for (?:testing|study))?|reason for (?:referral|testing|test|study)|(?:previous|prior) (?:results?|studies|findings|reports?|bcr-?abl1? results?)(?: on file| available| for comparison)?|(?:diagnostic|outside|initial|baseline) (?:results?|studies|findings|reports?) (?:on file|for comparison|for reference)|outside (?:results?|studies|findings|reports?|data)|comparison(?: (?:with|to) (?:previous|prior|earlier|outside)(?: (?:studies|results|specimens?|samples?|reports?|marrows?))?)?|past results?|historical (?:results?|data)|trend|cumulative results|results? history|(?:diagnostic |initial |pre-?treatment )?baseline(?: (?:results?|findings|sample|specimen|marrow|studies|genotype|profile|characteristics|data))?|(?:initial|presentation|reference) (?:sample|specimen|marrow|bone marrow|genotype|profile)|(?:at )?(?:initial )?diagnosis (?:sample|specimen|marrow|genotype|profile)|at (?:initial )?diagnosis|hx|wywiad|anamneza|rappel(?: du diagnostic| diagnostique| des r(?u-i:[éÉ])sultats(?: ant(?u-i:[éÉ])rieurs| pr(?u-i:[éÉ])c(?u-i:[éÉ])dents)?)?|riepilogo storico|resumen hist(?u-i:[óÓ])rico|donat(?:ore|rice)|donante|donneu(?:r|se)|spender(?:in)?|doador(?:a)?|dador(?:a)?|family (?:history|information|members?|testing|screening)|about (?:your|his|her|their|the) (?:brother|sister|mother|father|son|daughter|sibling|siblings|donor|family|relatives?)|(?:your|his|her|the) (?:brother|sister|sibling|donor)'s (?:results?|tests?)|vraagstelling|fragestellung|indicaci(?u-i:[óÓoO])n|motivo (?:de (?:consulta|estudio|solicitud)|della richiesta)|quesito(?: clinico)?|question clinique|renseignements cliniques|pergunta cl(?u-i:[íÍiI])nica|fr(?u-i:[åÅaA])gest(?u-i:[äÄaA])llning|klinische (?:gegevens|angaben|informatie)|datos cl(?u-i:[íÍiI])nicos|dati clinici|informa(?:(?u-i:[çÇcC])(?u-i:[õÕoO]))es cl(?u-i:[íÍiI])nicas|donor (?:information|results?|screening|data|studies|testing|work-?up)|(?:(?:datos|hallazgos|resultados) )?al diagn(?u-i:[oóÓO])stico|(?:datos|hallazgos|resultados) del diagn(?u-i:[oóÓO])stico|(?:(?:fynd|resultat|data) )?vid diagnos(?:tillf(?u-i:[äÄ])llet)?|(?:(?:fund|resultater|data) )?ved diagnose(?:tidspunktet)?|(?:(?:donn(?u-i:[éeÉE])es|r(?u-i:[éeÉE])sultats) )?(?:au|lors du) diagnostic|(?:(?:befunde?|daten) )?bei (?:erst)?diagnose|(?:(?:dati|risultati) )?alla diagnosi|(?:(?:dados|resultados) )?ao diagn(?u-i:[oóÓO])stico|(?:(?:gegevens|bevindingen) )?bij diagnose|antecedentes?(?: (?:cl(?u-i:[iíÍI])nicos|personales|familiares))?|ant(?u-i:[éeÉE])c(?u-i:[éeÉE])dents|anamnese|anamnesi|historia cl(?u-i:[iíÍI])nica|hist(?u-i:[oóÓO])ria cl(?u-i:[iíÍI])nica|voorgeschiedenis|eerdere (?:uitslagen|resultaten|bevindingen|onderzoeken)|vorige (?:uitslagen|resultaten)|vergelijking(?: met [\w -]+)?|tidligere (?:resultater|pr(?u-i:[øØ])ver|unders(?u-i:[øØ])kelser|svar|fund|analyser)|tidigare (?:resultat|prover|unders(?u-i:[öÖ])kningar|fynd|analyser|utredning(?:ar)?)|tidligere udredning|vorbefunde?|vorwerte|fr(?u-i:[üÜ])here (?:befunde|ergebnisse|werte)|vergleichsbefunde?|vergleich(?: mit [\w -]+)?|(?:bisherige[rn]? )?verlauf(?:swerte)?|r(?u-i:[éÉ])sultats (?:ant(?u-i:[éÉ])rieurs|pr(?u-i:[éÉ])c(?u-i:[éÉ])dents)|comparaison(?: avec [\w -]+)?|resultados (?:previos|anteriores|pr(?u-i:[éÉ])vios)|resultados de referencia(?: al diagn(?u-i:[óÓ])stico)?|comparaci(?u-i:[óÓ])n(?: con [\w -]+)?|risultati precedenti|esami precedenti|confronto(?: con [\w -]+)?|(?:riassunto della )?storia(?: clinica)?|compara(?u-i:[çÇ])(?u-i:[ãÃ])o(?: com [\w -]+)?|j(?u-i:[äÄ])mf(?u-i:[öÖ])relse(?: med [\w -]+)?|sammenligning(?: med [\w -]+)?",
        Section::History,
    ),
    (
        r"methods?|methodology|methodik|methoden?|m(?u-i:[éÉ])thodes?|m(?u-i:[éÉ])todos?|metod[oi]?|metodolog(?u-i:[íÍ])a|metodologia|metodiek|metoder|technik|technique|t(?u-i:[éÉ])cnicas?|tecnic[ao]|verfahren|material und methoden?|test (?:description|information|details|performed|background)|assay (?:description|information|details)|about (?:this|the) (?:test|assay)|genes? (?:tested|analy[sz]ed|included|evaluated|covered|targeted|in (?:this|the) panel)|panel (?:genes|content|description)|gene list|limitations?|technical (?:notes?|details|information)|background|references?|disclaimers?|limits? of (?:detection|quantification)|detection limits?|lod|analytical sensitivity|assay sensitivity|general information|background information|informations? g(?u-i:[éÉeE])n(?u-i:[éÉeE])rales?|informaci(?u-i:[óÓoO])n general|informazioni generali|allgemeine (?:informationen|hinweise)|algemene informatie|informa(?u-i:[çÇcC])(?u-i:[ãÃaA])o geral|notes?|reference (?:ranges?|intervals?|values)|probes?(?: used| set| panel)?|analytical (?:sensitivity|performance)|performance characteristics|legend|definitions|glossary|abbreviations|specimen (?:requirements|adequacy)|quality control",
        Section::Methods,
    ),
    (
        r"recommendations?|suggestions?|recomendaci(?u-i:[óÓ])n(?:es)?|recommandations?|raccomandazion[ei]|empfehlung(?:en)?|aanbeveling(?:en)?|advies|recomenda(?u-i:[çÇ])(?u-i:[ãÃõÕ])(?:o|es)|anbefaling(?:er)?|rekommendation(?:er)?|differential diagnos[ie]s|differentials|ddx|suggested (?:follow[- ]?up|testing)|follow[- ]?up|additional (?:testing|studies)|next steps|further (?:testing|studies)",
        Section::Advice,
    ),
    (
        r"variants? of (?:uncertain|unknown|undetermined) (?:clinical )?significance|vus|variantes? de significado (?:incierto|incerto|desconocido)|variant[ei] di significato incerto|variants? de signification (?:incertaine|ind(?u-i:[éÉ])termin(?u-i:[éÉ])e|inconnue)|varianten (?:mit |von )?unklarer (?:klinischer )?(?:signifikanz|bedeutung)|varianten (?:van|met) onbekende (?:klinische )?betekenis|below (?:the )?(?:reporting |validated )?(?:threshold|cut-?off|limit of detection)|below lod|sub-?threshold (?:variants?|findings)|variants? below (?:the )?(?:reporting )?threshold|tier (?:iii|3)(?: variants?)?|(?:likely )?benign variants?|other variants?(?: detected)?",
        Section::Uncertain,
    ),
];

patterns! {
    sources = label_patterns;
    warm = warm_label_patterns;
    /// A line that starts with a label ("Current:", "Flow cytometry:"): it ends the part a
    /// header with text after it opened.
    LABEL = r"^\s*[A-Z](?:[A-Za-z0-9 /()&+-]|(?u-i:[À-ÿ])){0,40}:";
    /// A header line naming variants of uncertain significance anywhere in it ("DETECTED -
    /// TIER III").
    UNCERTAIN_HEADER = concat!(r"(?i)\btier\s*(?:iii|3)\b|\bclass\s*(?:iii|3)\b|uncertain significance|unknown significance|\bVUS\b|\bbelow (?:the )?(?:reporting |validated )?(?:threshold|cut-?off|limit of detection)\b|\bsub-?threshold\b|\binformation only\b|\b(?:", below_threshold_words!(), r")\b");
    /// A header that says the markers listed below it were not found.
    NEGATIVE_HEADER = r"(?i)^\s*(?:not detected|negative(?: results?| findings?)?|pertinent negatives?|absent|wild[- ]type|no (?:mutations?|variants?|alterations?|abnormalit(?:y|ies)) (?:detected|identified)(?: in)?)(?:\s*\((?u-i:[^)]){0,60}\))?\s*:?\s*$";
    /// A header that opens a block of earlier results, not a narrative history.
    EARLIER_RESULTS = r"(?i)\b(?:results?|studies|findings|reports?|data|trend|uitslagen|resultaten|bevindingen|resultater|resultat|pr(?u-i:[øØ])ver|prover|befunde?|ergebnisse|vorwerte|werte|verlauf\w*|vergleich\w*|vergelijking|r(?u-i:[éÉ])sultats|comparaison|resultados|comparaci(?u-i:[óÓ])n|risultati|esami|confronto|compara(?u-i:[çÇ])(?u-i:[ãÃ])o|j(?u-i:[äÄ])mf(?u-i:[öÖ])relse|sammenligning|(?:datos|hallazgos) (?:del|al) diagn\w*|dati (?:della|alla) diagnosi|dados (?:do|ao) diagn\w*|donn(?u-i:[éÉ])es (?:du|au) diagnostic|daten (?:bei|der) (?:erst)?diagnose|gegevens (?:bij|van de) diagnose|fynd vid diagnos|tidigare utredning|tidligere udredning)\b";
    /// A header that says the markers listed below it were found.
    /// A numbered line: its number and the text after it ("6. FLT3-ITD (capillary fragment
    /// analysis)").
    NUMBERED = r"^\s*(?:(\d{1,2})[.)]|([A-H])\))\s+((?u:[^ \t].*))$";
    /// Words that make a numbered line a list item, not a heading: a variant or a number.
    ITEM_WORDS = r"%|\b[cp]\.\s?(?u:[^ \t])|\d\s*(?:bp|x)\b|[.;]\s+(?u:[^ \t])";
    POSITIVE_HEADER = r"(?i)^\s*(?:detected|positive(?: results?| findings?)?|present|(?:mutations?|variants?|alterations?) (?:detected|identified))(?:\s*-\s*tier\s*(?:i|1)(?:\s*/\s*(?:ii|2)|\s*(?:and|&)\s*(?:ii|2))?)?(?:\s*\((?u-i:[^)]){0,60}\))?\s*:?\s*$";
}

/// The headers as anchored patterns: a number or bullet, the name, then a colon, a dash or
/// the end of the line.
static HEADER_SET: LazyLock<PhraseSet> = LazyLock::new(|| {
    let sources: Vec<String> = HEADERS.iter().map(|(name, _)| header_pattern(name)).collect();
    PhraseSet::new(sources.iter().map(String::as_str)).expect("header patterns compile")
});

fn header_pattern(name: &str) -> String {
    format!(
        r"(?i)^\s*(?:[0-9]{{1,2}}[.)]\s*|(?-i:[A-H])\)\s*|[-*#]\s*|>+\s*|=+\s*|\[\s*|(?:part|teil|partie|parte|deel|del)\s+(?:[A-H]|[0-9]{{1,2}}|[IVX]{{1,4}})\s*[-:.]\s*)?(?:{name})(?:\s+/\s+(?u-i:[^:()/]){{1,40}}?)?\s*(?:\(s\)|\((?u-i:[^)]){{1,120}}\))?\s*(?::|-\s|\s*$)"
    )
}

/// Compiles the header table, for [`super::warm_up`].
pub(super) fn warm_headers() {
    LazyLock::force(&HEADER_SET);
}

/// Every pattern of the header table, for tests that check them all.
#[cfg(test)]
pub(super) fn header_sources() -> Vec<(&'static str, String)> {
    HEADERS.iter().map(|(name, _)| ("HEADERS", header_pattern(name))).collect()
}

/// A line with the part of the report it is in.
#[derive(Debug, Clone)]
pub(super) struct Placed {
    pub line: Line,
    pub section: Section,
    /// Under a header that is itself a result ("NOT DETECTED", "Pertinent negatives"): what a
    /// marker listed with no result of its own is.
    pub listed: Option<bool>,
}

/// A short line saying the block below it is shown only for reference ("DIAGNOSTIC PROFILE
/// (outside laboratory, quoted for reference only)", "shown for comparison only - not a
/// result on the current specimen") opens a block of earlier results, unless it says the
/// block is this specimen's. The most words such a line may have: a longer one is a sentence
/// about its own results, unless the words are a label's before its colon ("Summary (for
/// comparison, not today's sample): 05/2026 …", joined to its first row).
const EARLIER_BLOCK_WORDS: usize = 24;

/// Places every line in its part. A header alone on its line opens a part that lasts until
/// the next header; a header with text after it ("Clinical history: …") lasts until the next
/// blank line or the next line that starts with a label, then the part before it goes on. A line before any header is a result. A line
/// that looks like a header of no known part ends a part of uncertain variants or advice,
/// whose lists are short.
pub(super) fn place(lines: Vec<Line>) -> Vec<Placed> {
    let mut outer = Section::Result;
    let mut inline: Option<Section> = None;
    let mut listed: Option<bool> = None;
    // The part open is a block of earlier results, not a narrative history.
    let mut earlier_results = false;
    // The block of earlier results open was opened by a numbered heading ("2. RESULTS AT
    // DIAGNOSIS (historical, not the current specimen)"): it lasts to the next heading, not
    // to the first blank line.
    let mut earlier_numbered = false;
    // The block of earlier results open was opened by a label with its own text: it ends at
    // the first blank line.
    let mut earlier_paragraph = false;
    // The "Label: text" part open is one of earlier results.
    let mut inline_earlier = false;
    // A line has come after the last result header that opened a list.
    let mut listed_items = false;
    // The number of the last numbered heading ("5. NEXT-GENERATION SEQUENCING").
    let mut heading: Option<u32> = None;
    // That number when the part of uncertain variants or advice opened: a numbered list
    // inside the part does not end it.
    let mut heading_at_open: Option<u32> = None;
    lines
        .into_iter()
        .map(|line| {
            // "----- Variants of uncertain significance -----": the rules drawn around a
            // heading are not part of it.
            let text = undecorated(line.text.trim());
            // A "Label: text" part ends at a blank line or the next label, except one of
            // earlier results, whose lines are labelled ("[Past result] …" / "Karyotype: …").
            if text.is_empty() || (inline.is_some() && !inline_earlier && LABEL.is_match(text)) {
                (inline, inline_earlier) = (None, false);
            }
            // The next numbered heading ("6. FLT3-ITD (capillary fragment analysis)" after
            // "5. …") opens a part of its own: it ends a part of uncertain variants or advice
            // that a sub-header opened inside the one before.
            let number = numbered_heading(text);
            let next_heading = number.filter(|&n| heading_at_open.is_some_and(|h| h + 1 == n));
            if number.is_some() {
                heading = number;
            }
            // A result header with its list on the same line ("PERTINENT NEGATIVES (tested):
            // FLT3, NPM1") says what that line's names are.
            let mut line_listed = None;
            let mut header_line = false;
            if text.is_empty() {
                // A rule just under a result header ("NOT DETECTED" / "-----") comes before
                // its list, and does not end it.
                if listed_items || !line.rule {
                    listed = None;
                }
                // A block of earlier results is one paragraph: this specimen's results go on
                // after it.
                if earlier_results
                    && (listed_items || earlier_paragraph)
                    && outer == Section::History
                    && !earlier_numbered
                {
                    (outer, earlier_results) = (Section::Result, false);
                }
            } else if clauses::for_reference(text)
                && !clauses::same_specimen(text)
                && !clauses::current(text)
                && (text.split_whitespace().count() <= EARLIER_BLOCK_WORDS || labelled_text(text))
            {
                (outer, inline, earlier_results, listed) = (Section::History, None, true, None);
                earlier_numbered = NUMBERED.is_match(text);
                // "Reference ranges (for orientation only): CD34+ cells 0.5-2.5%": a label with
                // its own text is one paragraph, to the blank line.
                earlier_paragraph = labelled_text(text);
                header_line = true;
            } else if let Some((opened, rest)) = header(text) {
                // "VARIANTS OF UNCERTAIN SIGNIFICANCE (Tier III) - not for clinical decisions":
                // a caveat after the name of a part that holds no results is still a header.
                let dashed = text[..text.len() - rest.len()].trim_end().ends_with('-');
                let rest = if dashed && caveat_only(opened, rest) { "" } else { rest };
                header_line = rest.trim().is_empty();
                listed = if rest.trim().is_empty() { result_header(text) } else { None };
                if !rest.trim().is_empty() {
                    let named =
                        text[..text.len() - rest.len()].trim_start_matches(['>', '=', '-', '*', '#', ' ']);
                    line_listed = result_header(named.trim_end_matches([':', '-', ' ']));
                }
                if rest.trim().is_empty() {
                    (outer, inline, earlier_numbered) = (opened, None, false);
                    earlier_results = opened == Section::History && EARLIER_RESULTS.is_match(text);
                } else if !((earlier_results && outer == Section::History || inline_earlier)
                    && opened.is_current())
                {
                    // A result's label under a header of earlier results ("PRIOR RESULTS ON
                    // FILE" / "Karyotype: …") is still an earlier result.
                    inline_earlier = opened == Section::History
                        && EARLIER_RESULTS.is_match(&text[..text.len() - rest.len()]);
                    inline = Some(opened);
                }
            } else if next_heading.is_some() && matches!(outer, Section::Uncertain | Section::Advice) {
                (outer, listed) = (Section::Result, None);
            } else if looks_like_header(text)
                || result_header(text).is_some()
                || number.is_some()
                    && (!lettered(text) || matches!(outer, Section::Uncertain | Section::Advice))
            {
                header_line = true;
                listed = result_header(text);
                if UNCERTAIN_HEADER.is_match(text) {
                    outer = Section::Uncertain;
                } else if listed.is_some()
                    || matches!(outer, Section::Uncertain | Section::Advice | Section::History)
                {
                    // A header of no known part ends a history too ("CLINICAL HISTORY" …
                    // "MARROW MORPHOLOGY").
                    (outer, earlier_numbered) = (Section::Result, false);
                }
            }
            if !matches!(outer, Section::Uncertain | Section::Advice) {
                heading_at_open = heading;
            }
            listed_items = !text.is_empty() && !header_line;
            Placed { line, section: inline.unwrap_or(outer), listed: line_listed.or(listed) }
        })
        .collect()
}

/// A line without the rules drawn on each side of it ("----- VUS -----", "=== Results ===").
fn undecorated(text: &str) -> &str {
    let rule = |c: char| matches!(c, '-' | '=' | '*' | '_' | '~' | '#');
    let ruled = text.chars().take_while(|&c| rule(c)).count() >= RULE_MARKS
        && text.chars().rev().take_while(|&c| rule(c)).count() >= RULE_MARKS;
    if ruled {
        text.trim_matches(|c: char| rule(c) || c == ' ')
    } else {
        text
    }
}

/// The fewest marks on each side of a heading that make a drawn rule.
const RULE_MARKS: usize = 3;

/// Whether `text` is a label saying it is for reference, with text of its own after the
/// label's colon (a single colon, not the one of "BCR::ABL1").
fn labelled_text(text: &str) -> bool {
    let bytes = text.as_bytes();
    let colon = (0..bytes.len())
        .find(|&i| bytes[i] == b':' && bytes.get(i + 1) != Some(&b':') && (i == 0 || bytes[i - 1] != b':'));
    colon.is_some_and(|i| {
        let rest = &text[i + 1..];
        clauses::for_reference(&text[..i]) && !rest.trim().is_empty() && !clauses::for_reference(rest)
    })
}

/// The most words a caveat after a header may have ("- not for clinical decisions").
const CAVEAT_WORDS: usize = 8;

/// Whether `rest`, after a dash behind the name of a part that holds no results (uncertain
/// variants, methods, advice), is only a caveat about it: a few words, no label, no number.
fn caveat_only(opened: Section, rest: &str) -> bool {
    matches!(opened, Section::Uncertain | Section::Methods | Section::Advice)
        && !rest.contains(':')
        && rest.split_whitespace().count() <= CAVEAT_WORDS
        && !rest.chars().any(|c| c.is_ascii_digit())
}

/// The number of a numbered line that reads as a heading: a few words, without a variant or
/// a sentence.
fn numbered_heading(text: &str) -> Option<u32> {
    let captures = NUMBERED.captures(text)?;
    let rest = captures.get(3)?.as_str();
    if rest.split_whitespace().count() > 10 || ITEM_WORDS.is_match(rest) {
        return None;
    }
    // "B) Variants of uncertain significance" is the second heading, as "2." would be.
    match (captures.get(1), captures.get(2)) {
        (Some(number), _) => number.as_str().parse().ok(),
        (None, Some(letter)) => letter.as_str().bytes().next().map(|b| u32::from(b - b'A') + 1),
        (None, None) => None,
    }
}

/// Whether `text` is a lettered line ("B) Variants of uncertain significance"): it ends a part
/// of uncertain variants or advice that the letter before opened, but unlike a numbered
/// heading it does not end a part of earlier results on its own ("A) Bone marrow 2023: …").
fn lettered(text: &str) -> bool {
    NUMBERED.captures(text).is_some_and(|c| c.get(2).is_some())
}

/// What a header that is itself a result says of the list below it.
fn result_header(text: &str) -> Option<bool> {
    if NEGATIVE_HEADER.is_match(text) {
        Some(false)
    } else if POSITIVE_HEADER.is_match(text) {
        Some(true)
    } else {
        None
    }
}

/// A short line in capitals or ending with a colon, without numbers but for its own
/// ("2. HEMOGRAMA").
fn looks_like_header(text: &str) -> bool {
    let text = NUMBERED.captures(text).and_then(|c| c.get(3)).map_or(text, |m| m.as_str());
    // A bracketed note does not count against capitals ("SELECTED PERTINENT NEGATIVES (this
    // specimen)").
    let text = match (text.find('('), text.ends_with(')')) {
        (Some(open), true) if open > 0 => text[..open].trim_end(),
        _ => text,
    };
    let words = text.split_whitespace().count();
    let capitals =
        text.chars().any(|c| c.is_ascii_uppercase()) && !text.chars().any(|c| c.is_ascii_lowercase());
    words <= 6 && (capitals || text.ends_with(':')) && !text.chars().any(|c| c.is_ascii_digit())
}

/// The part a header at the start of `text` opens, and the text after the header.
fn header(text: &str) -> Option<(Section, &str)> {
    let best = HEADER_SET.find_all(text).into_iter().max_by_key(|(_, range)| range.end)?;
    Some((HEADERS[best.0].1, &text[best.1.end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_open_parts() {
        let opens = |text: &str| header(text).map(|(section, _)| section);
        assert_eq!(opens("CLINICAL HISTORY: 58-year-old man"), Some(Section::History));
        assert_eq!(opens("History"), Some(Section::History));
        assert_eq!(opens("Interpretation:"), Some(Section::Diagnosis));
        assert_eq!(opens("2. Genes tested:"), Some(Section::Methods));
        assert_eq!(opens("Variants of Uncertain Significance"), Some(Section::Uncertain));
        assert_eq!(opens("CURRENT RESULTS (this specimen)"), Some(Section::Result));
        assert_eq!(opens("Results are shown below"), None);
        assert_eq!(opens("FLT3-ITD: detected"), None);
        assert_eq!(opens("Karyotype: 46,XY[20]"), Some(Section::Result));
        assert_eq!(opens("PREVIOUS RESULTS ON FILE"), Some(Section::History));
        assert_eq!(opens("RESULTS HISTORY"), Some(Section::History));
        assert_eq!(opens("DIAGNOSTIC BASELINE (bone marrow, 2026-01-08)"), Some(Section::History));
        assert_eq!(opens("DATOS AL DIAGNÓSTICO (03/2026, referencia)"), Some(Section::History));
        assert_eq!(opens("DONOR INFORMATION"), Some(Section::History));
        assert_eq!(opens("HX: AML dx 2025-04"), Some(Section::History));
        assert_eq!(opens("Antecedentes: LMA en 2024"), Some(Section::History));
    }

    /// The part each of `lines` is placed in.
    fn sections(lines: &[&str]) -> Vec<Section> {
        let lines =
            lines.iter().enumerate().map(|(i, t)| Line { text: t.to_string(), number: i + 1, rule: false });
        place(lines.collect()).into_iter().map(|p| p.section).collect()
    }

    #[test]
    fn the_next_numbered_heading_ends_a_part_of_uncertain_variants() {
        let lines = [
            "5. SEQUENCING",
            "Variants of uncertain significance",
            "KIT p.(Val418Ile) 47.9%",
            "6. FLT3-ITD (fragment analysis)",
            "Not detected.",
        ];
        assert_eq!(
            sections(&lines),
            [Section::Result, Section::Uncertain, Section::Uncertain, Section::Result, Section::Result]
        );
    }

    #[test]
    fn a_header_with_text_lasts_to_the_blank_line() {
        let lines = ["RESULTS", "Clinical history: AML.", "Treated with 7+3.", "", "FLT3-ITD: detected"];
        assert_eq!(
            sections(&lines),
            [Section::Result, Section::History, Section::History, Section::Result, Section::Result]
        );
    }
}
