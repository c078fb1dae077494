//! Finds concept mentions in one criterion with a single `RegexSet` scan, then reads the
//! words around each mention: negations ("no", "without"), carve-outs ("other than",
//! "except", "non-"), permissions ("is allowed", "are eligible") and value words
//! ("negative", "positive").

use std::sync::{LazyLock, OnceLock};

use crate::text::ascii_boundaries;
use regex::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};
use regex_syntax::hir::{Class, Hir, HirKind};

use super::memory::Memory;
use crate::lexicon::{Concept, StatusWord, PHRASES};

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
}

struct Compiled {
    patterns: Vec<String>,
    set: RegexSet,
    /// Each pattern on its own, compiled when first needed: a small catalog names only some
    /// of them, and compiling all is a good part of the first build's time.
    each: Vec<OnceLock<Regex>>,
    /// The patterns that can match a `;` ("t(9;22)"): the only ones that could run across the
    /// "; " joining the pieces of a list.
    semicolon: Vec<usize>,
}

impl Compiled {
    fn each(&self, index: usize) -> &Regex {
        self.each[index].get_or_init(|| {
            RegexBuilder::new(&self.patterns[index])
                .dfa_size_limit(LEXICON_CACHE / 8)
                .build()
                .expect("lexicon pattern compiles")
        })
    }
}

/// The set is large; a bigger lazy-DFA cache keeps it from rebuilding states on every item.
const LEXICON_CACHE: usize = 64 << 20;

static LEXICON: LazyLock<Compiled> = LazyLock::new(|| {
    let patterns: Vec<String> = PHRASES.iter().map(|(_, p)| ascii_boundaries(&format!("(?i){p}"))).collect();
    Compiled {
        // Case-insensitivity adds no `;` (nothing folds to it), and parsing without it is quicker.
        semicolon: (0..patterns.len()).filter(|i| can_match(&ascii_boundaries(PHRASES[*i].1), ';')).collect(),
        set: RegexSetBuilder::new(&patterns)
            .dfa_size_limit(LEXICON_CACHE)
            .build()
            .expect("lexicon patterns compile"),
        each: patterns.iter().map(|_| OnceLock::new()).collect(),
        patterns,
    }
});

static NEGATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_boundaries(r"(?i)\b(?:no|not|without|never|none|neither|nor|lack of|absence of|free of|negative for|naive to|naïve to)\b")).unwrap()
});
static CARVE_OUT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_boundaries(r"(?i)\b(?:other than|except(?: for)?|excluding|exclusive of|with the exception of|apart from|besides)\b")).unwrap()
});
static NON_PREFIX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&ascii_boundaries(r"(?i)\bnon[- ]?$")).unwrap());
static MAY_HAVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_boundaries(r"(?i)\bmay (?:have )?(?:received|had|been treated)\b")).unwrap()
});
static PERMISSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_boundaries(r"(?i)\b(?:allowed|permitted|eligible|acceptable|not required|not excluded|not an exclusion|may (?:be enrolled|participate|enroll))\b")).unwrap()
});
static EXAMPLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_boundaries(
        r"(?i)\b(?:including|includes|such as|e\.g\.|eg\.|for example|i\.e\.)|\(e\.g",
    ))
    .unwrap()
});
static ABSENT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_boundaries(r"(?i)^(?:\s*(?:mutation|gene|status|transcript|expression|rearrangement)s?)?[\s\-–:]*(?:negative|neg\b|wild[- ]?type|WT\b|unmutated|non-?mutated|not detected|-ve\b|na[iï]ve)")).unwrap()
});
static NOT_STATUS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_boundaries(r"(?i)^\s*(?:anemia|anaemia|cytopenia|thrombocytopenia|neutropenia)"))
        .unwrap()
});

/// Every mention in `text`, shorter mentions inside longer ones removed.
pub fn find_mentions(text: &str) -> Vec<Mention> {
    let compiled = &*LEXICON;
    let mut found: Vec<Mention> = Vec::new();
    for index in compiled.set.matches(text).iter() {
        let concept = PHRASES[index].0;
        for m in compiled.each(index).find_iter(text) {
            if matches!(concept, Concept::Status(StatusWord::Refractory))
                && NOT_STATUS_AFTER.is_match(&text[m.end()..])
            {
                continue;
            }
            found.push(Mention {
                concept,
                start: m.start(),
                end: m.end(),
                negated: false,
                carved_out: false,
                permitted: false,
                example: false,
            });
        }
    }
    // A mention inside a strictly longer one ("FLT3" inside "FLT3 inhibitor") is dropped: one
    // sweep in start order, remembering the furthest end seen and where it started.
    crate::order::sort_by_key(&mut found, |m| (m.start, std::cmp::Reverse(m.end)));
    let (mut furthest_end, mut furthest_start) = (0usize, 0usize);
    found.retain(|m| {
        let inside_longer = furthest_end >= m.end && (furthest_end > m.end || furthest_start < m.start);
        if m.end > furthest_end {
            (furthest_end, furthest_start) = (m.end, m.start);
        }
        !inside_longer
    });
    found.dedup_by(|a, b| a.start == b.start && a.end == b.end && a.concept == b.concept);
    for mention in &mut found {
        let before = clause_before(text, mention.start);
        let after = clause_after(text, mention.end);
        mention.negated = cue_before(&NEGATION, before, 70) || ABSENT_AFTER.is_match(after);
        mention.carved_out = cue_before(&CARVE_OUT, before, 50) || NON_PREFIX.is_match(tail(before, 8));
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
                .each(*i)
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

/// Whether `pattern` can match some text containing `c` (when unsure: yes).
fn can_match(pattern: &str, c: char) -> bool {
    fn walk(hir: &Hir, c: char) -> bool {
        match hir.kind() {
            HirKind::Empty | HirKind::Look(_) => false,
            HirKind::Literal(literal) => std::str::from_utf8(&literal.0).map_or(true, |s| s.contains(c)),
            HirKind::Class(Class::Unicode(class)) => {
                class.ranges().iter().any(|r| (r.start()..=r.end()).contains(&c))
            }
            HirKind::Class(Class::Bytes(class)) => class
                .ranges()
                .iter()
                .any(|r| u32::from(r.start()) <= c as u32 && c as u32 <= u32::from(r.end())),
            HirKind::Repetition(repetition) => walk(&repetition.sub, c),
            HirKind::Capture(capture) => walk(&capture.sub, c),
            HirKind::Concat(all) | HirKind::Alternation(all) => all.iter().any(|h| walk(h, c)),
        }
    }
    regex_syntax::parse(pattern).map_or(true, |hir| walk(&hir, c))
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
