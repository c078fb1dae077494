//! Offline, and a new deployment: the page's own service worker (`assets/sw.js`) keeps the
//! deployment's files on the device, so a second visit shows the page and the same trials with
//! no network at all; a new build installs its own copy and removes the old one.

use serde_json::Value;

use crate::browser::{Browser, Launch};
use crate::server::{Canned, StaticServer};
use crate::{dist, example_count};

/// The names of the page's caches, once `expected` says they are as they should be (20 s).
async fn caches_until(browser: &Browser, expected: impl Fn(&[String]) -> bool) -> Vec<String> {
    let start = std::time::Instant::now();
    loop {
        let names =
            browser.execute_async("caches.keys().then(arguments[arguments.length - 1])", vec![]).await;
        let names: Vec<String> =
            names.as_array().into_iter().flatten().filter_map(Value::as_str).map(str::to_owned).collect();
        if expected(&names) || start.elapsed().as_secs() > 20 {
            return names;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_second_visit_shows_the_page_and_its_trials_without_a_network() {
    let server = StaticServer::start(&dist());
    let mut browser = Browser::start(Launch::default()).await;
    browser.goto(&server.url("/")).await;
    assert_eq!(browser.text("trial-count").await, example_count().to_string());
    browser.wait_until("navigator.serviceWorker.controller !== null").await;
    caches_until(&browser, |names| names.len() == 1).await;

    server.go_offline();
    browser.goto(&server.url("/")).await;
    assert_eq!(browser.text("trial-count").await, example_count().to_string());
    assert!(browser.text("example-notice").await.contains("example"));
    // An address inside the page opens too.
    browser.goto(&server.url("/browse")).await;
    browser.wait("browse-table").await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_new_deployment_replaces_the_copy_on_the_device() {
    let server = StaticServer::start(&dist());
    let mut browser = Browser::start(Launch::default()).await;
    browser.goto(&server.url("/")).await;
    browser.wait_until("navigator.serviceWorker.controller !== null").await;
    let first = caches_until(&browser, |names| names.len() == 1).await;
    assert_eq!(first.len(), 1, "{first:?}");

    // The same files under a new build name, as a new deployment's sw.js would be.
    let worker = std::fs::read_to_string(dist().join("sw.js")).unwrap();
    let renamed = worker.replace(&first[0], "tm-next-deployment");
    assert_ne!(renamed, worker, "sw.js does not name its build");
    server.set("/sw.js", Canned { status: 200, content_type: "text/javascript", body: renamed.into_bytes() });
    browser.goto(&server.url("/")).await;
    let after = caches_until(&browser, |names| names == ["tm-next-deployment"]).await;
    assert_eq!(after, ["tm-next-deployment"], "the old copy was kept");
    browser.close().await;
}
