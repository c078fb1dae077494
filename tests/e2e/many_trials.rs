//! Thousands of trials: a generated file of 2,000 loads through the file input, every trial
//! lands in exactly one group, each group shows its first cards, and "Show more" reveals the
//! rest, so no trial is out of reach.

use serde_json::Value;

use crate::browser::{Browser, Launch, TempDir};
use crate::dist;
use crate::flows::{counts, open_home};
use crate::server::StaticServer;

const TRIALS: usize = 2_000;

async fn shown(browser: &Browser, group: &str, item: &str) -> usize {
    let script = format!(
        "return document.querySelectorAll('[data-testid=group-{group}] [data-testid={item}]').length;"
    );
    browser.execute(&script, vec![]).await.as_u64().unwrap_or(0) as usize
}

/// "N trials hidden by the filters." of a group, or 0.
async fn hidden(browser: &Browser, group: &str) -> usize {
    let script = format!("return document.querySelector('[data-testid=hidden-{group}]')?.textContent ?? '';");
    let text = browser.execute(&script, vec![]).await;
    text.as_str().and_then(|t| t.split_whitespace().next()).and_then(|n| n.parse().ok()).unwrap_or(0)
}

#[tokio::test(flavor = "multi_thread")]
async fn two_thousand_trials_load_and_every_one_can_be_shown() {
    let examples =
        std::fs::read(std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/example-trials.json"))
            .unwrap();
    let folder = TempDir::new("tm-many");
    let file = folder.path.join("generated.json");
    std::fs::write(
        &file,
        trialmatch_core::synth::generate(&examples, TRIALS, 7, trialmatch_core::synth::Shape::Compact)
            .unwrap(),
    )
    .unwrap();

    let server = StaticServer::start(&dist());
    let mut browser = Browser::start(Launch::default()).await;
    open_home(&mut browser, &server).await;
    browser.click("load-panel-toggle").await;
    let input = browser.wait("trial-file").await;
    input.send_keys(file.to_str().unwrap()).await.unwrap();
    browser
        .wait_until(&format!(
            "document.querySelector('[data-testid=trial-count]')?.textContent.trim() === '{TRIALS}'"
        ))
        .await;
    browser.wait("trials-done").await;

    // With no answers nothing is ruled out; every trial is in one group or hidden by the default
    // filters (which say so).
    let [likely, possible, ruled_out] = counts(&browser).await;
    assert_eq!(ruled_out, 0);
    let hidden = hidden(&browser, "likely").await + hidden(&browser, "possible").await;
    assert_eq!(likely + possible + hidden, TRIALS, "every trial is in exactly one group or hidden");
    let page = shown(&browser, "possible", "trial-card").await;
    assert!(page > 0 && page < possible, "{page} of {possible} cards shown at first");

    // "Show more" until every possible trial is on the page.
    let mut clicks = 0;
    while shown(&browser, "possible", "trial-card").await < possible {
        browser.click("more-possible").await;
        clicks += 1;
        assert!(clicks <= possible / page + 1, "Show more stopped adding cards");
    }
    assert_eq!(shown(&browser, "possible", "trial-card").await, possible);
    assert_eq!(browser.count("more-possible").await, 0, "the button goes once all are shown");

    // Answers that rule trials out move them to the ruled-out list, which can also be shown whole.
    browser.click("step-link-diagnosis").await;
    browser.click("diagnosis-CML").await;
    browser
        .wait_until("Number(document.querySelector('[data-testid=count-ruled_out]').textContent) > 0")
        .await;
    let [_, _, ruled_out] = counts(&browser).await;
    browser
        .execute("document.querySelector('[data-testid=group-ruled_out]').open = true;", vec![Value::Null])
        .await;
    let mut clicks = 0;
    while shown(&browser, "ruled_out", "ruled-out-item").await < ruled_out {
        browser.click("more-ruled_out").await;
        clicks += 1;
        assert!(clicks <= ruled_out, "Show more stopped adding ruled-out trials");
    }
    assert_eq!(shown(&browser, "ruled_out", "ruled-out-item").await, ruled_out);
    browser.close().await;
}
