//! Finds concept mentions in one criterion with a single pass of the phrase patterns, then reads the
//! words around each mention: negations ("no", "without"), carve-outs ("other than",
//! "except", "non-"), permissions ("is allowed", "are eligible") and value words
//! ("negative", "positive").

use std::sync::LazyLock;

use super::coverage::{only_filler_between, Spans};
use super::memory::Memory;
use crate::lexicon::{Concept, StatusWord, PHRASES};
use regex::Regex;

use crate::pattern::{can_match_char, patterns, PhraseSet};

/// One mention of a concept and what its context says about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub concept: Concept,
    pub start: usize,
    pub end: usize,
    /// "no FLT3", "without prior venetoclax", "FLT3 wild-type", "Ph-negative".
    pub negated: bool,
    /// "other than APL", "except hydroxyurea", "non-APL", "excluding CML".
    pub carved_out: bool,
    /// "X is allowed", "patients with X are eligible", "may have received X".
    pub permitted: bool,
    /// "including X", "such as X", "e.g. X": an example, not a requirement.
    pub example: bool,
    /// A negation is near but does not reach the mention over filler words alone ("no
    /// waiting period after cytarabine"): the mention's polarity is not certain.
    pub negation_unsure: bool,
}

struct Compiled {
    set: PhraseSet,
    /// The patterns that can match a `;` ("t(9;22)"): the only ones that could run across the
    /// "; " joining the pieces of a list.
    semicolon: Vec<usize>,
}

static LEXICON: LazyLock<Compiled> = LazyLock::new(|| {
    let patterns: Vec<String> = PHRASES.iter().map(|(_, p)| format!("(?i){p}")).collect();
    let set = PhraseSet::new(patterns.iter().map(String::as_str)).expect("lexicon patterns compile");
    Compiled { semicolon: (0..set.len()).filter(|i| can_match_char(&patterns[*i], ';')).collect(), set }
});

/// Compiles the lexicon, the largest table (19 ms natively), for [`super::warm_up`].
pub(super) fn warm_lexicon() {
    LazyLock::force(&LEXICON);
}

/// Compiles every `PARTS`th of the lexicon's patterns on their own, from the `part`th: they
/// took 28 ms natively all together.
pub(super) fn warm_lexicon_part<const PART: usize>() {
    for index in (PART..LEXICON.set.len()).step_by(LEXICON_PARTS) {
        LEXICON.set.get(index);
    }
}

/// In how many steps [`warm_lexicon_part`] is run.
pub(super) const LEXICON_PARTS: usize = 4;

patterns! {
    sources = context_patterns;
    warm = warm_context_patterns;
    NEGATION = r"(?i)\b(?:no|not|without|never|none|neither|nor|lack of|absence of|free of|negative for|naive to|naïve to)\b";
    CARVE_OUT = r"(?i)\b(?:other than|except(?: for)?|excluding|exclusive of|with the exception of|apart from|besides)\b";
    NON_PREFIX = r"(?i)\bnon[- ]?$";
    MAY_HAVE = r"(?i)\bmay (?:have )?(?:received|had|been treated)\b";
    PERMISSION = r"(?i)\b(?:allowed|permitted|eligible|acceptable|not required|not excluded|not an exclusion|may (?:be enrolled|participate|enroll))\b";
    EXAMPLE = r"(?i)\b(?:including|includes|such as|e\.g\.|eg\.|for example|i\.e\.)|\(e\.g";
    ABSENT_AFTER = r"(?i)^(?:\s*(?:mutation|gene|status|transcript|expression|rearrangement)s?)?(?:[\s\-:]|–)*(?:negative|neg\b|wild[- ]?type|WT\b|unmutated|non-?mutated|not detected|-ve\b|na(?:i|ï)ve)";
    /// "Refractory anemia", "refractory sideroblastic cytopenia": names of MDS, not statuses.
    NOT_STATUS_AFTER = r"(?i)^\s*(?:(?:sideroblastic|macrocytic|\w+lineage)\s+)?(?:anemia|anaemia|cytopenia|thrombocytopenia|neutropenia)";
}

/// Every mention in `text`, shorter mentions inside longer ones removed.
pub fn find_mentions(text: &str) -> Vec<Mention> {
    let mut found: Vec<Mention> = Vec::new();
    for (index, m) in LEXICON.set.find_all(text) {
        let concept = PHRASES[index].0;
        if matches!(concept, Concept::Status(StatusWord::Refractory))
            && NOT_STATUS_AFTER.is_match(&text[m.end..])
        {
            continue;
        }
        found.push(Mention {
            concept,
            start: m.start,
            end: m.end,
            negated: false,
            carved_out: false,
            permitted: false,
            example: false,
            negation_unsure: false,
        });
    }
    // A mention inside a strictly longer one ("FLT3" inside "FLT3 inhibitor") is dropped: one
    // sweep in start order, remembering the furthest end seen and where it started.
    found.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let (mut furthest_end, mut furthest_start) = (0usize, 0usize);
    found.retain(|m| {
        let inside_longer = furthest_end >= m.end && (furthest_end > m.end || furthest_start < m.start);
        if m.end > furthest_end {
            (furthest_end, furthest_start) = (m.end, m.start);
        }
        !inside_longer
    });
    found.dedup_by(|a, b| a.start == b.start && a.end == b.end && a.concept == b.concept);
    let spans = Spans::new(found.iter().map(|m| m.start..m.end));
    for mention in &mut found {
        let before = clause_before(text, mention.start);
        let after = clause_after(text, mention.end);
        // A negation or carve-out reaches a mention only over filler words and other mentions:
        // in "no waiting period is needed after intrathecal cytarabine" the "no" is about the
        // waiting period.
        let reaches = |cue: &Regex, gap: usize| {
            let offset = mention.start - before.len();
            cue_before(cue, before, gap)
                && cue
                    .find_iter(before)
                    .filter(|m| before.len() - m.end() <= gap)
                    .any(|m| only_filler_between(text, offset + m.end()..mention.start, &spans))
        };
        mention.negated = reaches(&NEGATION, 70) || ABSENT_AFTER.is_match(after);
        // Only where a negation would turn the reading around.
        let polar = !matches!(
            mention.concept,
            Concept::PriorLines
                | Concept::Ecog
                | Concept::Karnofsky
                | Concept::Unasked
                | Concept::DiagnosisFamily(_)
        );
        mention.negation_unsure = polar && !mention.negated && cue_before(&NEGATION, before, 70);
        mention.carved_out = reaches(&CARVE_OUT, 50) || NON_PREFIX.is_match(tail(before, 8));
        mention.permitted = cue_after(&PERMISSION, after, 70) || cue_before(&MAY_HAVE, before, 60);
        mention.example = cue_before(&EXAMPLE, before, 50);
    }
    found
}

/// The same as `find_mentions(&pieces.join("; "))`, reading a piece seen before on its own,
/// once per `memory`: titles and condition lists share many pieces ("Acute Myeloid
/// Leukemia"). Pieces seen for the first time are read together, as a run, since every
/// reading has a cost of its own.
///
/// A mention's context never reaches past a `;`, and `\b` sees the same non-word characters
/// at a run's edges as at the text's, so a run of pieces read on its own — from the space
/// that follows its `;`, which starts its clause — gives the same mentions at the same places,
/// unless a mention runs across a join; only a pattern that can match `;` could, and when one
/// does the list is read whole.
pub(crate) fn find_mentions_in_list(
    pieces: &[&str],
    memory: &mut Memory<Option<Vec<Mention>>>,
) -> Vec<Mention> {
    let joined = pieces.join("; ");
    // Each piece's span in `joined`, from the space after the `;` before it.
    let mut spans = Vec::with_capacity(pieces.len());
    let mut at = 0;
    for (k, piece) in pieces.iter().enumerate() {
        let start = at - usize::from(k > 0);
        at += piece.len();
        spans.push(start..at);
        at += 2;
    }
    let compiled = &*LEXICON;
    let across = pieces.len() > 1
        && compiled.semicolon.iter().any(|i| {
            compiled
                .set
                .get(*i)
                .find_iter(&joined)
                .any(|m| spans[1..].iter().any(|span| (m.start()..m.end()).contains(&(span.start - 1))))
        });
    if across {
        return find_mentions(&joined);
    }
    let mut found = Vec::new();
    let shifted = |found: &mut Vec<Mention>, mentions: &[Mention], offset: usize| {
        found.extend(mentions.iter().map(|m| Mention {
            start: m.start + offset,
            end: m.end + offset,
            ..m.clone()
        }))
    };
    // The start of the run of pieces not seen before, waiting to be read together.
    let mut run: Option<usize> = None;
    for span in &spans {
        let piece = &joined[span.clone()];
        match memory.slot(piece) {
            Some(known) => {
                if let Some(start) = run.take() {
                    shifted(&mut found, &find_mentions(&joined[start..span.start - 1]), start);
                }
                shifted(&mut found, known.get_or_insert_with(|| find_mentions(piece)), span.start);
            }
            None => {
                run.get_or_insert(span.start);
            }
        }
    }
    if let Some(start) = run {
        shifted(&mut found, &find_mentions(&joined[start..]), start);
    }
    found
}

/// How far around a mention its context is read, in bytes.
pub(crate) const CONTEXT: usize = 240;

/// Whether `cue` ends at most `gap` bytes before the end of `before`, with no sentence or
/// clause break after it. (A plain search in a short window: bounded repetitions anchored at
/// the end make the regex engine's lazy DFA slow.)
pub(crate) fn cue_before(cue: &Regex, before: &str, gap: usize) -> bool {
    let window = tail(before, gap + 40);
    cue.find_iter(window).any(|m| window.len() - m.end() <= gap && !window[m.end()..].contains([';', '.']))
}

/// Whether `cue` starts at most `gap` bytes into `after`, before any clause break.
pub(crate) fn cue_after(cue: &Regex, after: &str, gap: usize) -> bool {
    let window = head(after, gap + 40);
    let window = &window[..window.find([';', '.']).unwrap_or(window.len())];
    cue.find(window).is_some_and(|m| m.start() <= gap)
}

/// The last `n` bytes of `text` (fewer, to stay on a character boundary).
pub(crate) fn tail(text: &str, n: usize) -> &str {
    let mut start = text.len().saturating_sub(n);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..]
}

/// The first `n` bytes of `text` (fewer, to stay on a character boundary).
pub(crate) fn head(text: &str, n: usize) -> &str {
    let mut end = n.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The text from the start of the clause (after the last `;` or sentence end) to `at`.
fn clause_before(text: &str, at: usize) -> &str {
    // Context never reaches further than this; a bound keeps a huge item linear.
    let head = tail(&text[..at], CONTEXT);
    let start = head.rfind(';').map_or(0, |i| i + 1).max(head.rfind(". ").map_or(0, |i| i + 2));
    &head[start..]
}

/// The text from `at` to the end of the clause.
fn clause_after(text: &str, at: usize) -> &str {
    let tail = head(&text[at..], CONTEXT);
    let end = [tail.find(';'), tail.find(". ")].into_iter().flatten().min().unwrap_or(tail.len());
    &tail[..end]
}

#[cfg(test)]
mod tests {
    use super::{find_mentions, find_mentions_in_list, Memory, LEXICON};
    use crate::lexicon::PHRASES;

    #[test]
    fn only_translocation_patterns_can_match_a_semicolon() {
        let semicolon: Vec<&str> = LEXICON.semicolon.iter().map(|i| PHRASES[*i].1).collect();
        assert_eq!(semicolon.len(), 3, "{semicolon:?}");
        assert!(semicolon.iter().all(|p| p.contains(r"t\(")));
    }

    #[test]
    fn a_list_reads_as_its_joined_text() {
        let lists: &[&[&str]] = &[
            &["Acute Myeloid Leukemia", "Recurrent AML", "", "Leukemia, Myeloid, Acute"],
            &["AML With t(9", "22) and No FLT3", "Non-APL AML other than"],
            &["Relapsed", "refractory AML", "not previously treated CML", " patients without TP53 "],
            &["Leukemia", "", "", "A Study of Venetoclax in AML; Excluding APL", ""],
            &["", "t(15;17) APL", "BCR-ABL1 negative", "CML-CP; CML-AP"],
        ];
        let mut memory = Memory::default();
        for pieces in lists.iter().cycle().take(3 * lists.len()) {
            assert_eq!(
                find_mentions_in_list(pieces, &mut memory),
                find_mentions(&pieces.join("; ")),
                "{pieces:?}"
            );
        }
    }
}
