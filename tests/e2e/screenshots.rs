//! Screenshots at desktop (1280 px) and phone (375 px) widths of the questionnaire, the
//! results and a trial page, saved under `$TM_SHOTS` (default /tmp/shots) for people to look
//! at; at phone width nothing may scroll sideways.

use std::path::PathBuf;

use crate::browser::{Browser, Launch};
use crate::dist;
use crate::flows::{answer_relapsed_flt3_aml_at_58, open_home, step};
use crate::server::StaticServer;

fn folder() -> PathBuf {
    std::env::var_os("TM_SHOTS").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("/tmp/shots"))
}

async fn no_sideways_scroll(browser: &Browser, what: &str) {
    let overflow = browser
        .execute("return document.documentElement.scrollWidth - document.documentElement.clientWidth", vec![])
        .await
        .as_i64()
        .unwrap_or(0);
    assert!(overflow <= 0, "{what} scrolls sideways by {overflow} px");
}

async fn shoot(width: u32) {
    let server = StaticServer::start(&dist());
    let mut browser =
        Browser::start(Launch { width: width.max(500), height: 1400, ..Launch::default() }).await;
    // Chromium windows are at least 500 px wide; narrower phones are emulated.
    if width < 500 {
        browser.cdp(
            "Emulation.setDeviceMetricsOverride",
            serde_json::json!({ "width": width, "height": 1400, "deviceScaleFactor": 1, "mobile": true }),
        );
    }
    let shot = |name: &str| folder().join(format!("{name}-{width}.png"));
    open_home(&mut browser, &server).await;
    let inner = browser.execute("return window.innerWidth", vec![]).await;
    assert_eq!(inner.as_u64(), Some(u64::from(width)), "the viewport is not {width} px wide");
    browser.screenshot(&shot("questionnaire")).await;
    no_sideways_scroll(&browser, "the questionnaire").await;

    // The diagnosis step with the rarer diagnoses opened.
    step(&browser, "diagnosis").await;
    browser.execute("document.querySelector('[data-testid=diagnosis-more]').open = true", vec![]).await;
    browser.execute("document.querySelector('[data-testid=step-diagnosis]').scrollIntoView()", vec![]).await;
    browser.screenshot(&shot("questionnaire-diagnosis")).await;
    no_sideways_scroll(&browser, "the diagnosis step").await;

    answer_relapsed_flt3_aml_at_58(&browser).await;
    step(&browser, "tests").await;
    browser.execute("document.querySelector('.tm-explainer').open = true", vec![]).await;
    browser.screenshot(&shot("questionnaire-markers")).await;
    no_sideways_scroll(&browser, "the marker step").await;

    browser.execute("document.querySelector('[data-testid=results]').scrollIntoView()", vec![]).await;
    browser.screenshot(&shot("results")).await;
    no_sideways_scroll(&browser, "the results").await;

    if width >= 1000 {
        browser.cdp("Emulation.setEmulatedMedia", serde_json::json!({ "media": "print" }));
        browser.execute("window.scrollTo(0, 0)", vec![]).await;
        browser.screenshot(&shot("print")).await;
        browser.cdp("Emulation.setEmulatedMedia", serde_json::json!({ "media": "" }));
    }

    browser.click("trial-link").await;
    browser.wait("checklist").await;
    browser.execute("window.scrollTo(0, 0)", vec![]).await;
    browser.screenshot(&shot("trial")).await;
    browser.execute("document.querySelector('[data-testid=eligibility]').scrollIntoView()", vec![]).await;
    browser.screenshot(&shot("trial-checklist")).await;
    no_sideways_scroll(&browser, "the trial page").await;

    browser.goto(&server.url("/browse")).await;
    browser.wait("browse-table").await;
    browser.screenshot(&shot("browse")).await;
    no_sideways_scroll(&browser, "the browse page").await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn screenshots_at_desktop_width() {
    shoot(1280).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn screenshots_at_phone_width() {
    shoot(375).await;
}
