//! Loading trials from a file on the device: the file input and drag-and-drop, counts and
//! skipped records with reasons, and refusals (too large, not JSON) that keep the trials.

use serde_json::Value;

use crate::browser::{assert_all_same_origin, Browser, Launch, TempDir};
use crate::flows::open_home;
use crate::server::StaticServer;
use crate::{dist, example_count};

/// A small API page: two good studies and one without an ID.
const API_PAGE: &str = r#"{"studies": [
  {"protocolSection": {
    "identificationModule": {"nctId": "NCT01234567", "briefTitle": "A file study of AML"},
    "statusModule": {"overallStatus": "RECRUITING", "lastUpdatePostDateStruct": {"date": "2026-01-02"}},
    "conditionsModule": {"conditions": ["Acute Myeloid Leukemia"]},
    "eligibilityModule": {"eligibilityCriteria": "Inclusion Criteria:\n\n* Age 18 years or older\n* Relapsed AML", "minimumAge": "18 Years"}
  }},
  {"protocolSection": {
    "identificationModule": {"nctId": "NCT07654321", "briefTitle": "A file study of CML"},
    "statusModule": {"overallStatus": "NOT_YET_RECRUITING"},
    "conditionsModule": {"conditions": ["Chronic Myeloid Leukemia"]}
  }},
  {"protocolSection": {"identificationModule": {"briefTitle": "A record without an ID"}}}
]}"#;

pub async fn text_content(browser: &Browser, test_id: &str) -> String {
    browser
        .execute(
            "return [...document.querySelectorAll(`[data-testid=\"${arguments[0]}\"]`)].map(e => e.textContent).join('\\n')",
            vec![Value::from(test_id)],
        )
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

pub async fn wait_for_text(browser: &Browser, test_id: &str, wanted: &str) -> String {
    let start = std::time::Instant::now();
    loop {
        let text = text_content(browser, test_id).await;
        if text.contains(wanted) || start.elapsed() > std::time::Duration::from_secs(20) {
            return text;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_chosen_file_is_read_on_the_device_with_skipped_reasons() {
    let folder = TempDir::new("tm-file");
    let good = folder.path.join("studies.json");
    std::fs::write(&good, API_PAGE).unwrap();
    let big = folder.path.join("too-big.json");
    std::fs::write(&big, vec![b' '; trialmatch_core::registry::MAX_FILE_BYTES + 1]).unwrap();
    let broken = folder.path.join("broken.json");
    std::fs::write(&broken, "{\"studies\": [ {").unwrap();
    let csv = folder.path.join("ctg-studies.csv");
    std::fs::write(&csv, "NCT Number,Study Title,Study Status\nNCT00000001,A made-up study,RECRUITING\n")
        .unwrap();

    let server = StaticServer::start(&dist());
    let mut browser = Browser::start(Launch::default()).await;
    open_home(&mut browser, &server).await;
    browser.click("load-panel-toggle").await;
    // How to get such a file is next to the picker, not only after a failed live download.
    browser.click("download-how").await;
    assert!(text_content(&browser, "download-how").await.contains("JSON file format"));
    let input = browser.wait("trial-file").await;
    input.send_keys(good.to_str().unwrap()).await.unwrap();

    assert_eq!(wait_for_text(&browser, "trial-count", "2").await, "2");
    assert_eq!(text_content(&browser, "skipped-count").await, "1");
    assert!(text_content(&browser, "skipped-reason").await.contains("nctId"));
    assert!(text_content(&browser, "trial-source").await.contains("studies.json"));
    assert!(browser.text("trials-done").await.contains("1 record was skipped"));
    assert_eq!(browser.count("example-notice").await, 0, "the example notice stayed with a real file");

    // A file over the limit is refused before reading; the trials stay.
    let input = browser.wait("trial-file").await;
    input.send_keys(big.to_str().unwrap()).await.unwrap();
    let error = wait_for_text(&browser, "trials-error", "MB").await;
    assert!(error.contains("40 MB") && error.contains("still in use"), "{error}");
    assert_eq!(text_content(&browser, "trial-count").await, "2");

    // A broken file says why; the trials stay.
    let input = browser.wait("trial-file").await;
    input.send_keys(broken.to_str().unwrap()).await.unwrap();
    let error = wait_for_text(&browser, "trials-error", "not valid JSON").await;
    assert!(error.contains("not valid JSON"), "{error}");
    assert_eq!(text_content(&browser, "trial-count").await, "2");

    // A CSV export is named as one, with what to download instead; the trials stay.
    let input = browser.wait("trial-file").await;
    input.send_keys(csv.to_str().unwrap()).await.unwrap();
    let error = wait_for_text(&browser, "trials-error", "CSV").await;
    assert!(error.contains("JSON file format") && error.contains("still in use"), "{error}");
    assert_eq!(text_content(&browser, "trial-count").await, "2");

    // A real NCT ID links to the registry.
    browser.goto(&server.url("/trial/NCT01234567")).await;
    // A fresh page load starts with the examples again (nothing is stored).
    assert!(browser.text("trial-missing").await.contains("NCT01234567"));

    let requests = browser.requests().await;
    assert_all_same_origin(&requests, &server.origin);
    assert!(server.seen().iter().all(|s| s.method == "GET" && s.body.is_empty()));
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_dropped_file_is_loaded_and_real_trials_link_to_the_registry() {
    let server = StaticServer::start(&dist());
    let mut browser = Browser::start(Launch::default()).await;
    open_home(&mut browser, &server).await;
    browser.click("load-panel-toggle").await;
    browser.wait("drop-zone").await;
    browser
        .execute(
            "const data = new DataTransfer();
             data.items.add(new File([arguments[0]], 'dropped.json', {type: 'application/json'}));
             const zone = document.querySelector('[data-testid=drop-zone]');
             zone.dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true}));",
            vec![Value::from(API_PAGE)],
        )
        .await;
    assert_eq!(wait_for_text(&browser, "trial-count", "2").await, "2");
    assert!(text_content(&browser, "trial-source").await.contains("dropped.json"));

    browser.click("trial-link").await;
    let link = browser.wait("registry-link").await;
    let href = link.attr("href").await.unwrap().unwrap_or_default();
    assert!(href.starts_with("https://clinicaltrials.gov/study/NCT"), "{href}");
    browser.close().await;
}

/// A chosen file is still there after a reload only when the person asked to be remembered
/// (ticking the box after choosing counts); forgetting erases it, and without the tick a reload
/// shows the page's own trials.
#[tokio::test(flavor = "multi_thread")]
async fn a_chosen_file_survives_a_reload_only_when_remembered() {
    let folder = TempDir::new("tm-file");
    let good = folder.path.join("studies.json");
    std::fs::write(&good, API_PAGE).unwrap();
    let server = StaticServer::start(&dist());
    let mut browser = Browser::start(Launch::default()).await;
    let examples = example_count().to_string();

    open_home(&mut browser, &server).await;
    choose(&browser, &good).await;
    browser.goto(&server.url("/")).await;
    assert_eq!(wait_for_text(&browser, "trial-count", &examples).await, examples, "kept without the tick");

    choose(&browser, &good).await;
    browser.click("remember-answers").await;
    browser
        .wait_until_within(
            "localStorage.getItem('trialmatch.file.v1') !== null",
            std::time::Duration::from_secs(10),
        )
        .await;
    browser.goto(&server.url("/")).await;
    assert_eq!(wait_for_text(&browser, "trial-count", "2").await, "2", "not kept with the tick");
    assert!(text_content(&browser, "trial-source").await.contains("studies.json"));

    browser.click("forget-answers").await;
    browser.goto(&server.url("/")).await;
    assert_eq!(wait_for_text(&browser, "trial-count", &examples).await, examples, "kept after forgetting");
    browser.close().await;
}

/// Chooses `file` in the trial data panel and waits for its two trials.
async fn choose(browser: &Browser, file: &std::path::Path) {
    browser.click("load-panel-toggle").await;
    browser.wait("trial-file").await.send_keys(file.to_str().unwrap()).await.unwrap();
    assert_eq!(wait_for_text(browser, "trial-count", "2").await, "2");
}
