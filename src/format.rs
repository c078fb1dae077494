//! Small text helpers shared by the views: capitalisation, outcome glyphs, links, dates.

use trialmatch_core::matching::Mark;

/// "acute myeloid leukemia (AML)" → "Acute myeloid leukemia (AML)".
pub fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The glyph, the words for screen readers and the CSS modifier of a reason's mark.
pub fn mark(mark: Mark) -> (&'static str, &'static str, &'static str) {
    match mark {
        Mark::Fits => ("✓", "Fits:", "met"),
        Mark::DoesNotFit => ("✗", "Does not fit:", "not-met"),
        Mark::Check => ("!", "Check with the study team:", "check"),
        Mark::NotKnown => ("?", "Not known yet:", "unknown"),
    }
}

/// Whether an ID is a real ClinicalTrials.gov ID (NCT and eight digits).
pub fn is_nct_id(id: &str) -> bool {
    id.len() == 11 && id.starts_with("NCT") && id[3..].bytes().all(|b| b.is_ascii_digit())
}

/// The registry page of a real trial.
pub fn registry_url(id: &str) -> Option<String> {
    is_nct_id(id).then(|| format!("https://clinicaltrials.gov/study/{id}"))
}

thread_local! {
    /// The router base ("" at the root of a domain, "/trials" under a sub-path), read once.
    static BASE: String = crate::device::router_base();
}

/// A link to an in-app path ("/browse"), under the router base: leptos_router's `<A>` does
/// not add the base to absolute paths itself.
pub fn href(path: &str) -> String {
    BASE.with(|base| format!("{base}{path}"))
}

/// The in-app link of a trial page.
pub fn trial_path(id: &str) -> String {
    href(&format!("/trial/{}", js_sys::encode_uri_component(id)))
}

/// The key under which a drug is listed: its name in lower case, spaces collapsed.
pub fn drug_key(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// The in-app link of a drug page.
pub fn drug_path(name: &str) -> String {
    href(&format!("/drug/{}", js_sys::encode_uri_component(&drug_key(name))))
}

/// "1 trial" / "3 trials".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "10,000": a number with thousands separators, for progress messages.
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// Days from the date `from` (YYYY-MM-DD) to today on this device, when `from` is a date.
pub fn days_since(from: &str) -> Option<i64> {
    let then = js_sys::Date::parse(from);
    (!then.is_nan()).then(|| ((js_sys::Date::now() - then) / 86_400_000.0).floor() as i64)
}

/// A date (YYYY-MM-DD) as people write it: "3 December 2026".
pub fn long_date(date: &str) -> String {
    #[derive(serde::Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Options {
        day: &'static str,
        month: &'static str,
        year: &'static str,
        time_zone: &'static str,
    }
    let options = Options { day: "numeric", month: "long", year: "numeric", time_zone: "UTC" };
    let parsed = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(date));
    match serde_wasm_bindgen::to_value(&options) {
        Ok(options) if !parsed.get_time().is_nan() => parsed.to_locale_date_string("en-GB", &options).into(),
        _ => date.to_owned(),
    }
}
