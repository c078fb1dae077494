//! A table that sets earlier results beside this specimen's ("ORIGINAL / CORRECTED",
//! "CURRENT / AT DIAGNOSIS"): the earlier columns are blanked, so only the current one is
//! read. Cells are told apart by runs of two or more spaces, as a PDF's text keeps them.

use super::text::Line;
use crate::pattern::patterns;

/// A word for a report or result that may come before a column's name ("INFORME ORIGINAL",
/// "RESULTADO CORRECTO").
macro_rules! report_word {
    () => {
        r"(?:(?:informe|rapport|referto|befund|laudo|relat(?u-i:[óÓ])rio|verslag|uitslag|resultado|r(?u-i:[éÉ])sultat|risultato|ergebnis|resultaat|report|result)\s+)?"
    };
}

patterns! {
    sources = column_patterns;
    warm = warm_column_patterns;
    /// A column header of earlier results.
    EARLIER_COLUMN = concat!(r"(?i)^\(?\s*", report_word!(), r"(?:original[e]?|previous|prior|initial|baseline|(?:at )?diagnosis|diagnostic|presentation|earlier|pre-?treatment|first report|inicial|iniziale|urspr(?u-i:[üÜ])nglich\w*|oorspronkelijk\w*|anterior|pr(?u-i:[éÉ])c(?u-i:[éÉ])dent\w*|precedente|vorherige?\w*|eerdere?|anulado|annul(?u-i:[éÉ])e?|annullato)\b");
    /// A column header of this specimen's results.
    CURRENT_COLUMN = concat!(r"(?i)^\(?\s*", report_word!(), r"(?:current|corrected|amended|revised|today|this (?:specimen|sample|study)|now|relapse|latest|present (?:specimen|sample|study)|correct[oa]?|corrig(?u-i:[éÉ])e?|corretto|korrigiert\w*|gecorrigeerd|corrigido|rectificado|actual|aktuell\w*|attuale|huidige?|atual)\b");
}

/// The most words a column header's cell may have ("CORRECTED (AMENDMENT 1, 10 Nov)").
const HEADER_WORDS: usize = 6;

/// A cell of a line: where it starts (in characters) and its text.
struct Cell {
    start: usize,
    end: usize,
    text: String,
}

/// The cells of `chars`: text between runs of two or more spaces.
fn cells(chars: &[char]) -> Vec<Cell> {
    let mut cells = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == ' ' {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && !(chars[i] == ' ' && chars.get(i + 1).is_none_or(|c| *c == ' ')) {
            i += 1;
        }
        cells.push(Cell { start, end: i, text: chars[start..i].iter().collect() });
    }
    cells
}

/// The columns a header line opens, each with its start and whether it is earlier; `None`
/// when the line is not such a header: after an optional first label ("Gene"), every cell
/// names an earlier or a current column, and there is one of each.
fn header(chars: &[char]) -> Option<Vec<(usize, bool)>> {
    let cells = cells(chars);
    let kind = |cell: &Cell| {
        if CURRENT_COLUMN.is_match(&cell.text) {
            Some(false)
        } else if EARLIER_COLUMN.is_match(&cell.text) {
            Some(true)
        } else {
            None
        }
    };
    // A header's cells are short names, not "Label: value" pairs.
    if cells.iter().any(|c| c.text.contains(':') || c.text.split_whitespace().count() > HEADER_WORDS) {
        return None;
    }
    let skip = usize::from(cells.first().is_some_and(|c| kind(c).is_none()));
    let columns: Option<Vec<(usize, bool)>> =
        cells[skip..].iter().map(|c| kind(c).map(|earlier| (c.start, earlier))).collect();
    columns.filter(|c| c.len() >= 2 && c.iter().any(|(_, e)| *e) && c.iter().any(|(_, e)| !*e))
}

/// Blanks the earlier columns of every such table in `lines`. A table runs from its header to
/// the next empty line that is not a rule, or a line with a single cell that does not finish
/// the cell above it.
pub(super) fn keep_current(lines: &mut [Line]) {
    let mut columns: Option<Vec<(usize, bool)>> = None;
    for line in lines.iter_mut() {
        let mut chars: Vec<char> = line.text.chars().collect();
        if let Some(found) = header(&chars) {
            columns = Some(found);
            continue;
        }
        let Some(open) = &columns else { continue };
        let row = cells(&chars);
        let first = open.first().map_or(0, |(start, _)| *start);
        // A cell broken onto the next line ("not tested (panel change; see" / "note)", or
        // "(see amended note)" under a column): the table goes on too.
        let goes_on = row.len() == 1
            && (row[0].text.starts_with(|c: char| c.is_ascii_lowercase() || c == ')')
                || row[0].start + 2 >= first);
        if !line.rule && row.len() < 2 && !goes_on {
            columns = None;
            continue;
        }
        for cell in row.iter().filter(|c| c.start + 2 >= first) {
            // The column whose start is nearest the cell's.
            let nearest = open.iter().min_by_key(|(start, _)| start.abs_diff(cell.start));
            if nearest.is_some_and(|(_, earlier)| *earlier) {
                chars[cell.start..cell.end].fill(' ');
            }
        }
        line.text = chars.into_iter().collect();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(text: &str) -> Vec<String> {
        let mut lines: Vec<Line> = text
            .lines()
            .enumerate()
            .map(|(i, t)| Line { text: t.to_string(), number: i + 1, rule: false })
            .collect();
        keep_current(&mut lines);
        lines.into_iter().map(|l| l.text.trim_end().to_string()).collect()
    }

    #[test]
    fn only_the_current_column_of_a_comparison_is_kept() {
        let text = "            ORIGINAL (05-02)    CORRECTED (05-09)\nNPM1        not detected        DETECTED, VAF 31%\nIDH2        not detected        not detected\n\nFLT3-ITD    negative            positive";
        assert_eq!(
            kept(text)[1..],
            [
                "NPM1                            DETECTED, VAF 31%",
                "IDH2                            not detected",
                "",
                "FLT3-ITD    negative            positive"
            ]
        );
        // The current column may come first, and the first cell may be a label.
        let text = "Gene        CURRENT          AT DIAGNOSIS\nFLT3-TKD    not detected     D835Y 12%";
        assert_eq!(kept(text)[1], "FLT3-TKD    not detected");
        // Column names in another language, with a word for the report before them.
        let text = "            INFORME ORIGINAL    RESULTADO CORRECTO\nIDH1        detectado           no detectado";
        assert_eq!(kept(text)[1], "IDH1                            no detectado");
        // A cell finished on the next line does not end the table.
        let text = "            ORIGINAL        CORRECTED\nIDH2        negative        not tested (see\n                            note)\nTP53        negative        positive";
        assert_eq!(kept(text)[3], "TP53                        positive");
    }

    #[test]
    fn other_tables_are_left_alone() {
        // Two labelled values side by side are not a header.
        let text = "Prior therapy: 7+3        Current status: CR1\nNPM1 mutation:   detected";
        assert_eq!(kept(text)[1], "NPM1 mutation:   detected");
        let text = "Marker      Result      Method\nNPM1        detected    PCR";
        assert_eq!(kept(text), ["Marker      Result      Method", "NPM1        detected    PCR"]);
        // Two current columns or two earlier ones compare nothing.
        let text = "            PREVIOUS     INITIAL\nNPM1        positive     positive";
        assert_eq!(kept(text)[1], "NPM1        positive     positive");
    }
}
