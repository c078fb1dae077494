//! Finds concept mentions in one criterion with a single `RegexSet` scan, then reads the
//! words around each mention: negations ("no", "without"), carve-outs ("other than",
//! "except", "non-"), permissions ("is allowed", "are eligible") and value words
//! ("negative", "positive").

use std::sync::LazyLock;

use crate::text::ascii_boundaries;
use regex::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};

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
    set: RegexSet,
    each: Vec<Regex>,
}

static LEXICON: LazyLock<Compiled> = LazyLock::new(|| {
    let patterns: Vec<String> = PHRASES.iter().map(|(_, p)| ascii_boundaries(&format!("(?i){p}"))).collect();
    // The set is large; a bigger lazy-DFA cache keeps it from rebuilding states on every item.
    let cache = 64 << 20;
    Compiled {
        set: RegexSetBuilder::new(&patterns).dfa_size_limit(cache).build().expect("lexicon patterns compile"),
        each: patterns
            .iter()
            .map(|p| {
                RegexBuilder::new(p).dfa_size_limit(cache / 8).build().expect("lexicon pattern compiles")
            })
            .collect(),
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
        for m in compiled.each[index].find_iter(text) {
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
