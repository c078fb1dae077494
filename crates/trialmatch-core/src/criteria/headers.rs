//! Recognises section headers, cohort sub-headers and list markers. The phrasings are data
//! (pattern tables), so a new header style is a one-line edit plus a test case.

use crate::pattern::patterns;

use super::Section;

patterns! {
    sources = header_patterns;
    warm = warm_header_patterns;
    INCLUSION = r"(?i)^(?:key |main |general |major |additional |specific |principal )?(?:inclusion|eligibility) criteri(?:a|on)\b(?u-i:[^.]){0,60}:?$|^(?:key |main )?(?:inclusion|eligibility)s?\s*:$|^(?:to be eligible|patients must (?:meet|have|be)|participants must (?:meet|have|be))(?u-i:[^.]){0,60}:$|^(?:disease|patient) characteristics\s*:?$|^prior\s*(?:/|and)?\s*concurrent therapy\s*:?$";
    /// A sub-heading back to the patient ("Recipients:") after a donor block.
    PATIENT = r"(?i)^(?:(?:inclusion|exclusion|eligibility) criteria\s*(?:-|–|for|:)?\s*(?:the )?)?(?:recipients?|patients?)(?: criteria)?\s*:$";
    /// A block about someone other than the patient: the donor of a transplant.
    OTHERS = r"(?i)^(?:(?:inclusion|exclusion|eligibility) criteria\s*(?:-|–|for|:)?\s*(?:the )?)?(?:(?:related |unrelated |sibling |haploidentical |stem cell |hla[- ]matched )?donors?)(?: eligibility| selection| criteria| inclusion criteria| exclusion criteria| evaluation)?\s*:?$";
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
    if OTHERS.is_match(text) {
        Some(Section::Others)
    } else if EXCLUSION.is_match(text) {
        Some(Section::Exclusion)
    } else if INCLUSION.is_match(text) {
        Some(Section::Inclusion)
    } else {
        None
    }
}

patterns! {
    sources = flat_patterns;
    warm = warm_flat_patterns;
    /// The headings and sub-headings of the older PDQ layout, and its dashes, when a record
    /// runs them together on a few long lines.
    PDQ_BREAK = r"(?:DISEASE CHARACTERISTICS|PATIENT CHARACTERISTICS|PRIOR CONCURRENT THERAPY|PRIOR/CONCURRENT THERAPY|Age|Performance status|Life expectancy|Hematopoietic|Hepatic|Renal|Cardiovascular|Pulmonary|Neurologic|Cardiac|Other|Biologic therapy|Chemotherapy|Endocrine therapy|Radiotherapy|Surgery|Immunotherapy|Gastrointestinal):\s|\s-\s+[A-Z(]";
}

/// Puts the headings, sub-headings and dashes of a PDQ-layout record that runs them together
/// ("DISEASE CHARACTERISTICS: … - Newly diagnosed … PATIENT CHARACTERISTICS: Age: 18 to 75
/// Performance status: …") each on a line of its own, so they section like any other record.
/// Text without the PDQ headings is returned as it is.
pub fn unflatten(text: &str) -> std::borrow::Cow<'_, str> {
    let flat = ["DISEASE CHARACTERISTICS:", "PATIENT CHARACTERISTICS:", "PRIOR CONCURRENT THERAPY:"]
        .iter()
        .any(|heading| text.contains(heading));
    if !flat {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 256);
    let mut last = 0;
    for m in PDQ_BREAK.find_iter(text) {
        // A dash between two words is a bullet; a heading starts its own line.
        let (cut, bullet) = match m.as_str().trim_start().strip_prefix('-') {
            Some(_) => (m.start() + m.as_str().find('-').unwrap_or(0), true),
            None => (m.start(), false),
        };
        if cut <= last || text[..cut].ends_with('\n') {
            continue;
        }
        out.push_str(text[last..cut].trim_end());
        out.push('\n');
        let heading = !bullet && m.as_str().chars().take(4).all(|c| c.is_ascii_uppercase());
        if heading {
            // A heading's text is its own item under it, on the next line; a sub-heading
            // ("Age: 18 to 75") stays with its text.
            let colon = m.start() + m.as_str().find(':').unwrap_or(0) + 1;
            out.push_str(&text[cut..colon]);
            out.push('\n');
            last = colon;
            continue;
        }
        last = cut;
    }
    out.push_str(&text[last..]);
    std::borrow::Cow::Owned(out)
}

/// Whether a line turns back to the patient after a donor block ("Recipients:").
pub fn is_patient_header(text: &str) -> bool {
    let text = text.trim().trim_end_matches(['*', '_']).trim_start_matches(['*', '_', '#', ' ']);
    text.len() <= 60 && PATIENT.is_match(text)
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
