//! Finds the things a clause is about: every row of the marker, diagnosis and phase tables
//! with one pass of a phrase set, plus other gene and antigen names ("CD34", "ASXL1"), which
//! read no value but end one marker's words and carry a list ("positive for CD34, CD19").

use std::sync::LazyLock;

use super::diagnosis::{DIAGNOSIS_ROWS, PHASE_ROWS};
use super::markers::{Row, MARKER_ROWS};
use crate::pattern::{patterns, PhraseSet};

/// Every row, markers first.
static ROWS: LazyLock<Vec<&'static Row>> =
    LazyLock::new(|| MARKER_ROWS.iter().chain(DIAGNOSIS_ROWS).chain(PHASE_ROWS).collect());

static ROW_SET: LazyLock<PhraseSet> = LazyLock::new(|| {
    let sources: Vec<String> = ROWS.iter().map(|row| format!("(?i){}", row.pattern)).collect();
    PhraseSet::new(sources.iter().map(String::as_str)).expect("report rows compile")
});

patterns! {
    sources = token_patterns;
    warm = warm_token_patterns;
    /// Gene and antigen names of the kind reports list: capitals with a digit (ASXL1, CD34,
    /// WT1), and the common ones without.
    SYMBOL = r"(?-i:\b(?:[A-Z]{2,}[A-Z0-9]*\d[A-Z0-9]*[a-z]?|(?:c|cy|s|m)CD\d+[a-z]?|CD\d+[a-z]?|HLA-?DR|TdT|MPO|CEBPA|NRAS|KRAS|KIT|MPL|CALR|CBL|BRAF|ATM|BCOR|BCORL1|MYC|PHF6|kappa|lambda|FMC7|ZAP-?70|sIg|lysozyme|glycophorin)\b)";
}

/// Compiles the row table, for [`super::warm_up`].
pub(super) fn warm_rows() {
    LazyLock::force(&ROW_SET);
}

/// Every row pattern, for tests that check them all.
#[cfg(test)]
pub(super) fn row_sources() -> Vec<(&'static str, String)> {
    ROWS.iter().map(|row| ("ROWS", format!("(?i){}", row.pattern))).collect()
}

/// One thing found in a clause: a row of the tables, or (`row` none) another name.
#[derive(Debug, Clone, Copy)]
pub(super) struct Token {
    pub start: usize,
    pub end: usize,
    pub row: Option<&'static Row>,
}

/// The tokens of `clause` in order, none overlapping: the longer match wins, then the
/// earlier row; another name only where no row matched.
pub(super) fn find(clause: &str) -> Vec<Token> {
    let shouted = !clause.chars().any(|c| c.is_ascii_lowercase());
    let mut found: Vec<(usize, usize, usize)> = ROW_SET
        .find_all(clause)
        .into_iter()
        .filter(|(_, range)| !range.is_empty())
        .filter(|(index, _)| !(shouted && ROWS[*index].mixed_case_only))
        .map(|(index, range)| (range.start, range.end, index))
        .collect();
    found.sort_by_key(|&(start, end, index)| (start, std::cmp::Reverse(end), index));
    let mut tokens: Vec<Token> = Vec::new();
    for (start, end, index) in found {
        if tokens.last().is_some_and(|last| start < last.end) {
            continue;
        }
        // A name after "anti-" is an antibody or a therapy ("anti-CD19 antibody clones",
        // "anti-CD20 therapy"), not a result: it stays a name without a row.
        let row = (!clause[..start].to_ascii_lowercase().ends_with("anti-")).then_some(ROWS[index]);
        tokens.push(Token { start, end, row });
    }
    let symbols: Vec<Token> = SYMBOL
        .find_iter(clause)
        .filter(|m| !tokens.iter().any(|t| m.start() < t.end && t.start < m.end()))
        .map(|m| Token { start: m.start(), end: m.end(), row: None })
        .collect();
    tokens.extend(symbols);
    tokens.sort_by_key(|t| t.start);
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::markers::Target;

    fn keys(clause: &str) -> Vec<String> {
        find(clause)
            .iter()
            .map(|t| match t.row {
                Some(row) => format!("{}={}", row.target.key(), &clause[t.start..t.end]),
                None => format!("other={}", &clause[t.start..t.end]),
            })
            .collect()
    }

    #[test]
    fn longer_rows_win_and_other_names_fill_in() {
        assert_eq!(keys("FLT3-ITD and NPM1"), ["FLT3-ITD=FLT3-ITD", "NPM1=NPM1"]);
        assert_eq!(keys("Ph-like ALL"), ["Ph-like=Ph-like", "diagnosis=ALL"]);
        assert_eq!(keys("CD34, CD19"), ["other=CD34", "CD19=CD19"]);
        assert_eq!(keys("del(17p13.1) (TP53)"), ["del17p=del(17p13.1) (TP53)"]);
        assert_eq!(
            keys("AML with myelodysplasia-related changes"),
            ["diagnosis=AML with myelodysplasia-related changes"]
        );
        assert_eq!(keys("ALL TESTS DONE"), Vec::<String>::new());
        assert_eq!(keys("anti-CD19 clones"), ["other=CD19"]);
        assert!(matches!(find("KMT2A-PTD")[0].row.unwrap().target, Target::Found("KMT2A-PTD")));
    }
}
