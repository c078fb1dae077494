//! The certainty rule: how much of a criterion a reading accounts for. A criterion's text may
//! rule a trial out only when the reading accounts for all of it — every word an understood
//! concept, a bound number or a filler word (`lexicon::FILLER`), and no condition, exception,
//! permission, definition, cross-reference, alternative or time window left unread. Anything
//! less makes what was read a "check with the study team".

use std::ops::Range;

use crate::lexicon::FILLER;
use crate::pattern::patterns;

/// How much of a criterion its reading accounts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Certainty {
    /// Every word is understood: what was read is the whole criterion.
    Whole,
    /// Some words were not understood, but they can only narrow what was read ("relapsed AML
    /// requiring treatment"): in an inclusion criterion a miss of what was read still rules
    /// out, but a match is not certain (a trial with such a match is never "likely"). In an
    /// exclusion criterion narrowing what is excluded widens who may join, so it counts as
    /// open there.
    Narrowed,
    /// Something that could widen what was read is unread — an alternative, a condition, an
    /// exception, a permission, a definition, a cross-reference, a time window, or a number
    /// bound to something not understood: nothing read from it rules out.
    Open,
}

patterns! {
    sources = coverage_patterns;
    warm = warm_coverage_patterns;
    /// Words that make a criterion conditional, give it exceptions or permissions, define or
    /// refer elsewhere, or bind it to a time window. Examples ("such as", "e.g.") are not
    /// among them: what follows them is an example (`Mention::example`) and never read as a
    /// requirement, and the rest of the criterion is read as usual.
    OPENERS = r"(?i)\b(?:if|unless|provided|whether|may|might|allowed|allow|permitted|acceptable|optional|discretion|defined|definition|means|refers?|namely|see|section|appendix|table|per protocol|as (?:above|below)|listed (?:above|below)|specified|within|since|wash-?out|prior to|before|until|during|while|pending|suspected|possible|probable|equivocal|approximately|only (?:if|when|for|in)|in (?:patients|participants|subjects|those|people|children|adults|cases) (?:who|with|under|over|aged|older|younger|receiving|treated|previously|less|greater))\b|^(?u-i:[^0-9A-Za-z_])*(?:[a-z0-9]{1,2}[.)]\s*)?for (?:[\w+/-]+ ){0,3}?(?:patients|participants|subjects|those|people|children|adults)\b";
    /// A criterion joined to the previous one by "or" (the one before it ends with
    /// `DANGLING_OR`: "Age ≥ 75 or" above "or under 75 with one of the following"), a conjunct naming a further condition ("… and
    /// currently receiving a TKI"), or a staged start ("children after three adults"): what
    /// was read is one alternative or one part of a condition.
    JOINED = r"(?i)^(?u-i:[^0-9A-Za-z_])*(?:or|and/or)\b|\band (?:is |are |be |were )?(?:currently|concurrently|actively|still) (?:receiving|on|taking|being treated|treated)\b|\bafter (?:\d+|one|two|three|four|five|six|the first) (?:\w+ )?(?:patients|participants|subjects|adults)\b";
    /// A criterion ending with "or".
    DANGLING_OR = r"(?i)\b(?:or|either|and/or)\s*[:;,.]?\s*$";
    /// Words that join alternatives.
    ALTERNATIVE = r"(?i)\bor\b|and/or|\beither\b|[A-Za-z)]\s*/\s*[A-Za-z(]";
    /// What separates the pieces of a list.
    SEPARATOR = r"(?i),|;|\bor\b|and/or|\beither\b|\bnor\b|[A-Za-z)]\s*/\s*[A-Za-z(]|\(|\)";
    /// Words that carve something out: with an unread word after them, an exception is unread.
    CARVE = r"(?i)\b(?:except(?:ion|ions)?|other than|excluding|exclusive of|apart from|besides|but not)\b";
    /// Years of a classification ("WHO 2016 criteria"): numbers that ask nothing.
    CLASSIFICATION_YEAR = r"(?i)\b(?:WHO|ICC|ELN|NCCN|FAB|IPSS(?:-R)?|iwCLL|IWG|classification|criteria|edition|version|revised|consensus)\b(?u-i:[^.;]){0,25}?\b(?:19|20)\d\d\b";
    /// A word or a number.
    WORD = r"[A-Za-z]+|[0-9]+(?:[.,][0-9]+)?";
}

/// Whether a criterion ends with "or", joining it to the next one as alternatives.
pub(super) fn ends_with_or(text: &str) -> bool {
    DANGLING_OR.is_match(text)
}

/// A criterion that defines a term ("Refractory is defined as …"): it asks nothing itself.
pub(super) fn is_definition(text: &str) -> bool {
    DEFINITION.is_match(text)
}

patterns! {
    sources = definition_patterns;
    warm = warm_definition_patterns;
    DEFINITION = r"(?i)^(?u-i:[^0-9A-Za-z_])*(?:[\w-]+\s+){0,5}(?:is|are) defined (?:as|by)\b|^(?u-i:[^0-9A-Za-z_])*definitions?\b|^(?u-i:[^0-9A-Za-z_])*(?:[\w-]+\s+){0,4}(?:means|refers to)\b";
}

/// How much of `text` a reading that understood the byte ranges `understood` accounts for.
pub(super) fn certainty(text: &str, understood: &[Range<usize>]) -> Certainty {
    if OPENERS.is_match(text) || JOINED.is_match(text) || ends_with_or(text) {
        return Certainty::Open;
    }
    let years: Vec<Range<usize>> = CLASSIFICATION_YEAR.find_iter(text).map(|m| m.range()).collect();
    let spans = Spans::new(understood.iter().chain(&years).cloned());
    let covered = |word: &Range<usize>| spans.overlaps(word);
    let mut residue = false;
    for word in WORD.find_iter(text) {
        if covered(&word.range()) {
            continue;
        }
        if word.as_str().starts_with(|c: char| c.is_ascii_digit()) {
            return Certainty::Open;
        }
        if !is_filler(word.as_str()) {
            residue = true;
        }
    }
    if !residue {
        return Certainty::Whole;
    }
    if CARVE.is_match(text) {
        return Certainty::Open;
    }
    // An unread alternative: a piece of an "or" list in which nothing was understood ("relapsed
    // or high-risk disease"). Unread words beside an understood one in the same piece only
    // narrow it ("relapsed or refractory advanced leukemia").
    if ALTERNATIVE.is_match(text) {
        let mut start = 0;
        let mut pieces = Vec::new();
        for separator in SEPARATOR.find_iter(text) {
            pieces.push(start..separator.start());
            start = separator.end();
        }
        pieces.push(start..text.len());
        let unread_piece = pieces.iter().any(|piece| {
            let words: Vec<_> = WORD.find_iter(&text[piece.clone()]).collect();
            let read = |w: &regex::Match| {
                let at = piece.start + w.start()..piece.start + w.end();
                covered(&at)
            };
            words.iter().any(|w| !read(w) && !is_filler(w.as_str())) && !words.iter().any(read)
        });
        if unread_piece {
            return Certainty::Open;
        }
    }
    Certainty::Narrowed
}

/// Whether every word of `text[range]` is a filler word or inside one of `understood`: used to
/// decide whether a negation or a cue reaches the mention after it.
pub(super) fn only_filler_between(text: &str, range: Range<usize>, spans: &Spans) -> bool {
    let Some(between) = text.get(range.clone()) else { return false };
    WORD.find_iter(between).all(|word| {
        let at = range.start + word.start()..range.start + word.end();
        spans.overlaps(&at)
            || (!word.as_str().starts_with(|c: char| c.is_ascii_digit()) && is_filler(word.as_str()))
    })
}

/// Understood byte ranges, merged and sorted, so asking whether a word overlaps one is a
/// binary search: a criterion with thousands of mentions stays linear to read.
pub(super) struct Spans(Vec<Range<usize>>);

impl Spans {
    pub(super) fn new(spans: impl Iterator<Item = Range<usize>>) -> Spans {
        let mut sorted: Vec<Range<usize>> = spans.collect();
        sorted.sort_by_key(|s| s.start);
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(sorted.len());
        for span in sorted {
            match merged.last_mut() {
                Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
                _ => merged.push(span),
            }
        }
        Spans(merged)
    }

    pub(super) fn overlaps(&self, word: &Range<usize>) -> bool {
        // The first span ending after the word starts is the only one that can overlap it.
        let i = self.0.partition_point(|span| span.end <= word.start);
        self.0.get(i).is_some_and(|span| span.start < word.end)
    }
}

fn is_filler(word: &str) -> bool {
    FILLER.iter().any(|filler| filler.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rule as a table; the readings of whole criteria are in tests/data/reading.
    #[test]
    fn how_much_of_a_criterion_is_accounted_for() {
        use Certainty::*;
        // (text, understood spans given as the phrases understood, expected)
        let table: &[(&str, &[&str], Certainty)] = &[
            ("Documented FLT3-ITD mutation", &["FLT3-ITD"], Whole),
            ("Patients with relapsed AML", &["relapsed", "AML"], Whole),
            ("Relapsed AML requiring treatment", &["Relapsed", "AML"], Narrowed),
            ("Relapsed or high-risk disease", &["Relapsed"], Open),
            (
                "Relapsed or refractory advanced leukemias or MDS",
                &["Relapsed", "refractory", "leukemias", "MDS"],
                Narrowed,
            ),
            ("17p deletion, 11q deletion and/or TP53 mutation", &["17p deletion", "TP53"], Open),
            ("Disease may be relapsed, refractory or de novo", &["relapsed", "refractory"], Open),
            ("White count below 20 before hydroxyurea", &["hydroxyurea"], Open),
            ("AML according to WHO 2016 criteria", &["AML"], Whole),
            ("Age 10 to < 13 years: creatinine ≤ 1.2", &["Age 10 to < 13 years"], Open),
            (
                "In patients previously treated with blinatumomab, CD19 must be confirmed",
                &["blinatumomab", "CD19"],
                Open,
            ),
            // Narrowed here; in an exclusion, narrowing what is excluded widens who may join,
            // so `items.rs` treats it as open.
            ("No ALL in third or later relapse", &["ALL", "relapse"], Narrowed),
            (
                "On therapy, excluding patients receiving glucocorticoids for graft-versus-host disease",
                &["glucocorticoids"],
                Open,
            ),
        ];
        for (text, phrases, expected) in table {
            let spans: Vec<Range<usize>> = phrases
                .iter()
                .map(|p| {
                    let at = text.find(p).expect("phrase in text");
                    at..at + p.len()
                })
                .collect();
            assert_eq!(certainty(text, &spans), *expected, "{text}");
        }
    }

    #[test]
    fn definitions_ask_nothing() {
        assert!(is_definition("Refractory is defined as no remission after two induction cycles"));
        assert!(is_definition("Primary refractory disease is defined by persistent blasts"));
        assert!(!is_definition("Relapsed AML (defined as 5% blasts or more after a remission)"));
    }

    #[test]
    fn a_cue_reaches_a_mention_over_filler_only() {
        let text = "No prior therapy with venetoclax";
        assert!(only_filler_between(text, 2..22, &Spans::new(std::iter::empty())));
        let text = "No waiting period is needed after intrathecal cytarabine";
        assert!(!only_filler_between(text, 2..46, &Spans::new(std::iter::empty())));
    }
}
