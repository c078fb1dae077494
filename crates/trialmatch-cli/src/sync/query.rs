//! Which slice of ClinicalTrials.gov a sync asks for, and how that becomes the API v2 query
//! string: the defaults (blood cancers that are or will be enrolling) and the field list live
//! here so the request and the snapshot's description cannot drift apart.

pub const DEFAULT_BASE_URL: &str = "https://clinicaltrials.gov";
pub const DEFAULT_CONDITION: &str = "leukemia OR myelodysplastic syndrome";
pub const DEFAULT_STATUSES: &[&str] =
    &["RECRUITING", "NOT_YET_RECRUITING", "ENROLLING_BY_INVITATION", "ACTIVE_NOT_RECRUITING"];
/// The largest page the API serves; fewer, bigger pages mean fewer requests against the limit.
pub const MAX_PAGE_SIZE: u32 = 1000;

/// Only the modules the engine reads. Results, documents and most derived data are left out,
/// which keeps a thousand-study page well under the size the loader accepts.
pub const FIELDS: &[&str] = &[
    "protocolSection.identificationModule",
    "protocolSection.statusModule",
    "protocolSection.sponsorCollaboratorsModule",
    "protocolSection.descriptionModule.briefSummary",
    "protocolSection.conditionsModule",
    "protocolSection.designModule",
    "protocolSection.armsInterventionsModule",
    "protocolSection.eligibilityModule",
    "protocolSection.contactsLocationsModule",
    "derivedSection.conditionBrowseModule",
];

/// Every value the API accepts for `filter.overallStatus`; anything else would only come back
/// as a 400 after the rate-limit wait, so it is refused up front.
const KNOWN_STATUSES: &[&str] = &[
    "ACTIVE_NOT_RECRUITING",
    "COMPLETED",
    "ENROLLING_BY_INVITATION",
    "NOT_YET_RECRUITING",
    "RECRUITING",
    "SUSPENDED",
    "TERMINATED",
    "WITHDRAWN",
    "AVAILABLE",
    "NO_LONGER_AVAILABLE",
    "TEMPORARILY_NOT_AVAILABLE",
    "APPROVED_FOR_MARKETING",
    "WITHHELD",
    "UNKNOWN",
];

/// One sync's request, minus the page token that changes from page to page.
#[derive(Debug, Clone, PartialEq)]
pub struct Query {
    /// Scheme and host, without a trailing slash: `https://clinicaltrials.gov`.
    pub base_url: String,
    pub conditions: Vec<String>,
    pub statuses: Vec<String>,
    pub page_size: u32,
}

impl Query {
    /// The studies endpoint, also recorded as the snapshot's `source`.
    pub fn endpoint(&self) -> String {
        format!("{}/api/v2/studies", self.base_url)
    }

    /// The conditions as one search expression. The registry's search syntax binds AND (the
    /// space between words) tighter than OR, so "acute myeloid leukemia OR MDS" needs no
    /// parentheses.
    pub fn condition(&self) -> String {
        self.conditions.join(" OR ")
    }

    /// The query parameters for one page; the client percent-encodes them.
    pub fn params(&self, page_token: Option<&str>) -> Vec<(&'static str, String)> {
        let mut params = vec![
            ("format", "json".to_owned()),
            ("pageSize", self.page_size.to_string()),
            ("query.cond", self.condition()),
            ("filter.overallStatus", self.statuses.join(",")),
            ("fields", FIELDS.join(",")),
        ];
        if let Some(token) = page_token {
            params.push(("pageToken", token.to_owned()));
        }
        params
    }

    /// The snapshot's `query`: what a person needs to know to tell two snapshots apart.
    pub fn describe(&self) -> String {
        format!("conditions: {}; statuses: {}", self.condition(), self.statuses.join(", "))
    }
}

/// Reads a `--status` list such as `recruiting, not yet recruiting` into the API's names.
pub fn parse_statuses(list: &str) -> Result<Vec<String>, String> {
    let mut statuses = Vec::new();
    for item in list.split(',') {
        let name = item.trim().to_ascii_uppercase().replace([' ', '-'], "_");
        if name.is_empty() {
            continue;
        }
        if !KNOWN_STATUSES.contains(&name.as_str()) {
            return Err(format!("unknown status '{}' (known: {})", item.trim(), KNOWN_STATUSES.join(", ")));
        }
        if !statuses.contains(&name) {
            statuses.push(name);
        }
    }
    if statuses.is_empty() {
        return Err("needs at least one status".into());
    }
    Ok(statuses)
}

/// Accepts `http://` (the tests' local server) and `https://` (the registry) addresses.
pub fn parse_base_url(url: &str) -> Result<String, String> {
    let trimmed = url.trim().trim_end_matches('/');
    let host = trimmed.strip_prefix("https://").or_else(|| trimmed.strip_prefix("http://"));
    match host {
        Some(host) if !host.is_empty() && !host.contains(['?', '#', ' ']) => Ok(trimmed.to_owned()),
        _ => Err(format!(
            "--base-url: '{url}' is not an http:// or https:// address such as {DEFAULT_BASE_URL}"
        )),
    }
}

pub fn parse_page_size(text: &str) -> Result<u32, String> {
    match text.trim().parse::<u32>() {
        Ok(n) if (1..=MAX_PAGE_SIZE).contains(&n) => Ok(n),
        _ => Err(format!("'{text}' is not a whole number from 1 to {MAX_PAGE_SIZE}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query() -> Query {
        Query {
            base_url: DEFAULT_BASE_URL.into(),
            conditions: vec!["acute myeloid leukemia".into(), "MDS".into()],
            statuses: vec!["RECRUITING".into(), "NOT_YET_RECRUITING".into()],
            page_size: 1000,
        }
    }

    #[test]
    fn first_page_has_no_token_and_later_pages_do() {
        let first = query().params(None);
        assert_eq!(
            first[..4],
            [
                ("format", "json".to_owned()),
                ("pageSize", "1000".to_owned()),
                ("query.cond", "acute myeloid leukemia OR MDS".to_owned()),
                ("filter.overallStatus", "RECRUITING,NOT_YET_RECRUITING".to_owned()),
            ]
        );
        assert!(first.iter().all(|(name, _)| *name != "pageToken"));
        let later = query().params(Some("abc"));
        assert_eq!(later.last(), Some(&("pageToken", "abc".to_owned())));
    }

    #[test]
    fn fields_name_modules_by_their_api_paths() {
        let params = query().params(None);
        let fields = &params.iter().find(|(n, _)| *n == "fields").unwrap().1;
        assert!(fields.starts_with("protocolSection.identificationModule,"));
        assert!(fields.ends_with(",derivedSection.conditionBrowseModule"));
        assert_eq!(fields.split(',').count(), 10);
    }

    #[test]
    fn describe_names_conditions_and_statuses() {
        assert_eq!(
            query().describe(),
            "conditions: acute myeloid leukemia OR MDS; statuses: RECRUITING, NOT_YET_RECRUITING"
        );
        assert_eq!(query().endpoint(), "https://clinicaltrials.gov/api/v2/studies");
    }

    #[test]
    fn statuses_are_normalized_and_checked() {
        assert_eq!(
            parse_statuses("recruiting, not yet recruiting,,RECRUITING").unwrap(),
            ["RECRUITING", "NOT_YET_RECRUITING"]
        );
        assert_eq!(parse_statuses("enrolling-by-invitation").unwrap(), ["ENROLLING_BY_INVITATION"]);
        assert!(parse_statuses("RECRUITNG").unwrap_err().contains("'RECRUITNG'"));
        assert!(parse_statuses(" , ").is_err());
    }

    #[test]
    fn base_urls_and_page_sizes_are_checked() {
        assert_eq!(parse_base_url("http://127.0.0.1:8080/").unwrap(), "http://127.0.0.1:8080");
        assert!(parse_base_url("clinicaltrials.gov").is_err());
        assert!(parse_base_url("https://").is_err());
        assert_eq!(parse_page_size("2"), Ok(2));
        assert!(parse_page_size("0").is_err());
        assert!(parse_page_size("1001").is_err());
        assert!(parse_page_size("ten").is_err());
    }
}
