//! Reads the numbers in criteria: performance-status limits (ECOG directly, Karnofsky and
//! Lansky converted to ECOG), ages, and counts of prior lines or inhibitors. Each reader
//! returns `None` when the wording is not one it knows, so the item stays unread.

use std::ops::Range;

use regex::{Captures, Match, Regex};

use crate::pattern::patterns;

use super::AgeRange;
use crate::criteria::Section;

fn number(word: &str) -> Option<u32> {
    match word.to_ascii_lowercase().as_str() {
        "zero" => Some(0),
        "one" | "a single" | "single" => Some(1),
        "two" => Some(2),
        "three" => Some(3),
        "four" => Some(4),
        "five" => Some(5),
        "six" => Some(6),
        other => other.parse().ok(),
    }
}

const NUM: &str = r"(\d{1,2}|one|two|three|four|five|six)";

patterns! {
    sources = ecog_patterns;
    warm = warm_ecog_patterns;
    ECOG_RANGE = r"(?i)^(?u-i:[^0-9;]){0,40}?\b([0-4])\s*(?:-|–|—|to|through)\s*([0-4])\b";
    ECOG_LIST = r"(?i)^(?u-i:[^0-9;]){0,40}?\b0\s*(?:,\s*1\s*)?(?:,\s*2\s*)?(?:,\s*3\s*)?,?\s*(?:or|and|/)\s*([1-4])\b";
    ECOG_AT_MOST = r"(?i)^(?u-i:[^0-9;]){0,40}?(?:≤|<=|=<|less than or equal to|no (?:greater|higher|more) than|not (?:greater|higher|more) than|at most|maximum of|up to)\s*([0-4])\b";
    ECOG_BELOW = r"(?i)^(?u-i:[^0-9;]){0,40}?(?:<|less than|lower than|below)\s*([1-4])\b";
    ECOG_OR_LESS = r"(?i)^(?u-i:[^0-9;]){0,40}?\b([0-4])\s*or (?:less|lower|better|below)";
    ECOG_AT_LEAST = r"(?i)^(?u-i:[^0-9;]){0,40}?(?:≥|>=|=>|greater than or equal to|at least|of)\s*([1-4])\b";
    ECOG_ABOVE = r"(?i)^(?u-i:[^0-9;]){0,40}?(?:>|greater than|more than|higher than|above)\s*([0-3])\b";
    ECOG_OR_MORE = r"(?i)^(?u-i:[^0-9;]){0,40}?\b([1-4])\s*or (?:more|higher|greater|worse|above)";
}

/// The highest ECOG allowed by the words after an ECOG mention, in this section, and where in
/// `after` the words that say so end.
pub fn ecog_limit(after: &str, section: Section) -> Option<(u8, usize)> {
    let digit = |r: &Regex| {
        let c = r.captures(after)?;
        Some((c.get(c.len() - 1)?.as_str().parse::<u8>().ok()?, c.get(0)?.end()))
    };
    let less = |(n, end): (u8, usize)| Some((n.checked_sub(1)?, end));
    if section == Section::Exclusion {
        return digit(&ECOG_AT_LEAST)
            .and_then(less)
            .or_else(|| digit(&ECOG_OR_MORE).and_then(less))
            .or_else(|| digit(&ECOG_ABOVE));
    }
    digit(&ECOG_RANGE)
        .or_else(|| digit(&ECOG_LIST))
        .or_else(|| digit(&ECOG_AT_MOST))
        .or_else(|| digit(&ECOG_BELOW).and_then(less))
        .or_else(|| digit(&ECOG_OR_LESS))
}

patterns! {
    sources = karnofsky_patterns;
    warm = warm_karnofsky_patterns;
    SCORE_AT_LEAST = r"(?i)^(?u-i:[^0-9;]){0,40}?(?:≥|>=|=>|at least|of at least|greater than or equal to|minimum(?: of)?|of|score)\s*(\d{2,3})\s*%?";
    SCORE_ABOVE = r"(?i)^(?u-i:[^0-9;]){0,40}?(?:>|greater than|more than|above)\s*(\d{2,3})\s*%?";
    SCORE_RANGE = r"(?i)^(?u-i:[^0-9;]){0,40}?(\d{2,3})\s*%?\s*(?:-|–|to)\s*100";
    SCORE_BELOW = r"(?i)^(?u-i:[^0-9;]){0,40}?(?:<|less than|lower than|below)\s*(\d{2,3})\s*%?";
    SCORE_AT_MOST = r"(?i)^(?u-i:[^0-9;]){0,40}?(?:≤|<=|=<|at most)\s*(\d{2,3})\s*%?";
}

/// The lowest Karnofsky/Lansky score allowed, converted to the highest ECOG allowed, and where
/// in `after` the words that say so end. The standard mapping: ECOG 0 is Karnofsky 90–100,
/// 1 is 70–80, 2 is 50–60, 3 is 30–40, 4 is 10–20; a limit inside a grade's range gives the
/// person the benefit of the doubt (Karnofsky ≥ 60 allows ECOG 2).
pub fn karnofsky_as_ecog(after: &str, section: Section) -> Option<(u8, usize)> {
    let score = |r: &Regex| {
        let c = r.captures(after)?;
        let value = c.get(1)?.as_str().parse::<u32>().ok().filter(|s| *s <= 100)?;
        Some((value, c.get(0)?.end()))
    };
    let plus = |(s, end): (u32, usize)| (s + 10, end);
    let (minimum, end) = if section == Section::Exclusion {
        score(&SCORE_BELOW).or_else(|| score(&SCORE_AT_MOST).map(plus))
    } else {
        score(&SCORE_RANGE).or_else(|| score(&SCORE_ABOVE).map(plus)).or_else(|| score(&SCORE_AT_LEAST))
    }?;
    // The best Karnofsky score of each ECOG grade: 0 → 100, 1 → 80, 2 → 60, 3 → 40, 4 → 20.
    Some(((0..=4u8).rev().find(|e| 100 - 20 * u32::from(*e) >= minimum)?, end))
}

patterns! {
    sources = age_condition_patterns;
    warm = warm_age_condition_patterns;
    AGE_CONDITION = r"(?i)(?:(?:for|in) (?:patients|participants|subjects|children|adults|those)(?: who are| aged?)? )?(?:(≥|>=|=>|>|over|older than|at least|<|≤|<=|under|younger than|less than|below)\s*(\d{1,3})\s*(?:years|yrs|y\b)(?: of age| old)?|(\d{1,3})\s*(?:years|yrs)?(?: of age| old)?\s*(?:or|and) (older|over|above|younger|under|below))";
}

/// An age condition such as "for patients < 16 years" or "aged 75 or older", if present, and
/// where in `clause` it is.
pub fn age_condition(clause: &str) -> Option<(AgeRange, Range<usize>)> {
    let caps = AGE_CONDITION.captures(clause)?;
    let span = caps.get(0)?.range();
    if let (Some(op), Some(n)) = (caps.get(1), caps.get(2)) {
        let n = n.as_str().parse::<f64>().ok()?;
        let range = match op.as_str().to_ascii_lowercase().as_str() {
            "≥" | ">=" | "=>" | "at least" => AgeRange { min: Some(n), max: None },
            ">" | "over" | "older than" => AgeRange { min: Some(n + 1.0), max: None },
            "≤" | "<=" => AgeRange { min: None, max: Some(n + 1.0) },
            _ => AgeRange { min: None, max: Some(n) },
        };
        return Some((range, span));
    }
    let n = caps.get(3)?.as_str().parse::<f64>().ok()?;
    let range = match caps.get(4)?.as_str().to_ascii_lowercase().as_str() {
        "older" | "over" | "above" => AgeRange { min: Some(n), max: None },
        _ => AgeRange { min: None, max: Some(n + 1.0) },
    };
    Some((range, span))
}

patterns! {
    sources = age_patterns;
    warm = warm_age_patterns;
    AGE_ITEM = r"(?i)^(?u-i:[^0-9A-Za-z_])*(?:(?:patients?|participants?|subjects?|adults?|children|men and women|males? (?:and|or) females?)\s+(?:must be\s+|who are\s+|aged?\s+|of\s+)?)?(?:(?:must be\s+)?(?:age[d]?|age at (?:enrollment|diagnosis|consent))\b|(?:[><]|≥|≤)\s*\d{1,3}\s*(?:years|yrs)|\d{1,3}\s*(?:months?|years?)?\s*(?:-|–|to)\s*\d{1,3}\s*years|\d{1,3}\s*years)";
    AGE_WORD = r"(?i)\bage[ds]?\b|\d\s*(?:years|yrs)\b";
    AGE_RANGE = r"(?i)\b(\d{1,3})\s*(months?|years?)?\s*(?:-|–|to|through|and)\s*(\d{1,3})\s*(months?|years|yrs)";
    AGE_MIN = r"(?i)(?:(≥|>=|=>|>|at least|older than|over|greater than or equal to|greater than)\s*(\d{1,3})\s*(?:years|yrs|y\b)?|(\d{1,3})\s*(?:years|yrs)(?: of age| old)?\s*(?:or|and) (?:older|over|above))";
    NOT_YEARS = r"(?i)^\s*(?:months?|mos?|weeks?|wks?|days?|hours?|hrs?|minutes?)\b";
    AGE_MAX = r"(?i)(?:(≤|<=|=<|<|under|younger than|less than|up to)\s*(\d{1,3})\s*(?:years|yrs|y\b)|(\d{1,3})\s*(?:years|yrs)(?: of age| old)?\s*(?:or|and) (?:younger|under|below))";
}

/// An age requirement stated in a criterion ("Age ≥ 60 years", "18-75 years of age"), and the
/// span of the item that states it (from its start to the end of the last number read). An age
/// range that leads in another requirement ("Age 10 to < 13 years: creatinine ≤ 1.2") is a
/// condition, not a requirement.
pub fn age_requirement(item: &str) -> Option<(AgeRange, Range<usize>)> {
    let (range, end) = age_range(item)?;
    if item[end..].trim_start().starts_with(':') {
        return None;
    }
    Some((range, 0..end))
}

fn age_range(item: &str) -> Option<(AgeRange, usize)> {
    if !AGE_ITEM.is_match(item) || !AGE_WORD.is_match(item) {
        return None;
    }
    if let Some(c) = AGE_RANGE.captures(item) {
        let in_years = |n: &str, unit: Option<Match>| -> Option<(f64, f64)> {
            let n = n.parse::<f64>().ok()?;
            let months = unit.is_some_and(|u| u.as_str().to_ascii_lowercase().starts_with("month"));
            Some(if months { (n / 12.0, 1.0 / 12.0) } else { (n, 1.0) })
        };
        let (high, step) = in_years(c.get(3)?.as_str(), c.get(4))?;
        let (low, _) = in_years(c.get(1)?.as_str(), c.get(2).or(c.get(4)))?;
        let end = c.get(0)?.end();
        return (low < high).then_some((AgeRange { min: Some(low), max: Some(high + step) }, end));
    }
    let mut end = 0;
    // A number of months, weeks, days or hours is no age in years.
    let not_years = |at: usize| NOT_YEARS.is_match(&item[at..]);
    let min =
        AGE_MIN.captures(item).filter(|c| c.get(0).is_some_and(|m| !not_years(m.end()))).and_then(|c| {
            end = end.max(c.get(0)?.end());
            if let (Some(op), Some(n)) = (c.get(1), c.get(2)) {
                let n = n.as_str().parse::<f64>().ok()?;
                let strict = matches!(
                    op.as_str().to_ascii_lowercase().as_str(),
                    ">" | "older than" | "over" | "greater than"
                );
                Some(if strict { n + 1.0 } else { n })
            } else {
                c.get(3)?.as_str().parse::<f64>().ok()
            }
        });
    let max =
        AGE_MAX.captures(item).filter(|c| c.get(0).is_some_and(|m| !not_years(m.end()))).and_then(|c| {
            end = end.max(c.get(0)?.end());
            if let (Some(op), Some(n)) = (c.get(1), c.get(2)) {
                let n = n.as_str().parse::<f64>().ok()?;
                let inclusive =
                    matches!(op.as_str(), "≤" | "<=" | "=<") || op.as_str().eq_ignore_ascii_case("up to");
                Some(if inclusive { n + 1.0 } else { n })
            } else {
                c.get(3)?.as_str().parse::<f64>().ok().map(|n| n + 1.0)
            }
        });
    (min.is_some() || max.is_some()).then_some((AgeRange { min, max }, end))
}

patterns! {
    sources = lines_patterns;
    warm = warm_lines_patterns;
    LINES_RANGE = format!(
            r"(?i)\b{NUM}\s*(?:-|–|to)\s*{NUM}\s*(?:prior |previous )?(?:lines?|regimens?|therap|treatments?)"
    );
    LINES_MIN = format!(
            r"(?i)(?:≥|>=|at least|a minimum of|minimum of|minimum)\s*{NUM}\s*(?:prior |previous |lines? of |line of )?(?:lines?|regimens?|therap|treatments?|prior|previous)|\b{NUM}\s*or more\s*(?:prior |previous )?(?:lines?|regimens?|therap|treatments?)"
    );
    LINES_MORE_THAN = format!(
            r"(?i)(?:>|more than|greater than)\s*{NUM}\s*(?:prior |previous )?(?:lines?|regimens?|therap|treatments?|prior)"
    );
    LINES_MAX = format!(
            r"(?i)(?:≤|<=|no more than|not more than|at most|up to|maximum of|a maximum of)\s*{NUM}\s*(?:prior |previous )?(?:lines?|regimens?|therap|treatments?|prior)|\b{NUM}\s*or (?:fewer|less)\s*(?:prior |previous )?(?:lines?|regimens?|therap)"
    );
}

/// Limits on a number of prior lines: (at least, at most).
pub type LineLimits = (Option<u32>, Option<u32>);

/// Prior-line limits stated in a criterion, and where they are stated.
pub fn prior_lines(item: &str, section: Section) -> Option<(LineLimits, Range<usize>)> {
    let first = |c: &Captures| c.iter().skip(1).flatten().find_map(|m| number(m.as_str()));
    let read = |r: &Regex| {
        let c = r.captures(item)?;
        Some((first(&c)?, c.get(0)?.range(), c))
    };
    if let Some(c) = LINES_RANGE.captures(item) {
        return Some(((number(c.get(1)?.as_str()), number(c.get(2)?.as_str())), c.get(0)?.range()));
    }
    if let Some((n, span, _)) = read(&LINES_MAX) {
        return Some(((None, Some(n)), span));
    }
    if let Some((n, span, _)) = read(&LINES_MORE_THAN) {
        return Some((
            if section == Section::Exclusion { (None, Some(n)) } else { (Some(n + 1), None) },
            span,
        ));
    }
    if let Some((n, span, _)) = read(&LINES_MIN) {
        let limits =
            if section == Section::Exclusion { (None, Some(n.saturating_sub(1))) } else { (Some(n), None) };
        return Some((limits, span));
    }
    None
}

patterns! {
    sources = count_patterns;
    warm = warm_count_patterns;
    COUNT_BEFORE = format!(
            r"(?i)(?:(?:≥|>=|at least|a minimum of|minimum of)\s*{NUM}|{NUM}\s*or more|(?:>|more than)\s*{NUM}|\b{NUM})\s*(?:prior |previous |different |approved |second[- ]generation |or more )*$"
    );
}

/// A count just before a mention ("≥ 2 prior TKIs", "two or more TKIs"): the minimum, and
/// where in `before` the count starts.
pub fn count_before(before: &str) -> Option<(u32, usize)> {
    let c = COUNT_BEFORE.captures(before)?;
    let more_than = c.get(3).is_some();
    let n = c.iter().skip(1).flatten().find_map(|m| number(m.as_str()))?;
    Some((if more_than { n + 1 } else { n }, c.get(0)?.start()))
}
