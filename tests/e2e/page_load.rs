//! The first page load: trials are counted, and every request stays on the page's origin;
//! a missing or broken trial file shows a message instead of a blank page.

use crate::browser::{assert_all_same_origin, Browser, Launch};
use crate::server::{Canned, StaticServer};
use crate::{dist, example_count};

#[tokio::test(flavor = "multi_thread")]
async fn page_shows_example_trial_count_and_requests_only_its_origin() {
    let server = StaticServer::start(&dist());
    let mut browser = Browser::start(Launch::default()).await;
    browser.goto(&server.url("/")).await;

    assert_eq!(browser.text("trial-count").await, example_count().to_string());
    assert!(browser.text("example-notice").await.contains("example"));
    assert!(browser.text("header").await.contains("stay on this device"));

    let requests = browser.requests().await;
    assert!(
        requests.iter().any(|r| r.url.ends_with("/data/example-trials.json")),
        "trial file not fetched: {requests:#?}"
    );
    assert_all_same_origin(&requests, &server.origin);
    for request in &requests {
        assert_eq!((request.method.as_str(), &request.body), ("GET", &None), "{request:?}");
        assert!(request.headers.get("Cookie").is_none(), "{request:?}");
    }
    let seen = server.seen();
    assert!(seen.iter().all(|s| s.method == "GET" && s.body.is_empty()), "{seen:#?}");
    assert!(seen.iter().any(|s| s.path == "/data/example-trials.json"), "{seen:#?}");
    let errors = browser.console_errors();
    assert!(errors.is_empty(), "console errors: {errors:#?}");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn missing_trial_file_shows_a_message() {
    let server = StaticServer::start(&dist());
    server.set(
        "/data/example-trials.json",
        Canned { status: 404, content_type: "text/plain", body: b"gone".to_vec() },
    );
    let mut browser = Browser::start(Launch::default()).await;
    browser.goto(&server.url("/")).await;
    let message = browser.text("trials-error").await;
    assert!(message.contains("404"), "unexpected message: {message}");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn broken_trial_file_shows_a_message() {
    let server = StaticServer::start(&dist());
    server.set(
        "/data/example-trials.json",
        Canned { status: 200, content_type: "application/json", body: b"{\"studies\": [ {".to_vec() },
    );
    let mut browser = Browser::start(Launch::default()).await;
    browser.goto(&server.url("/")).await;
    let message = browser.text("trials-error").await;
    assert!(message.contains("not valid JSON"), "unexpected message: {message}");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn diagnosis_answer_is_bound_to_state() {
    let server = StaticServer::start(&dist());
    let mut browser = Browser::start(Launch::default()).await;
    browser.goto(&server.url("/")).await;
    browser.wait("trial-count").await;
    browser.click("step-link-diagnosis").await;
    browser.click("diagnosis-CML").await;
    assert_eq!(browser.text("diagnosis-echo").await, "You chose: chronic myeloid leukemia (CML)");
    browser.close().await;
}

/// A host may send COOP/COEP headers (the browser benchmark does, for precise timers): the page
/// still loads everything it needs, without console errors.
#[tokio::test(flavor = "multi_thread")]
async fn the_page_works_when_the_host_isolates_it() {
    let server = StaticServer::start(&dist());
    server.isolate();
    let mut browser = Browser::start(Launch::default()).await;
    browser.goto(&server.url("/")).await;
    assert_eq!(browser.text("trial-count").await, example_count().to_string());
    let isolated = browser.execute("return window.crossOriginIsolated;", vec![]).await;
    assert_eq!(isolated, serde_json::Value::Bool(true));
    let errors = browser.console_errors();
    assert!(errors.is_empty(), "console errors: {errors:#?}");
    browser.close().await;
}
