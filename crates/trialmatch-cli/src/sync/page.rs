//! Reads one page of the registry's answer: the studies exactly as sent, the token for the
//! next page, and what the engine's own loader makes of them. A page the loader cannot read
//! is refused here, before it can end up in a snapshot the app would reject.

use serde::Deserialize;
use serde_json::value::RawValue;
use trialmatch_core::registry;

/// One page, checked.
#[derive(Debug)]
pub struct Page {
    /// Each study's JSON text untouched, so the snapshot holds what the registry said.
    pub studies: Vec<Box<RawValue>>,
    pub next_page_token: Option<String>,
    /// How many of `studies` the loader skipped (no ID, wrong field types, duplicates).
    pub skipped: usize,
}

#[derive(Deserialize)]
struct WirePage {
    studies: Vec<Box<RawValue>>,
    #[serde(default, rename = "nextPageToken")]
    next_page_token: Option<String>,
}

/// Parses and checks a page's body; the error says what was wrong, as a clause.
pub fn read(body: &[u8]) -> Result<Page, String> {
    let wire: WirePage = serde_json::from_slice(body).map_err(|error| {
        if error.is_data() {
            format!("the answer is JSON but not a page of studies ({error})")
        } else {
            format!("the answer is not valid JSON ({error})")
        }
    })?;
    let report =
        registry::load(body).map_err(|error| format!("the engine's loader refused the page: {error}"))?;
    Ok(Page {
        studies: wire.studies,
        next_page_token: wire.next_page_token.filter(|token| !token.is_empty()),
        skipped: report.skipped.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_keeps_study_text_and_counts_skips() {
        let body = br#"{"studies": [
            {"protocolSection": {"identificationModule": {"nctId": "TEST-0001"}}},
            {"protocolSection": {}}
        ], "nextPageToken": "next"}"#;
        let page = read(body).unwrap();
        assert_eq!(page.studies.len(), 2);
        assert_eq!(
            page.studies[0].get(),
            r#"{"protocolSection": {"identificationModule": {"nctId": "TEST-0001"}}}"#
        );
        assert_eq!(page.next_page_token.as_deref(), Some("next"));
        assert_eq!(page.skipped, 1);
    }

    #[test]
    fn the_last_page_has_no_token() {
        let page = read(br#"{"studies": [], "nextPageToken": ""}"#).unwrap();
        assert!(page.studies.is_empty());
        assert_eq!(page.next_page_token, None);
        assert_eq!(read(br#"{"studies": []}"#).unwrap().next_page_token, None);
    }

    #[test]
    fn broken_pages_are_refused_with_a_reason() {
        let not_json = read(br#"{"studies": ["#).unwrap_err();
        assert!(not_json.starts_with("the answer is not valid JSON"), "{not_json}");
        let no_studies = read(br#"{"error": "busy"}"#).unwrap_err();
        assert!(no_studies.contains("missing field `studies`"), "{no_studies}");
        let wrong_type = read(br#"{"studies": {}}"#).unwrap_err();
        assert!(wrong_type.starts_with("the answer is JSON but not"), "{wrong_type}");
    }
}
