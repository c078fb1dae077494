//! Numbers a report gives beside its markers, listed in `found` for the person to see: the
//! blast percentage, measurable residual disease, BCR::ABL1 on the international scale and
//! the molecular response, the FLT3-ITD allelic ratio, a variant's allele fraction and the
//! BCR::ABL1 transcript type.

use std::sync::LazyLock;

use regex::Regex;

use super::markers::TRANSCRIPTS;
use crate::pattern::{compile, patterns};

patterns! {
    sources = extra_patterns;
    warm = warm_extra_patterns;
    /// "Blasts: 23%", "blast count 23 %", "myeloblasts comprise approximately 12%".
    BLASTS_BEFORE = r"(?i)\b(?:myelo|lympho|mono)?blasts?(?: equivalents)?(?:\s+(?:and|/)\s+promonocytes)?\s*(?:count|percentage|percent|%)?(?:\s|[:=(~]|\b(?:of|at|comprise|comprising|represent|representing|account for|accounting for|are|is|were|was|constitute|constituting|approximately|approx|about|estimated at|increased|elevated))*([<>]?\s*\d{1,3}(?:\.\d+)?\s*%)";
    /// "23% blasts", "12 % myeloblasts".
    BLASTS_AFTER = r"(?i)([<>]?\s*\d{1,3}(?:\.\d+)?\s*%)\s+(?:myelo|lympho|mono)?blasts\b";
    /// Measurable (minimal) residual disease.
    MRD = r"(?i)\bMRD\b|\b(?:measurable|minimal) residual disease\b";
    /// A percentage on the international scale: "0.032% IS", "IS: 0.032%".
    IS_AFTER = r"(?i)([<>]?\s*\d+(?:\.\d+)?)\s*%\s*\(?\s*(?:(?-i:IS)|on the international scale|international scale)\b";
    IS_BEFORE = r"(?i)(?:(?-i:\bIS\b)|international scale)\s*\)?\s*(?:ratio|%|value|result|level)?\s*[:=]?\s*([<>]?\s*\d+(?:\.\d+)?)\s*%";
    /// A molecular response named.
    RESPONSE = r"(?i)\b(?:MMR|MR\s?(?:4\.5|4|5|3|2))\b|\b(?:major|deep|complete) molecular response\b";
    /// The FLT3-ITD allelic ratio.
    RATIO = r"(?i)\b(?:allelic|allele|mutant|signal|ITD)[- ](?:ratio|burden)\s*(?:\(\s*AR\s*\)\s*)?(?:[:=]|of|is|was)?\s*([<>]?\s*\d*\.?\d+)|\bAR\s*[:=]?\s*(\d*\.\d+)";
    /// A variant allele fraction after a mutation: "VAF 41%", "41.2%".
    VAF = r"(?i)(?:\bVAF\b|variant allele (?:fraction|frequency)|allele (?:fraction|frequency))\s*(?:[:=]|of)?\s*(\d+(?:\.\d+)?\s*%?)|(\d+(?:\.\d+)?\s*%)";
}

/// The transcript table compiled.
static TRANSCRIPT_PATTERNS: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
    TRANSCRIPTS
        .iter()
        .map(|(pattern, name)| {
            (compile(&format!("(?i){pattern}")).expect("transcript patterns compile"), *name)
        })
        .collect()
});

/// Compiles the transcript table, for [`super::warm_up`].
pub(super) fn warm_transcripts() {
    LazyLock::force(&TRANSCRIPT_PATTERNS);
}

fn spaceless(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn first_capture(pattern: &Regex, text: &str) -> Option<String> {
    let captures = pattern.captures(text)?;
    captures.iter().skip(1).flatten().next().map(|m| spaceless(m.as_str()))
}

/// The blast percentages a clause gives.
pub(super) fn blasts(clause: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for pattern in [&*BLASTS_BEFORE, &*BLASTS_AFTER] {
        for captures in pattern.captures_iter(clause) {
            if let Some(m) = captures.get(1) {
                let value = spaceless(m.as_str());
                if !found.contains(&value) {
                    found.push(value);
                }
            }
        }
    }
    found
}

/// What a clause says about measurable residual disease: "negative", "positive (0.12%)".
pub(super) fn mrd(clause: &str, result: Option<bool>) -> Option<String> {
    let m = MRD.find(clause)?;
    let rest = &clause[m.end()..];
    let percent = regex_percent(rest);
    let word = result.map(|present| if present { "positive" } else { "negative" });
    match (word, percent) {
        (Some(word), Some(percent)) => Some(format!("{word} ({percent})")),
        (Some(word), None) => Some(word.to_string()),
        (None, Some(percent)) => Some(percent),
        (None, None) => None,
    }
}

fn regex_percent(text: &str) -> Option<String> {
    static PERCENT: LazyLock<Regex> =
        LazyLock::new(|| compile(r"[<>]?=?\s*\d{1,3}(?:\.\d+)?\s*%").expect("percent compiles"));
    PERCENT.find(text).map(|m| spaceless(m.as_str()))
}

/// BCR::ABL1 on the international scale.
pub(super) fn international_scale(clause: &str) -> Option<String> {
    first_capture(&IS_AFTER, clause).or_else(|| first_capture(&IS_BEFORE, clause)).map(|n| format!("{n}%"))
}

/// The molecular response named.
pub(super) fn response(clause: &str) -> Option<String> {
    RESPONSE.find(clause).map(|m| m.as_str().to_string())
}

/// The FLT3-ITD allelic ratio.
pub(super) fn allelic_ratio(clause: &str) -> Option<String> {
    first_capture(&RATIO, clause)
}

/// The allele fraction in a mutation's own words.
pub(super) fn allele_fraction(window: &str) -> Option<String> {
    first_capture(&VAF, window)
}

/// The BCR::ABL1 transcript a positive result names.
pub(super) fn transcript(text: &str) -> Option<&'static str> {
    TRANSCRIPT_PATTERNS.iter().find(|(pattern, _)| pattern.is_match(text)).map(|(_, name)| *name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_beside_markers() {
        assert_eq!(blasts("Blasts: 23%; 4% blasts in blood"), ["23%", "4%"]);
        assert_eq!(blasts("myeloblasts comprise approximately 12 % of cells"), ["12%"]);
        assert!(blasts("CD19 positive in 95% of blasts").is_empty());
        assert_eq!(mrd("MRD: negative (<0.01%)", Some(false)), Some("negative (<0.01%)".into()));
        assert_eq!(international_scale("BCR::ABL1/ABL1 (IS): 0.032%"), Some("0.032%".into()));
        assert_eq!(international_scale("0.12 % IS"), Some("0.12%".into()));
        assert_eq!(allelic_ratio("FLT3-ITD detected, allelic ratio 0.45"), Some("0.45".into()));
        assert_eq!(allele_fraction(" c.860_863dup p.W288fs VAF: 41.2%"), Some("41.2%".into()));
        assert_eq!(transcript("p210 (e14a2)"), Some("p210"));
    }
}
