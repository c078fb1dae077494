//! Snapshot first: a deployment's `data/current-trials.json` (written by `trialmatch sync`) is
//! what the page shows, with its date and a notice when it is more than a week old; without
//! one, or with one that cannot be used, the page shows the example trials and says why. The
//! snapshots here are written by the tests from the bundled examples.

use serde_json::{json, Value};

use crate::browser::{Browser, Launch};
use crate::file_load::wait_for_text;
use crate::flows::{answer_relapsed_flt3_aml_at_58, counts};
use crate::server::{gzip, Canned, StaticServer};
use crate::{dist, example_count};

const SNAPSHOT_PATH: &str = "/data/current-trials.json";

/// A snapshot in `sync`'s shape holding the first `n` example studies, fetched at `fetched_at`.
pub fn snapshot(n: usize, fetched_at: &str) -> Vec<u8> {
    let examples: Value =
        serde_json::from_slice(&std::fs::read(dist().join("data/example-trials.json")).unwrap()).unwrap();
    let studies: Vec<Value> = examples["studies"].as_array().unwrap().iter().take(n).cloned().collect();
    json!({
        "snapshot": {"fetched_at": fetched_at, "query": "conditions: leukemia", "source":
            "https://clinicaltrials.gov/api/v2/studies", "pages": 1, "studies": studies.len()},
        "studies": studies,
    })
    .to_string()
    .into_bytes()
}

/// The same snapshot as `trialmatch sync` writes it: each record with its requirements read
/// ahead by this engine.
pub fn snapshot_read_ahead(n: usize, fetched_at: &str) -> Vec<u8> {
    let mut page: Value = serde_json::from_slice(&snapshot(n, fetched_at)).unwrap();
    let mut writer = trialmatch_core::reading::ahead::AheadWriter::new();
    for study in page["studies"].as_array_mut().unwrap() {
        *study = serde_json::from_str(&writer.study(&study.to_string()).unwrap()).unwrap();
    }
    page.to_string().into_bytes()
}

fn serve(server: &StaticServer, body: Vec<u8>) {
    server.set(SNAPSHOT_PATH, Canned { status: 200, content_type: "application/json", body });
}

/// Today on the browser's clock, as the page sees it.
async fn now(browser: &Browser) -> String {
    browser.execute("return new Date().toISOString()", vec![]).await.as_str().unwrap().to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_deployment_snapshot_is_shown_first_with_its_date() {
    let server = StaticServer::start(&dist());
    let mut browser = Browser::start(Launch::default()).await;
    let today = now(&browser).await;
    serve(&server, snapshot(5, &today));
    browser.goto(&server.url("/")).await;

    assert_eq!(browser.text("trial-count").await, "5");
    assert!(browser.text("trial-source").await.contains("ClinicalTrials.gov"));
    let date = browser.text("snapshot-date").await;
    assert!(date.contains(&today[..4]), "the snapshot's date is not shown: {date}");
    assert_eq!(browser.count("snapshot-stale").await, 0, "a snapshot of today is called old");
    assert_eq!(browser.count("example-notice").await, 0, "real trials are labelled as examples");
    assert_eq!(browser.count("trials-error").await, 0);
    let seen = server.seen();
    assert!(seen.iter().any(|s| s.path == SNAPSHOT_PATH), "{seen:#?}");
    // (The service worker may still fetch the examples to keep them offline: they are one of
    // the deployment's files.)
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_snapshot_older_than_a_week_says_how_old_it_is() {
    let server = StaticServer::start(&dist());
    serve(&server, snapshot(3, "2026-01-02T03:04:05Z"));
    let mut browser = Browser::start(Launch::default()).await;
    browser.goto(&server.url("/")).await;

    assert_eq!(browser.text("trial-count").await, "3");
    assert_eq!(browser.text("snapshot-date").await, "2 January 2026");
    let stale = browser.text("snapshot-stale").await;
    assert!(stale.contains("days ago"), "no age notice: {stale}");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn without_a_usable_snapshot_the_examples_are_shown_and_the_reason_given() {
    let server = StaticServer::start(&dist());
    let mut browser = Browser::start(Launch::default()).await;

    // None at all (a 404): the examples, with no error — this is the normal case of a page
    // deployed without `sync`.
    browser.goto(&server.url("/")).await;
    assert_eq!(browser.text("trial-count").await, example_count().to_string());
    assert!(browser.text("example-notice").await.contains("example"));
    assert_eq!(browser.count("trials-error").await, 0);

    // Damaged, and empty: the examples, and a sentence saying what was wrong.
    let damaged = b"{\"snapshot\": {\"fetched_at\": \"2026-12-01T00:00:00Z\"}, \"studies\": [ {".to_vec();
    for (body, expected) in [(damaged, "not valid JSON"), (snapshot(0, "2026-12-01T00:00:00Z"), "No trials")]
    {
        serve(&server, body);
        browser.goto(&server.url("/")).await;
        // The snapshot's failure is said once the examples are in.
        let message = wait_for_text(&browser, "trials-error", "shown instead").await;
        assert!(message.contains(expected), "unexpected message: {message}");
        assert!(message.contains("current trials bundled with this page"), "{message}");
        assert!(message.contains("example trials are shown instead"), "{message}");
        assert_eq!(browser.text("trial-count").await, example_count().to_string());
        assert!(browser.text("example-notice").await.contains("example"));
    }
    browser.close().await;
}

/// Over a slow connection the first results come from the trials read so far, saying so, and
/// grow to all of them when the whole snapshot has arrived.
#[tokio::test(flavor = "multi_thread")]
async fn a_large_snapshot_shows_results_while_it_downloads() {
    let server = StaticServer::start(&dist());
    let browser = Browser::start(Launch::default()).await;
    let examples = std::fs::read(dist().join("data/example-trials.json")).unwrap();
    let generated =
        trialmatch_core::synth::generate(&examples, 600, 5, trialmatch_core::synth::Shape::Compact).unwrap();
    let page: Value = serde_json::from_str(&generated).unwrap();
    // The header first, as `sync` writes it.
    let header = json!({"fetched_at": now(&browser).await, "studies": 600});
    let body = format!("{{\"snapshot\":{header},\"studies\":{}}}", page["studies"]).into_bytes();
    // Served gzipped, as docs/deploy.md sets hosts up, in about five seconds.
    let rate = gzip(&body).len() as f64 / 5.0;
    server.compress();
    serve(&server, body);
    browser.cdp("Network.enable", json!({}));
    browser.cdp(
        "Network.emulateNetworkConditions",
        json!({"offline": false, "latency": 50, "downloadThroughput": rate, "uploadThroughput": rate}),
    );
    let mut browser = browser;
    browser.goto(&server.url("/")).await;

    browser.wait("results-partial").await;
    let partial = browser.text("results-partial").await;
    assert!(partial.contains("of 600 trials"), "{partial}");
    let shown: usize = browser.text("trial-count").await.parse().unwrap();
    assert!((50..600).contains(&shown), "{shown} trials shown while downloading");
    assert!(browser.text("results-summary").await.contains("likely"));

    browser
        .wait_until(
            "document.querySelector('[data-testid=trial-count]')?.textContent.trim() === '600'
             && !document.querySelector('[data-testid=results-partial]')",
        )
        .await;
    assert_eq!(browser.count("trials-error").await, 0);
    assert_eq!(browser.count("example-notice").await, 0);
    browser.close().await;
}

/// A snapshot `sync` wrote with this engine brings every trial's requirements: the page gives
/// the same results as when it reads the criteria itself, without compiling the reader's
/// patterns (the `tm:warm-up` measure) at all.
#[tokio::test(flavor = "multi_thread")]
async fn requirements_read_ahead_give_the_same_results_without_reading() {
    let mut seen = Vec::new();
    for ahead in [false, true] {
        let server = StaticServer::start(&dist());
        let mut browser = Browser::start(Launch::default()).await;
        let today = now(&browser).await;
        let body = if ahead { snapshot_read_ahead(40, &today) } else { snapshot(40, &today) };
        serve(&server, body);
        browser.goto(&server.url("/")).await;
        browser
            .wait_until("document.querySelector('[data-testid=trial-count]')?.textContent.trim() === '40'")
            .await;
        assert_eq!(browser.count("example-notice").await, 0);
        answer_relapsed_flt3_aml_at_58(&browser).await;
        let counts = counts(&browser).await;
        let reasons = browser
            .execute(
                "return [...document.querySelectorAll('[data-testid=trial-card]')].map(c => c.textContent).join('\\n')",
                vec![],
            )
            .await;
        let warmed = browser
            .execute("return performance.getEntriesByName('tm:warm-up').length", vec![])
            .await
            .as_u64()
            .unwrap();
        // Without stored requirements the patterns compile (the measure may repeat when the
        // last trials come with the end of the file; a second warm-up compiles nothing).
        assert_eq!(warmed > 0, !ahead, "read ahead: {ahead}, warm-ups: {warmed}");
        seen.push((counts, reasons));
        browser.close().await;
    }
    assert_eq!(seen[0], seen[1]);
    // Not a trivial comparison: some trials are possible and some ruled out for this person.
    assert!(seen[0].0[1] > 0 && seen[0].0[2] > 0, "{:?}", seen[0].0);
}
