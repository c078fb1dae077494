//! The only module that fetches: it loads the bundled example trials from the page's own
//! origin and hands the bytes to the engine's loader. No answer is ever part of a request.

use std::sync::Arc;

use gloo_net::http::Request;
use trialmatch_core::registry::{self, LoadReport};

/// Where the example trials live, relative to the page (so hosting under a sub-path works).
pub const EXAMPLES_URL: &str = "data/example-trials.json";

/// The loaded trials and where they came from.
#[derive(Debug, Clone)]
pub struct Catalog {
    pub source: Source,
    pub report: LoadReport,
}

/// Where the current trials came from; the page says so, and shows a notice for examples.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    Examples,
}

/// Fetches and loads the bundled example trials. Errors are sentences for the page.
pub async fn fetch_examples() -> Result<Arc<Catalog>, String> {
    let response = Request::get(EXAMPLES_URL)
        .send()
        .await
        .map_err(|e| format!("The example trials could not be downloaded ({e})."))?;
    if !response.ok() {
        return Err(format!(
            "The example trials could not be downloaded (the server answered {} {}).",
            response.status(),
            response.status_text()
        ));
    }
    let bytes =
        response.binary().await.map_err(|e| format!("The example trials could not be read ({e})."))?;
    let report = registry::load(&bytes).map_err(|e| format!("The example trials could not be read. {e}"))?;
    Ok(Arc::new(Catalog { source: Source::Examples, report }))
}
