//! Quotes that read well: the criterion text shown beside a reason, cut only at sentence or
//! item boundaries and kept with the lead-in of its list, so a quote never stops at "…defined
//! as one of:" and never runs to hundreds of words.
/*!
A criterion item is one line of the registry's list. Quoted alone it can mislead: a lead-in
("Relapsed AML, defined as one of:") says nothing without its children, and a child ("≥ 5%
blasts in the marrow") says little without its lead-in. So:

* an item ending with a lead-in ([`LEAD_IN_ENDS`]) that has children is quoted with them:
  "Lead-in: child 1; child 2; …", whole children only, then "… (and 3 more)";
* an item under lead-ins is quoted after them: "Lead-in … child text";
* an item longer than [`LIMIT`] keeps whole sentences (split at ". " and "; " outside brackets,
  never after "e.g.", "i.e.", "approx.", "vs." or inside "1.5") up to the limit, then " …";
  one sentence over the limit is kept whole. The sentence holding the phrase a reason is
  about is kept when the caller knows where it is.

[`status_item`] finds the inclusion item that states a disease status, for status reasons
read from the registry's conditions list: the criterion says it in the trial's own words.
*/

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::answers::DiseaseStatus;
use crate::criteria::{Criteria, Section};
use crate::lexicon::{Concept, StatusWord, PHRASES};

/// The longest quote, in characters, before sentences are dropped. In the shared records a
/// criterion item runs to 72 characters at the median and 304 at the 95th percentile, a sentence
/// to 72 and 243; 320 (about 50 words) is above both, so only outliers are shortened (1 item in
/// 22) and a typical sentence always fits whole beside its lead-in.
pub const LIMIT: usize = 320;

/// How an item's text ends when it introduces the items under it (lower case; an ending that
/// starts with a letter must follow a space or a mark, not a letter).
pub const LEAD_IN_ENDS: &[&str] = &[
    ":",
    "the following",
    "following criteria",
    "one of",
    "any of",
    "all of",
    "either",
    "defined as",
    "defined by",
    "as follows",
    "including",
    "such as",
];

/// Words after which a full stop does not end a sentence (lower case, without the stop).
/// Words with a stop inside ("e.g", "i.e", "U.S") are abbreviations too.
pub const ABBREVIATIONS: &[&str] = &[
    "eg", "ie", "approx", "vs", "cf", "no", "nr", "dr", "fig", "al", "ca", "incl", "excl", "resp", "max",
    "min",
];

/// The quote for criterion `index`: its text, its lead-ins' and children's, cut to whole
/// sentences. `focus` is where in the item's text the reason's phrase is (a byte range), when
/// known: its sentence is kept.
pub fn item(criteria: &Criteria, index: usize, focus: Option<Range<usize>>) -> String {
    let Some(item) = criteria.items.get(index) else { return String::new() };
    // The lead-ins above the item, innermost first, up to the first ancestor that is none.
    let mut context: Vec<String> = Vec::new();
    let mut ancestor = item.parent;
    while let Some(p) = ancestor.map(|p| p as usize).filter(|p| *p < criteria.items.len()) {
        let text = criteria.items[p].text.trim();
        if !is_lead_in(text) || context.len() >= 3 {
            break;
        }
        context.push(tail_sentences(text, LIMIT / 3));
        ancestor = criteria.items[p].parent;
    }
    context.reverse();
    let used: usize = context.iter().map(|c| chars(c) + 3).sum();
    let budget = LIMIT.saturating_sub(used).max(LIMIT / 3);
    let body = body(criteria, index, focus, budget, 0);
    if context.is_empty() {
        body
    } else {
        format!("{} … {body}", context.join(" … "))
    }
}

/// The item's own part of a quote: its list when it is a lead-in with children, else its
/// sentences within `budget`.
fn body(criteria: &Criteria, index: usize, focus: Option<Range<usize>>, budget: usize, depth: u8) -> String {
    let text = criteria.items[index].text.trim();
    let children = children(criteria, index);
    if children.is_empty() || !is_lead_in(text) || depth > 2 {
        return sentences(text, focus, budget);
    }
    let lead = tail_sentences(text, budget / 2);
    let lead = if lead.ends_with(':') { lead } else { format!("{lead}:") };
    let mut out = lead.clone();
    let mut shown = 0;
    for (n, &child) in children.iter().enumerate() {
        let left = budget.saturating_sub(chars(&out) + 2);
        // The first child is always shown (as its leading sentences when long); the others
        // whole or not at all.
        let text = if n == 0 {
            list_member(criteria, child, left.max(LIMIT / 3), depth)
        } else {
            list_member(criteria, child, usize::MAX, depth)
        };
        let more = children.len() - n - 1;
        let room_for_more = if more > 0 { chars(" … (and 99 more)") } else { 0 };
        if n > 0 && chars(&text) + 2 + room_for_more > left {
            break;
        }
        let joint = if n == 0 || ends_with_joining_word(&out) { " " } else { "; " };
        out.push_str(joint);
        out.push_str(&text);
        shown += 1;
    }
    if shown < children.len() {
        let gap = if out.ends_with('…') { " " } else { " … " };
        out.push_str(&format!("{gap}(and {} more)", children.len() - shown));
    }
    out
}

/// A child as a member of its parent's list: without its closing ";" or ".", and with its own
/// children in brackets when it is a lead-in too.
fn list_member(criteria: &Criteria, index: usize, budget: usize, depth: u8) -> String {
    let text = criteria.items[index].text.trim();
    let children = children(criteria, index);
    if !children.is_empty() && is_lead_in(text) && depth < 2 {
        let listed = body(criteria, index, None, budget, depth + 1);
        let lead = tail_sentences(text, budget / 2);
        let lead = if lead.ends_with(':') { lead } else { format!("{lead}:") };
        let rest = listed.strip_prefix(lead.as_str()).unwrap_or(&listed).trim();
        return format!("{} ({rest})", lead.trim_end_matches(':').trim_end());
    }
    let kept = if budget == usize::MAX { text.to_owned() } else { sentences(text, None, budget) };
    without_closing_mark(&kept).to_owned()
}

/// The items directly under `index`.
fn children(criteria: &Criteria, index: usize) -> Vec<usize> {
    (criteria.items.iter().enumerate())
        .filter(|(_, c)| c.parent == Some(index as u32))
        .map(|(i, _)| i)
        .collect()
}

/// Whether a text ends by introducing a list ("…defined as one of:", "…any of the following").
pub fn is_lead_in(text: &str) -> bool {
    let lower = text.trim_end().to_ascii_lowercase();
    LEAD_IN_ENDS.iter().any(|end| {
        lower.strip_suffix(end).is_some_and(|before| {
            !end.starts_with(|c: char| c.is_ascii_alphabetic())
                || before.is_empty()
                || before.ends_with(|c: char| !c.is_alphanumeric())
        })
    })
}

fn chars(text: &str) -> usize {
    text.chars().count()
}

/// Text without a closing ";", "," or "." (a stop after an abbreviation stays).
fn without_closing_mark(text: &str) -> &str {
    let trimmed = text.trim_end();
    let Some(last) = trimmed.chars().last().filter(|c| matches!(c, ';' | ',' | '.')) else {
        return trimmed;
    };
    let without = &trimmed[..trimmed.len() - last.len_utf8()];
    if last == '.' && is_abbreviation(without) {
        trimmed
    } else {
        without.trim_end()
    }
}

/// Whether the text ends with a word that joins it to the next ("…, or", "and/or").
fn ends_with_joining_word(text: &str) -> bool {
    let lower = text.trim_end().to_ascii_lowercase();
    ["or", "and", "and/or", "plus"].iter().any(|w| {
        lower.strip_suffix(w).is_some_and(|before| before.is_empty() || before.ends_with([' ', ',']))
    })
}

/// Whether the word before a full stop (the text up to it) is an abbreviation.
fn is_abbreviation(before: &str) -> bool {
    let word = before.rsplit(|c: char| c.is_whitespace() || c == '(' || c == '[').next().unwrap_or("");
    let lower = word.to_ascii_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
        || (word.contains('.') && word.chars().all(|c| c == '.' || c.is_alphabetic()))
}

/// The sentences of a text as byte ranges, each with its closing mark and without the space
/// after it. A sentence ends at ". " or "; " (or "? ", "! ") outside brackets; a full stop after
/// an abbreviation or before a lower-case word does not end one. Brackets that never close
/// are not counted.
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    let split = |count_brackets: bool| {
        let mut found = Vec::new();
        let mut start = 0;
        let mut depth: i32 = 0;
        for (at, c) in text.char_indices() {
            match c {
                '(' | '[' | '{' if count_brackets => depth += 1,
                ')' | ']' | '}' if count_brackets => depth = (depth - 1).max(0),
                '.' | ';' | '?' | '!' if depth == 0 => {
                    let end = at + c.len_utf8();
                    let rest = &text[end..];
                    let next = rest.trim_start();
                    if !rest.starts_with(char::is_whitespace) || next.is_empty() {
                        continue;
                    }
                    if c == '.'
                        && (is_abbreviation(&text[..at]) || next.starts_with(|n: char| n.is_lowercase()))
                    {
                        continue;
                    }
                    found.push(start..end);
                    start = text.len() - next.len();
                }
                _ => {}
            }
        }
        (found, depth)
    };
    let (mut found, depth) = split(true);
    if depth > 0 {
        found = split(false).0;
    }
    let last_start = found.last().map_or(0, |r| text.len() - text[r.end..].trim_start().len());
    if last_start < text.len() {
        found.push(last_start..text.trim_end().len().max(last_start));
    }
    found
}

/// Whole sentences of `text` within `budget` characters: from the one holding `focus` (else
/// from the first), then the ones after it, then the ones before, with "…" where some were
/// left out. A text within the budget is kept whole; a sentence over it is kept whole alone.
pub fn sentences(text: &str, focus: Option<Range<usize>>, budget: usize) -> String {
    let text = text.trim();
    if chars(text) <= budget {
        return text.to_owned();
    }
    let all = split_sentences(text);
    if all.len() <= 1 {
        return text.to_owned();
    }
    let first = focus
        .and_then(|f| all.iter().position(|s| f.start < s.end.max(s.start + 1)))
        .unwrap_or(0)
        .min(all.len() - 1);
    let (mut from, mut to) = (first, first);
    let size = |from: usize, to: usize| {
        let mut n = chars(&text[all[from].start..all[to].end]);
        n += if from > 0 { 2 } else { 0 };
        n += if to + 1 < all.len() { 2 } else { 0 };
        n
    };
    while to + 1 < all.len() && size(from, to + 1) <= budget {
        to += 1;
    }
    while from > 0 && size(from - 1, to) <= budget {
        from -= 1;
    }
    let mut out = String::new();
    if from > 0 {
        out.push_str("… ");
    }
    let kept = &text[all[from].start..all[to].end];
    if to + 1 < all.len() {
        let kept = kept.strip_suffix(';').unwrap_or(kept).trim_end();
        out.push_str(kept);
        out.push_str(" …");
    } else {
        out.push_str(kept);
    }
    out
}

/// The last sentences of a lead-in within `budget` ("… Relapse is defined as one of:").
fn tail_sentences(text: &str, budget: usize) -> String {
    let text = text.trim();
    if chars(text) <= budget {
        return text.to_owned();
    }
    let all = split_sentences(text);
    let mut from = all.len().saturating_sub(1);
    while from > 0 && chars(&text[all[from - 1].start..]) + 2 <= budget {
        from -= 1;
    }
    match all.get(from) {
        Some(first) if from > 0 => format!("… {}", &text[first.start..]),
        _ => text.to_owned(),
    }
}

/// The status patterns of the lexicon, each with its word.
static STATUS_PHRASES: LazyLock<Vec<(StatusWord, Regex)>> = LazyLock::new(|| {
    (PHRASES.iter())
        .filter_map(|(concept, pattern)| match concept {
            Concept::Status(word) => {
                Some((*word, crate::pattern::compile(&format!("(?i){pattern}")).expect("a lexicon pattern")))
            }
            _ => None,
        })
        .collect()
});

/// Words before a status in its clause that turn it away ("no relapse", "other than
/// refractory") or make it an example ("including untreated …"), and names that contain a
/// status word but are diseases ("refractory anemia").
static NOT_A_STATUS: LazyLock<[Regex; 2]> = LazyLock::new(|| {
    [
        r"(?i)\b(?:no|not|without|never|nor|neither|other than|except|excluding|non)\b(?u-i:[^.;,:()]){0,40}$|\b(?:including|such as|e\.g)\b(?u-i:[^.;:()]){0,60}$",
        r"(?i)^[\s-]*(?:(?:sideroblastic|macrocytic|\w+lineage)\s+)?(?:anemia|anaemia|cytopenia)",
    ]
    .map(|source| crate::pattern::compile(source).expect("a quote pattern"))
});

/// The inclusion item that states one of `statuses` and where (a byte range): the item naming
/// the most of them, the earliest of those. With `part`, only items under that cohort
/// sub-header; without, items under no sub-header before the others.
pub fn status_item(
    criteria: &Criteria,
    statuses: &[DiseaseStatus],
    part: Option<&str>,
) -> Option<(usize, Range<usize>)> {
    let [negated, disease] = &*NOT_A_STATUS;
    let mut best: Option<((usize, bool), usize, Range<usize>)> = None;
    for (index, item) in criteria.items.iter().enumerate() {
        if !matches!(item.section, Section::Inclusion | Section::Unlabelled) {
            continue;
        }
        let label = item.cohort.and_then(|c| criteria.cohorts.get(c as usize)).map(|c| c.label.as_str());
        if part.is_some_and(|part| label != Some(part)) {
            continue;
        }
        let text = &item.text;
        let mut named: Vec<DiseaseStatus> = Vec::new();
        let mut first: Option<Range<usize>> = None;
        for (word, pattern) in STATUS_PHRASES.iter() {
            for m in pattern.find_iter(text) {
                let before = &text[..m.start()];
                let after = &text[m.end()..];
                if negated.is_match(before) || (*word == StatusWord::Refractory && disease.is_match(after)) {
                    continue;
                }
                let wanted: Vec<DiseaseStatus> =
                    word.statuses().iter().copied().filter(|s| statuses.contains(s)).collect();
                if wanted.is_empty() {
                    continue;
                }
                wanted.into_iter().for_each(|s| {
                    if !named.contains(&s) {
                        named.push(s)
                    }
                });
                if first.as_ref().is_none_or(|f| m.start() < f.start) {
                    first = Some(m.range());
                }
            }
        }
        let Some(at) = first else { continue };
        // More statuses named is better; then an item under no sub-header; then the earliest.
        let rank = (named.len(), label.is_none());
        if best.as_ref().is_none_or(|(best_rank, ..)| rank > *best_rank) {
            best = Some((rank, index, at));
        }
    }
    best.map(|(_, index, at)| (index, at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_patterns_compile() {
        assert!(STATUS_PHRASES.len() >= 5);
        assert_eq!(NOT_A_STATUS.len(), 2);
    }
}
