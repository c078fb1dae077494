//! Turns text copied out of a PDF into the report's lines: typographic characters made plain,
//! page furniture (page numbers, repeated patient banners, "continued") dropped, and lines a
//! PDF broke in the middle of a sentence or a word joined again.

use super::{columns, cues, ticks, tokens};
use crate::pattern::patterns;

/// One line of the report as the reader sees it, with the number of the line it starts on.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Line {
    pub text: String,
    pub number: usize,
    /// A rule drawn across the page, kept as an empty line: it ends a paragraph, but not the
    /// list a result header opened just above it ("NOT DETECTED" / "------").
    pub rule: bool,
}

/// Characters a PDF or a word processor puts in, and what the patterns expect instead.
const CHARACTERS: &[(char, &str)] = &[
    ('\u{2010}', "-"),
    ('\u{2011}', "-"),
    ('\u{2012}', "-"),
    ('\u{2013}', "-"),
    ('\u{2014}', "-"),
    ('\u{2212}', "-"),
    ('\u{00a0}', " "),
    ('\u{2007}', " "),
    ('\u{2009}', " "),
    ('\u{202f}', " "),
    ('\u{200b}', ""),
    ('\u{feff}', ""),
    ('\u{00ad}', ""),
    ('\u{2265}', ">="),
    ('\u{2264}', "<="),
    ('\u{2018}', "'"),
    ('\u{2019}', "'"),
    ('\u{201c}', "\""),
    ('\u{201d}', "\""),
    ('\u{00ab}', "\""),
    ('\u{00bb}', "\""),
    ('\u{201e}', "\""),
    ('\u{2022}', "-"),
    ('\u{00b7}', "-"),
    ('\u{25cf}', "-"),
    ('\u{fb01}', "fi"),
    ('\u{fb02}', "fl"),
    ('\u{00d7}', "x"),
    ('\t', "    "),
];

patterns! {
    sources = text_patterns;
    warm = warm_text_patterns;
    /// Page furniture: page numbers, "continued", print stamps, the patient banner repeated on
    /// every page, signatures. Never a result.
    FURNITURE = r"(?i)^\s*(?:page\s*\d+(?:\s*(?:of|/)\s*\d+)?|\d+\s*(?:of|/)\s*\d+|-*\s*\(?(?:continued|cont'?d)(?: (?:on|from) (?:the )?(?:next|previous) page)?\)?\s*-*|printed(?: on| by)?\s*:(?u:.)*|report (?:printed|generated)(?: on)?\s*:?(?u:.)*|confidential(?: patient information)?\.?|electronically signed(?: by)?\b(?u:.)*|signed out by\b(?u:.)*|\**\s*end of report\b(?u:.)*)\s*$";
    /// An antigen with a minus sign at the end of a line.
    SIGNED_ANTIGEN = r"(?-i:\b(?:[cs]?CD\d+[a-z]?|cyCD\d+|FMC7|HLA-?DR|TdT|MPO|sIg)-)$";
    /// A rule drawn across the page: never a result, but it ends a paragraph.
    RULE = r"^\s*(?:-{3,}|={3,}|_{3,}|\*{3,}|~{3,}|[+|]?[-=]{3,}(?:[+|][-=]{3,})*[+|]?)\s*$";
    /// The patient banner: a line with two or more of the identifying labels.
    BANNER = r"(?i)\b(?:patient(?: name)?|name|mrn|dob|date of birth|accession(?: (?:no|number))?|med(?:ical)? rec(?:ord)?(?: (?:no|number))?|sex|age|collected|received|reported|ordering (?:physician|provider)|specimen (?:id|no|number))\.?\s*[:#](?u:.)*\b(?:mrn|dob|date of birth|accession(?: (?:no|number))?|sex|age|collected|received|reported|physician|provider|specimen (?:id|no|number))\.?\s*[:#]";
    /// A line that ends in the middle of a sentence: a comma, an opening bracket, a joining
    /// word, an article or a preposition, in English or another language of the reports.
    OPEN_END = r"(?i)(?:[,;(/&+:]|\b(?:and|or|of|for|with|in|the|(?-i:a)|an|to|by|at|from|as|than|is|are|was|were|not|no|nor|but|including|expressing|express|expresses|lacking|lack|lacks|showing|shows|within|without|whereas|which|that|into|on|per|between|these|this|its|their|positive for|negative for|VAF|of (?:uncertain|unknown|undetermined)|de significado|di significato|de signification|van onbekende|av oklar|av usikker|mit unklarer|unklarer|unsicherer|und|oder|der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen|von|mit|bei|nach|auf|zur|zum|sowie|kein|keine|keiner|nicht|im|et|ou|du|le|la|les|un|une|avec|pour|par|sans|sur|dans|au|aux|y|el|los|las|con|por|para|sin|al|que|di|della|dei|il|lo|gli|per|senza|nel|nella|do|dos|das|um|uma|com|sem|em|en|het|een|van|met|voor|zonder|naar|och|eller|av|og|af|til|ved|ett|som|uten|utan|uden))\s*$";
    /// Letters a scanner read as digits or the other way round, where the letters around them
    /// leave no doubt: "N0T DETECTED", "lDH1", "CYTOTOXlC", "therapy-re1ated".
    OCR_ZERO = r"(?-i:([A-Z])0([A-Z]))";
    OCR_SMALL_ZERO = r"(?-i:\b([a-z])0([a-z]{1,2})\b)";
    OCR_CAPITAL_I = r"(?-i:([A-Z])l([A-Z])|\bl([A-Z]{2,}))";
    OCR_SMALL_L = r"(?-i:([a-z]{2})1([a-z]{2}))";
    /// An antigen and its result run together by a portal's table ("CD33Positive97",
    /// "CD19posCD5pos"): a space goes back after the antigen, and before the next one.
    RESULT_AFTER_ANTIGEN = r"(?-i:\b((?:[cs]?CD|cyCD)\d{1,3}[a-z]?)(Positive|Negative|POSITIVE|NEGATIVE|pos|neg|dim|bright|partial))";
    ANTIGEN_AFTER_RESULT = r"(?-i:(pos|neg|Positive|Negative|positive|negative|bright|dim|\d%?)((?:[cs]?CD|cyCD)\d{1,3}))";
    /// A line that continues the one before: it starts with a small letter or a closing mark.
    CONTINUES = r"^\s*(?:[a-z]|[(),;:\]]|&)";
    /// A line that starts with a variant ("p.F317L  VAF 1.8%"), and a variant in a line
    /// (HGVS): after a line with a variant of its own, it is the next row of a table.
    VARIANT_START = r"^\s*[cpg]\.\s?\(?[A-Z0-9*-]";
    /// A line that starts with a chromosome abnormality ("del(17p13)/TP53  44 %"): a row of
    /// a FISH or karyotype table, not words going on.
    ABNORMALITY_START = r"^\s*(?:del|dup|inv|t|der|add|idic|ins|i)\(\d";
    VARIANT_IN = r"\b[cp]\.\s?\(?[A-Z0-9*-]";
    /// A CML phase broken between its words ("… in LYMPHOID BLAST" / "PHASE.").
    BROKEN_PHASE = r"(?i)\b(?:chronic|accelerated|blast|blastic|myeloid|lymphoid)\)?\s*$";
    PHASE_START = r"(?i)^\s*(?:phase|crisis)\b";
}

/// The longest line read as a patient banner.
const BANNER_LENGTH: usize = 240;

/// The report's lines, cleaned. Blank lines are kept as empty text: they end paragraphs.
pub(super) fn clean_lines(text: &str, diagnostics: &mut Vec<String>) -> Vec<Line> {
    let plain = plain_characters(text, diagnostics);
    let mut lines: Vec<Line> = Vec::new();
    // The column of the box of an unticked option the line before broke off in: a line
    // indented past it goes on with that option's words.
    let mut unticked_at: Option<usize> = None;
    for (index, raw) in plain.split('\n').enumerate() {
        let boxed = ticks::read_boxes(raw.trim_end());
        let indent = raw.len() - raw.trim_start_matches(' ').len();
        let goes_on = boxed.is_none() && !raw.trim().is_empty() && unticked_at.is_some_and(|at| indent > at);
        unticked_at = match &boxed {
            Some((_, open)) => *open,
            None if goes_on => unticked_at,
            None => None,
        };
        // A line the boxes left without words is left out, not kept as a blank line: that
        // would end the paragraph or the part it stands in.
        let text = match &boxed {
            Some((text, _)) if text.trim().is_empty() => continue,
            Some((text, _)) => text.trim_end(),
            None if goes_on => continue,
            None => raw.trim_end(),
        };
        // A long line with a banner's labels is a whole report pasted as one line from a
        // health record: its banner is not all it holds.
        let banner = BANNER.is_match(text) && text.len() <= BANNER_LENGTH;
        if FURNITURE.is_match(text) || banner {
            continue;
        }
        // Kept as an empty line: a rule ends the part a "Label: text" header opened.
        let rule = RULE.is_match(text);
        let text = if rule { String::new() } else { scanner_fixes(text) };
        lines.push(Line { text, number: index + 1, rule });
    }
    // Before any line is joined: a table's rows are told apart by their columns.
    columns::keep_current(&mut lines);
    join_broken(lines)
}

/// A line with a scanner's letter-for-digit mistakes put right.
fn scanner_fixes(text: &str) -> String {
    let text = OCR_ZERO.replace_all(text, "${1}O${2}");
    // "n0t detected": a short small word with a zero inside.
    let text = OCR_SMALL_ZERO.replace_all(&text, "${1}o${2}");
    let text = OCR_CAPITAL_I.replace_all(&text, "${1}I${2}${3}");
    let text = OCR_SMALL_L.replace_all(&text, "${1}l${2}");
    // The space before the next antigen first: "posCD23pos" then has the word boundary that
    // finds "CD23pos".
    let text = ANTIGEN_AFTER_RESULT.replace_all(&text, "${1} ${2}");
    RESULT_AFTER_ANTIGEN.replace_all(&text, "${1} ${2}").into_owned()
}

/// The text with typographic characters made plain and control characters dropped.
fn plain_characters(text: &str, diagnostics: &mut Vec<String>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut controls = 0usize;
    for c in text.chars() {
        if let Some((_, plain)) = CHARACTERS.iter().find(|(from, _)| *from == c) {
            out.push_str(plain);
        } else if c == '\r' || c == '\u{0c}' {
            out.push('\n');
        } else if c == '\u{fffd}' || (c.is_control() && c != '\n') {
            controls += 1;
        } else {
            out.push(c);
        }
    }
    if controls > 0 {
        diagnostics.push(format!("{controls} unreadable characters were left out of the text"));
    }
    // "\r\n" became two line breaks: a blank line between every line would end every
    // paragraph, so a Windows file's line ends are read as one.
    if text.contains("\r\n") {
        out = out.replace("\n\n", "\n");
    }
    out
}

/// Joins a line a PDF broke off: a word split by a hyphen ("transloca-" + "tion"), a sentence
/// that goes on ("positive for CD19, CD22 and" + "CD10"), a line going on in small letters.
fn join_broken(lines: Vec<Line>) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    for line in lines {
        let Some(last) = out.last_mut() else {
            out.push(line);
            continue;
        };
        let next = line.text.trim_start();
        if last.text.trim().is_empty() || next.is_empty() {
            out.push(line);
            continue;
        }
        let before = last.text.trim_end();
        // A capitalised word after the hyphen starts something new ("CD20-" / "Population
        // 2 …"): the hyphen was a minus sign.
        let new_word = {
            let mut chars = next.chars();
            chars.next().is_some_and(|c| c.is_ascii_uppercase())
                && chars.next().is_some_and(|c| c.is_ascii_lowercase())
        };
        // A sign after an antigen at the end of a line ("CD10-" / "CD38-") is no hyphen.
        let sign = SIGNED_ANTIGEN.is_match(before);
        let hyphen_word = !sign
            && before.ends_with('-')
            && before[..before.len() - 1].ends_with(|c: char| c.is_ascii_alphanumeric())
            && next.starts_with(|c: char| c.is_ascii_alphanumeric())
            && !new_word;
        // The next row of a table: a variant after a variant, a FISH or karyotype finding.
        let next_row =
            ABNORMALITY_START.is_match(next) || VARIANT_START.is_match(next) && VARIANT_IN.is_match(before);
        let goes_on = CONTINUES.is_match(next) && !before.ends_with(['.', '!', '?']) && !next_row;
        if hyphen_word {
            let lower_break = before[..before.len() - 1].ends_with(|c: char| c.is_ascii_lowercase())
                && next.starts_with(|c: char| c.is_ascii_lowercase());
            let keep = if lower_break { before.len() - 1 } else { before.len() };
            let joined = format!("{}{}", &before[..keep], next);
            last.text = joined;
        } else if OPEN_END.is_match(before)
            || BROKEN_PHASE.is_match(before) && PHASE_START.is_match(next)
            || goes_on
            || cut_mark(before, next)
            || capitals_go_on(before, next)
            || hangs_under(&last.text, &line.text)
        {
            let joined = format!("{before} {next}");
            last.text = joined;
        } else {
            out.push(line);
        }
    }
    out
}

/// The fewest spaces before a line that hangs under the cells of the line above it.
const HANGING_INDENT: usize = 12;

/// Whether `next` hangs under the text of `last`, well to the right of where `last` starts
/// ("TP53 ...... 5.5% show one signal" / "(28 spaces) The laboratory's cut-off is 8%"): the
/// rest of the cell above, whatever letter it starts with, when it doubts the result or gives
/// its cut-off. Not a row of its own: one that names a marker, has cells or dot leaders
/// ("TKD ..... D835Y detected").
fn hangs_under(last: &str, next: &str) -> bool {
    let indent = |text: &str| text.len() - text.trim_start_matches(' ').len();
    let (above, below) = (indent(last), indent(next));
    // The layout first: most lines do not hang, and need no pattern run on them.
    if below < HANGING_INDENT || below < above + HANGING_INDENT / 2 || below >= last.trim_end().len() {
        return false;
    }
    let row = next.trim().contains("  ")
        || next.contains("..")
        || tokens::find(next).iter().any(|t| t.row.is_some());
    // What hangs there qualifies the result above: a doubt or the cut-off it is read against.
    // (Dashes are plain hyphens by now.)
    let qualifies = next.trim_start().starts_with('-')
        || cues::find(next).iter().any(|c| matches!(c.cue, cues::Cue::Unsure | cues::Cue::Stop));
    !row && qualifies
}

/// A quotation or a bracket that a line break cut: the line opens a quote or a bracket that
/// the next line closes ("Outside report: \"IDH1 R132H POSITIVE;" / "FLT3-ITD NEG\".";
/// "ACCELERATED PHASE (ELN criteria: blasts 10-19%," / ">= 20% basophils)."), so it is read
/// as one.
fn cut_mark(before: &str, next: &str) -> bool {
    let unclosed = |text: &str| {
        text.chars().fold(0i32, |depth, c| match c {
            '(' => depth + 1,
            ')' => depth - 1,
            _ => depth,
        })
    };
    // Lines laid out in columns are rows of a table: a bracket left open in one column is not
    // closed by the next row (dot leaders alone do not make columns).
    let columns = |text: &str| text.trim().contains("   ");
    let quote = before.matches('"').count() % 2 == 1 && next.contains('"');
    // The words inside the bracket, on each side of the break.
    let opened = before.rfind('(').map_or(before, |i| &before[i..]);
    let closed = next.find(')').map_or(next, |i| &next[..i]);
    let bracket = unclosed(before) > 0 && unclosed(next) < 0 && !columns(opened) && !columns(closed);
    quote || bracket
}

/// The shortest line of capitals that may be prose going on to the next line: a heading is
/// shorter.
const CAPITAL_PROSE: usize = 50;

/// A sentence in capitals that a line break cut ("MPO NEGATIVE EXCLUDES T/MYELOID" / "MIXED
/// PHENOTYPE ACUTE LEUKEMIA."): a long line of capitals that does not end a sentence, a
/// label or a table row, going on in capitals.
fn capitals_go_on(before: &str, next: &str) -> bool {
    // Capitals but for a variant's "p." or "c.".
    let capitals = |text: &str| {
        let text = text.replace("p.", "").replace("c.", "");
        text.chars().any(|c| c.is_ascii_uppercase()) && !text.chars().any(|c| c.is_ascii_lowercase())
    };
    // Most of the next line's words are words, not antigens or numbers: prose, not a row.
    let prose = |text: &str| {
        let words: Vec<&str> = text.split_whitespace().collect();
        let plain = words
            .iter()
            .filter(|w| {
                w.trim_matches(|c: char| ".,;:()".contains(c)).chars().all(|c| c.is_ascii_alphabetic())
            })
            .count();
        2 * plain > words.len()
    };
    let before_text = before.trim();
    let next_text = next.trim();
    before_text.len() >= CAPITAL_PROSE
        && capitals(before_text)
        && capitals(next_text)
        && prose(next_text)
        && next_text.starts_with(|c: char| c.is_ascii_uppercase())
        && !before_text.ends_with(['.', ':', ';', '!', '?', '|'])
        && !before_text.contains("  ")
        && !next_text.contains("  ")
        && !before_text.contains('|')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<String> {
        clean_lines(text, &mut Vec::new()).into_iter().map(|l| l.text).collect()
    }

    #[test]
    fn furniture_goes_and_broken_lines_join() {
        let text = "Page 1 of 2\nBlasts are positive for CD19, CD22 and\nCD10, and negative\nfor CD20.\nt(9;22) transloca-\ntion\nBCR-\nABL1 detected\n-- continued --\nNPM1\nc.860_863dup";
        assert_eq!(
            texts(text),
            [
                "Blasts are positive for CD19, CD22 and CD10, and negative for CD20.",
                "t(9;22) translocation",
                "BCR-ABL1 detected",
                "NPM1 c.860_863dup",
            ]
        );
        // A quotation cut by a line break is joined; a line that closes no quote is not.
        let text = "Outside: \"IDH1 POSITIVE;\nFLT3-ITD NEG\". Now AML.\nHe said \"see below\nNPM1 detected";
        assert_eq!(
            texts(text),
            ["Outside: \"IDH1 POSITIVE; FLT3-ITD NEG\". Now AML.", "He said \"see below", "NPM1 detected"]
        );
        let text = "ACCELERATED PHASE (criteria: blasts 12%,\n>= 20% basophils). Done.\nCD19 (dim\nCD20 negative\nCD20 ... 18% (< cut-off\nCD10 ... positive   threshold)";
        assert_eq!(
            texts(text),
            [
                "ACCELERATED PHASE (criteria: blasts 12%, >= 20% basophils). Done.",
                "CD19 (dim",
                "CD20 negative",
                "CD20 ... 18% (< cut-off",
                "CD10 ... positive   threshold)"
            ]
        );
    }

    #[test]
    fn typographic_characters_become_plain() {
        assert_eq!(texts("BCR\u{2013}ABL1 \u{2265} 10%\u{00a0}IS"), ["BCR-ABL1 >= 10% IS"]);
        assert_eq!(texts("a\r\nb\r\n\r\nC"), ["a b", "", "C"]);
    }
}
