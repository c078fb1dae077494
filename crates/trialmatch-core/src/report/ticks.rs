//! Reads a form's tick boxes ("[X] B-ALL confirmed   [ ] Ph-like", "☐ yes ☒ no"): an option
//! left unticked is no statement, so its words are blanked; a ticked box leaves its words;
//! and a question answered in boxes is a coordinator's judgement, not a laboratory's result.

use crate::pattern::patterns;

patterns! {
    sources = tick_patterns;
    warm = warm_tick_patterns;
    /// A tick box, ticked or not: "[ ]", "[_]", "[x]", "[✓]", "☐", "☒".
    BOX = r"\[ {0,2}\]|\[_\]|\[ ?[xX] ?\]|\[(?u:[✓✔■])\]|(?u:[☐□☒☑])";
    /// What a box of a yes-or-no question says, in the reports' languages.
    YES_OR_NO = r"(?i)^\s*(?:yes|no|ja|nein|oui|non|s(?u-i:[íÍ])|si|sim|n(?u-i:[ãÃ])o|nao|nee|nej|nei|y|n)\s*[.:;,)(]?\s*$";
}

/// Whether a box is ticked: anything in it but a space or an underscore.
fn ticked(mark: &str) -> bool {
    !mark.chars().all(|c| matches!(c, '[' | ']' | ' ' | '_' | '☐' | '□'))
}

/// Whether an option's words break off: a bracket left open, or a comma or a joining mark at
/// the end ("[ ] FLT3-TKD: not called (sub-threshold,"). Not a minus sign: "[ ] CD10-" ends.
fn left_open(words: &str) -> bool {
    let depth: i32 = words.chars().map(|c| i32::from(c == '(') - i32::from(c == ')')).sum();
    depth > 0 || words.trim_end().ends_with([',', ';', ':', '/', '(', '&', '+'])
}

/// Spaces as wide as `text`, so that columns keep their places.
fn blank(text: &str) -> String {
    " ".repeat(text.chars().count())
}

/// A line's boxes read: `None` when it has none. Otherwise the line with every box mark and
/// every unticked option (to the next box or the end of the line) blanked, and, when the line
/// ends in an unticked option that breaks off, the column of its box (its words go on to the
/// next lines indented past it). Not read at all: a question answered in yes-or-no boxes
/// ("Core-binding factor AML   [ ] yes  [X] no"), and boxes set after their words when any is
/// unticked ("Detected [ ]   Not detected [X]"; "Ph-like ALL [ ]"), whose options cannot be
/// told apart from the label; boxes after their words all ticked leave the words standing
/// ("1. Diagnosis: B-ALL   [X]").
pub(super) fn read_boxes(text: &str) -> Option<(String, Option<usize>)> {
    let boxes: Vec<_> = BOX.find_iter(text).collect();
    let (first, last) = (boxes.first()?, boxes.last()?);
    let before = &text[..first.start()];
    // A lone box glyph inside a line is more likely a character the PDF lost.
    if boxes.len() == 1 && !first.as_str().starts_with('[') && !before.trim().is_empty() {
        return None;
    }
    let option = |i: usize| {
        let end = boxes.get(i + 1).map_or(text.len(), |b| b.start());
        &text[boxes[i].end()..end]
    };
    let labelled = !before.trim().is_empty();
    if labelled && text[last.end()..].trim().is_empty() {
        // Every box ticked ("NPM1 [X]   FLT3-ITD [X]" under "Not detected:"): the words stand.
        if !boxes.iter().all(|b| ticked(b.as_str())) {
            return Some((blank(text), None));
        }
        return Some((BOX.replace_all(text, |c: &regex::Captures| blank(&c[0])).into_owned(), None));
    }
    if labelled && (0..boxes.len()).any(|i| YES_OR_NO.is_match(option(i))) {
        return Some((blank(text), None));
    }
    let mut out = before.to_string();
    let mut open = None;
    for (i, mark) in boxes.iter().enumerate() {
        out.push_str(&blank(mark.as_str()));
        let words = option(i);
        open = (!ticked(mark.as_str()) && left_open(words)).then(|| text[..mark.start()].chars().count());
        out.push_str(&if ticked(mark.as_str()) { words.to_string() } else { blank(words) });
    }
    Some((out, open))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A form's line and what is left of it to read (trailing spaces trimmed).
    const LINES: &[(&str, &str)] = &[
        // Unticked options go, ticked ones stay.
        ("[X] B-ALL confirmed   [ ] Ph-like", "    B-ALL confirmed"),
        ("Phase: [x] Chronic [ ] Blast", "Phase:     Chronic"),
        ("☒ NPM1 mutated ☐ FLT3-ITD", "  NPM1 mutated"),
        ("BCR::ABL1 ........ [X] NOT DETECTED", "BCR::ABL1 ........     NOT DETECTED"),
        ("no boxes here", "no boxes here"),
        // A lone glyph in a line is a lost character, not a box.
        ("Ph-like signature □ not detected", "Ph-like signature □ not detected"),
        // A question answered in boxes is not read, even with a third option.
        ("2. Core-binding factor AML     [ ] yes  [X] no", ""),
        ("CD33 positive ... ☒ ja ☐ nein", ""),
        ("NPM1 mutated? [ ] yes [X] no [ ] not tested", ""),
        // Without a question before them, the boxes are options like any other.
        ("[X] yes", "    yes"),
        // A box after a statement ticks it off, or leaves it unsaid; boxes after their
        // options are read only when all are ticked.
        ("1. Diagnosis: B-ALL.   [X]", "1. Diagnosis: B-ALL."),
        ("Ph-like ALL  [ ]", ""),
        ("FLT3-ITD:  Detected [ ]   Not detected [X]", ""),
        ("NPM1 [X]   FLT3-ITD [X]", "NPM1       FLT3-ITD"),
    ];

    /// A form's line and the column of the box of the unticked option it breaks off in.
    const BREAKS: &[(&str, Option<usize>)] = &[
        ("[X] NPM1  [ ] FLT3-TKD: sub-threshold (see", Some(10)),
        ("[X] FLT3-ITD", None),
        ("[ ] NPM1 mutation", None),
        // A minus sign ends an antigen, not a line.
        ("[ ] CD10-", None),
    ];

    #[test]
    fn boxes_read_as_the_table_says() {
        for (line, expected) in LINES {
            let read = read_boxes(line).map_or(line.to_string(), |(t, _)| t.trim_end().to_string());
            assert_eq!(read, *expected, "{line}");
        }
        for (line, column) in BREAKS {
            assert_eq!(read_boxes(line).map(|(_, open)| open), Some(*column), "{line}");
        }
    }
}
