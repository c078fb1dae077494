//! "Get current trials from ClinicalTrials.gov" when the registry cannot be reached (always,
//! in tests): a plain-words fallback, the example data kept, and a request holding only the
//! fixed condition query — never an answer.

use crate::browser::{Browser, Launch};
use crate::flows::{answer_relapsed_flt3_aml_at_58, open_home};
use crate::server::StaticServer;
use crate::{dist, example_count};

/// The only query the page may send: condition words and statuses, nothing from the answers.
const LIVE_QUERY: [(&str, &str); 4] = [
    ("format", "json"),
    ("pageSize", "200"),
    ("query.cond", "leukemia"),
    ("filter.overallStatus", "RECRUITING,NOT_YET_RECRUITING"),
];

/// Splits a URL into its address and decoded query pairs.
fn split(url: &str) -> (String, Vec<(String, String)>) {
    let (address, query) = url.split_once('?').unwrap_or((url, ""));
    let decode = |s: &str| {
        let bytes = s.replace('+', " ").into_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' && i + 2 < bytes.len() {
                if let Ok(b) = u8::from_str_radix(std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or(""), 16)
                {
                    out.push(b);
                    i += 3;
                    continue;
                }
            }
            out.push(bytes[i]);
            i += 1;
        }
        String::from_utf8_lossy(&out).into_owned()
    };
    let pairs = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect();
    (address.to_owned(), pairs)
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unreachable_registry_explains_the_download_and_keeps_the_examples() {
    let server = StaticServer::start(&dist());
    let mut browser = Browser::start(Launch { block_outside_hosts: true, ..Launch::default() }).await;
    open_home(&mut browser, &server).await;
    answer_relapsed_flt3_aml_at_58(&browser).await;

    browser.click("load-panel-toggle").await;
    browser.click("fetch-live").await;
    let error = browser.text("trials-error").await;
    assert!(error.contains("could not be reached") && error.contains("still in use"), "{error}");
    let fallback = browser.text("live-fallback").await;
    assert!(fallback.contains("Download") && fallback.contains("JSON"), "{fallback}");
    assert_eq!(browser.text("trial-count").await, example_count().to_string());
    assert!(browser.text("example-notice").await.contains("example"));

    let requests = browser.requests().await;
    let outside: Vec<_> = requests
        .iter()
        .filter(|r| {
            !(r.url.starts_with(&server.origin) || r.url.starts_with("data:") || r.url.starts_with("blob:"))
        })
        .collect();
    assert!(!outside.is_empty(), "the registry was never asked");
    let expected: Vec<(String, String)> =
        LIVE_QUERY.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    for request in outside {
        let (address, query) = split(&request.url);
        assert_eq!(address, "https://clinicaltrials.gov/api/v2/studies", "{}", request.url);
        assert_eq!(query, expected, "the registry query holds more than condition words: {}", request.url);
        assert_eq!((request.method.as_str(), &request.body), ("GET", &None));
        assert!(
            request.headers.get("Cookie").is_none()
                && request.headers.get("Referer").and_then(|r| r.as_str()).unwrap_or_default().is_empty(),
            "{request:?}"
        );
    }
    browser.close().await;
}
