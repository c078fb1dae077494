//! Puts back together what a PDF's layout took apart: a table cell's name and its result on
//! two lines ("FLT3-ITD" / "Detected"), and a result cut off from its name by a semicolon.

use super::markers::Target;
use super::sections::Placed;
use super::{clauses, cues, tokens};

/// Joins a clause to the one before it when it only finishes it: a result cut off from the
/// single thing the clause before names ("FISH for KMT2A: 200 nuclei scored; no rearrangement
/// detected"), or a short word that the result is uncertain ("…4% of nuclei; result
/// equivocal").
pub(super) fn merge_results(clauses: Vec<&str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut open = false;
    for clause in clauses {
        let tokens = tokens::find(clause);
        let cues = cues::find_around(clause, &tokens);
        let named = tokens.iter().filter(|t| t.row.is_some()).count();
        let starts_with_result = cues
            .first()
            .is_some_and(|c| words_before(clause, c.start) <= 1 && matches!(c.cue, cues::Cue::After(_)));
        // A doubt ("reviewed by two scientists and reported as equivocal") may take a few more
        // words than another uncertain word.
        let words = words_before(clause, clause.len());
        let only_unsure = cues.iter().any(|c| c.cue == cues::Cue::Unsure)
            && (words <= SHORT || clauses::open_call(clause) && words <= 2 * SHORT);
        // "… D835E at 1.1% VAF was observed. This is below the reporting threshold": a
        // sentence that points back and leaves the result open belongs to the one before.
        let refers_back = clauses::refers_back(clause) && cues.iter().any(|c| c.cue == cues::Cue::Unsure);
        // "… 7.9% nuclei with split signal; laboratory cutoff 8.2%": the cut-off the count is
        // read against.
        // "… 4.5% of nuclei. The laboratory's cut-off for calling a deletion is 7%": a sentence
        // that opens with the cut-off may take a few more words.
        let opens_with_stop = cues
            .iter()
            .find(|c| c.cue == cues::Cue::Stop)
            .is_some_and(|c| words_before(clause, c.start) <= STOP_LEAD);
        let cut_off = cues.iter().any(|c| c.cue == cues::Cue::Stop)
            && cues.iter().any(|c| c.cue == cues::Cue::Percent)
            && (words <= SHORT || opens_with_stop && words <= 2 * SHORT);
        let finishes = named == 0 && ((open && starts_with_result) || only_unsure || refers_back || cut_off);
        if let (true, Some(last)) = (finishes, out.last_mut()) {
            last.push(';');
            last.push_str(clause);
            open = false;
            continue;
        }
        // A percentage says a fusion's result ("TP53 (17p13.1) deletion 74%"): the clause
        // after it is not its result ("+8 negative").
        let says = cues.iter().any(|c| !matches!(c.cue, cues::Cue::Residual | cues::Cue::Stop));
        open = named == 1 && !says;
        out.push(clause.to_string());
    }
    out
}

/// The most words a clause saying only "uncertain" may have to be joined to the one before.
const SHORT: usize = 6;
/// The most words before the cut-off in a sentence that gives the cut-off of the count before.
const STOP_LEAD: usize = 4;

fn words_before(clause: &str, at: usize) -> usize {
    // Letters of any language make words ("laboratório" is one).
    clause[..at].split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).count()
}

/// Joins a line that names markers with no result to the next line when that one is only
/// their result ("FLT3-ITD" / "Detected": a table cell broken onto two lines). Not in a
/// column of names followed by a column of results, which cannot be paired safely.
pub(super) fn join_labels(lines: Vec<Placed>) -> Vec<Placed> {
    let kinds: Vec<LineKind> = lines.iter().map(|l| line_kind(&l.line.text)).collect();
    let mut out: Vec<Placed> = Vec::new();
    let (mut skip_next, mut skip_two) = (false, false);
    for i in 0..lines.len() {
        if skip_next {
            skip_next = skip_two;
            skip_two = false;
            continue;
        }
        // "FLT3-ITD (fragment analysis)" / "DETECTED; allelic ratio (ITD/WT) 0.62": the result
        // may name the label's own marker again.
        let result_next = match kinds.get(i + 1) {
            Some(LineKind::Result) => true,
            Some(LineKind::OwnResult) => {
                let label = targets(&lines[i].line.text);
                targets(&lines[i + 1].line.text).iter().all(|t| label.contains(t))
            }
            _ => false,
        };
        let pair = kinds[i] == LineKind::Label
            && result_next
            && (i == 0 || kinds[i - 1] != LineKind::Label)
            && kinds.get(i + 2) != Some(&LineKind::Result)
            && lines[i].section == lines[i + 1].section;
        let mut line = lines[i].clone();
        if pair {
            line.line.text = format!("{} {}", line.line.text.trim_end(), lines[i + 1].line.text.trim());
            skip_next = true;
        }
        // "TP53 c.1079G>T p.(G360V), VAF 49%" / "Classification: variant of uncertain
        // significance": a line that only classifies the one variant above it as uncertain
        // belongs to it.
        let next = if pair { i + 2 } else { i + 1 };
        let classified = kinds.get(next) == Some(&LineKind::Unsure)
            && lines[next].section == lines[i].section
            && one_target(&line.line.text)
            && targets(&lines[next].line.text).iter().all(|t| targets(&line.line.text).contains(t))
            && names_variant(&line.line.text);
        if classified {
            // Joined into the variant's own clause, so that the uncertain word is its.
            let variant = line.line.text.trim_end().trim_end_matches(['.', ';']);
            line.line.text = format!("{variant}, {}", lines[next].line.text.trim());
        }
        out.push(line);
        if classified {
            // The classifying line is read with the variant, not again on its own.
            if !pair {
                skip_next = true;
            } else {
                skip_two = true;
            }
        }
    }
    out
}

/// The most words before the uncertain word of a line that classifies the variant above it
/// ("Classification: variant of uncertain significance").
const UNSURE_LEAD: usize = 4;

/// Whether `text` gives a variant (HGVS, a protein change, an allele fraction).
fn names_variant(text: &str) -> bool {
    let tokens = tokens::find(text);
    cues::find_around(text, &tokens).iter().any(|c| c.cue == cues::Cue::Variant)
}

/// Whether `text` names one marker, perhaps more than once ("TP53 sequencing: … TP53
/// c.869G>A").
fn one_target(text: &str) -> bool {
    let targets = targets(text);
    targets.first().is_some_and(|first| targets.iter().all(|t| t == first))
}

/// What the markers `text` names are.
fn targets(text: &str) -> Vec<Target> {
    tokens::find(text).iter().filter_map(|t| t.row.map(|r| r.target)).collect()
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum LineKind {
    /// Names a marker and says nothing of it.
    Label,
    /// Starts with a result word and names nothing.
    Result,
    /// Starts with a result word and names markers after it.
    OwnResult,
    /// Opens by calling a result uncertain, after a label of a few words, and names no marker
    /// before that ("Classification: variant of uncertain significance; not to be counted as
    /// a TP53 mutation").
    Unsure,
    Other,
}

fn line_kind(text: &str) -> LineKind {
    let tokens = tokens::find(text);
    let cues = cues::find_around(text, &tokens);
    let named = tokens.iter().any(|t| t.row.is_some());
    let says = cues.iter().any(|c| !matches!(c.cue, cues::Cue::Residual | cues::Cue::Stop));
    if named && !says && !text.trim_end().ends_with('.') {
        return LineKind::Label;
    }
    let starts_with_result = cues.first().is_some_and(|c| {
        text[..c.start].trim().is_empty()
            && matches!(
                c.cue,
                cues::Cue::After(_)
                    | cues::Cue::Expressed
                    | cues::Cue::Variant
                    | cues::Cue::Percent
                    | cues::Cue::Unsure
            )
    });
    let opens_unsure = cues.first().is_some_and(|c| {
        c.cue == cues::Cue::Unsure
            && words_before(text, c.start) <= UNSURE_LEAD
            && text[..c.start].contains(':')
    });
    if !named && tokens.is_empty() && starts_with_result {
        LineKind::Result
    } else if named && starts_with_result {
        LineKind::OwnResult
    } else if opens_unsure && cues.first().is_some_and(|c| tokens.iter().all(|t| t.start > c.start)) {
        LineKind::Unsure
    } else {
        LineKind::Other
    }
}
