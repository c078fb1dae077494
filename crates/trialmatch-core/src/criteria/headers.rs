//! Recognises section headers, cohort sub-headers and list markers. The phrasings are data
//! (pattern tables), so a new header style is a one-line edit plus a test case.

use crate::pattern::patterns;

use super::Section;

patterns! {
    sources = header_patterns;
    INCLUSION = r"(?i)^(?:key |main |general |major |additional |specific |principal )?(?:inclusion|eligibility) criteri(?:a|on)\b(?u-i:[^.]){0,60}:?$|^(?:key |main )?(?:inclusion|eligibility)s?\s*:$|^(?:to be eligible|patients must (?:meet|have|be)|participants must (?:meet|have|be))(?u-i:[^.]){0,60}:$";
    EXCLUSION = r"(?i)^(?:key |main |general |major |additional |specific |principal )?exclusion criteri(?:a|on)\b(?u-i:[^.]){0,60}:?$|^(?:key |main )?exclusions?\s*:$|^(?:patients|participants|subjects)(?: who (?:meet|have) any of the following| (?:must not|will be excluded|are not eligible|may not)|(?: with| meeting) any of the following)(?u-i:[^.]){0,60}:$";
    COHORT = r"(?i)^(?:for (?:patients|participants|subjects|children|adults)\b(?u:.){0,80}|(?:dose[- ])?(?:escalation|expansion)\b(?u:.){0,80}|(?:cohorts?|parts?|arms?|groups?|strat(?:um|a)|phase \d|phase [iv]+)\b(?u:.){0,80}|(?u:.){0,60}\b(?:cohort|arm|part|stratum)s?(?: [a-z0-9]{1,3})?(?: \((?u-i:[^)]){1,40}\))?(?: only)?)\s*:$";
    MARKER = r"^(?:(?u-i:[*\-•·▪◦‣–+])|o|\(?\d{1,2}[.)](?:\d{1,2}[.)]?)*|\(?[a-zA-Z][.)]|\(?(?:i{1,3}|iv|vi{0,3}|ix|x)[.)])\s+";
}

/// The section a header line opens, if it is one.
pub fn section_header(text: &str) -> Option<Section> {
    let text = text.trim().trim_end_matches(['*', '_']).trim_start_matches(['*', '_', '#', ' ']);
    if text.len() > 90 {
        return None;
    }
    if EXCLUSION.is_match(text) {
        Some(Section::Exclusion)
    } else if INCLUSION.is_match(text) {
        Some(Section::Inclusion)
    } else {
        None
    }
}

/// Whether a line is a cohort sub-header.
pub fn is_cohort_header(text: &str) -> bool {
    text.len() <= 100 && COHORT.is_match(text.trim())
}

/// Splits a list marker (`*`, `-`, `•`, `1.`, `1)`, `a.`, `iv.`) off a line.
pub fn strip_marker(text: &str) -> (bool, &str) {
    match MARKER.find(text) {
        Some(m) => (true, &text[m.end()..]),
        None => (false, text),
    }
}
