//! Screenshots at desktop (1280 px) and phone (375 px) widths of the questionnaire, the
//! results and a trial page, saved under `$TM_SHOTS` (default /tmp/shots) for people to look
//! at; at phone width nothing may scroll sideways.

use std::path::PathBuf;

use crate::browser::{Browser, Launch};
use crate::dist;
use crate::flows::{answer_relapsed_flt3_aml_at_58, open_home, start_phone, step, top_of};
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

/// Where the first question and the results start on a phone, in CSS pixels from the top of
/// the page: the scroll distances a person travels. Printed for the closing notes.
async fn distances(browser: &Browser, journey: &str) -> (f64, f64) {
    let question = browser
        .execute("return document.querySelector('.tm-step .tm-question').getBoundingClientRect().top + window.scrollY", vec![])
        .await
        .as_f64()
        .unwrap_or(f64::NAN);
    let results = top_of(browser, "results").await;
    let card = browser
        .execute(
            "const c = document.querySelector('[data-testid=trial-card]'); return c ? c.getBoundingClientRect().height : 0;",
            vec![],
        )
        .await
        .as_f64()
        .unwrap_or(0.0);
    eprintln!(
        "{journey}: first question at {question:.0} px, results at {results:.0} px, first card {card:.0} px tall (screen 812 px)"
    );
    (question, results)
}

/// Shoots one moment of a phone journey: the screen as the person sees it.
async fn shoot_phone(browser: &Browser, name: &str) {
    browser.screenshot(&folder().join(format!("journey-{name}-375.png"))).await;
    no_sideways_scroll(browser, name).await;
}

/// The three journeys of the phone issue, on a 375 × 812 phone: each ends at its results
/// through the results bar, with the first question on the first screen.
#[tokio::test(flavor = "multi_thread")]
async fn three_journeys_on_a_phone() {
    let server = StaticServer::start(&dist());
    let mut browser = start_phone().await;
    let key = |k: &str| format!("{k}{}", fantoccini::key::Key::Enter);

    // A 67-year-old with relapsed FLT3-ITD AML in Houston.
    open_home(&mut browser, &server).await;
    let (question, _) = distances(&browser, "AML, 67, Houston").await;
    assert!(question < 812.0, "the first question starts below the first screen, at {question} px");
    shoot_phone(&browser, "aml-start").await;
    browser.type_into("age-years", "67").await;
    step(&browser, "diagnosis").await;
    browser.click("diagnosis-AML").await;
    step(&browser, "status").await;
    browser.click("status-relapsed").await;
    step(&browser, "tests").await;
    browser.click("marker-FLT3-ITD-yes").await;
    step(&browser, "location").await;
    browser.type_into("location-input", &key("Houston")).await;
    browser
        .wait_until(
            "document.querySelector('[data-testid=location-current]').textContent.includes('Houston')",
        )
        .await;
    shoot_phone(&browser, "aml-location").await;
    browser.click("see-results").await;
    browser.wait("nearest-site").await;
    shoot_phone(&browser, "aml-results").await;
    distances(&browser, "AML, 67, Houston (answered)").await;

    // A parent of a newly diagnosed 6-year-old with B-ALL, unsure of most markers.
    browser.goto(&server.url("/")).await;
    browser.wait("count-likely").await;
    browser.type_into("age-years", "6").await;
    step(&browser, "diagnosis").await;
    browser.click("diagnosis-B-ALL").await;
    step(&browser, "status").await;
    browser.click("status-newly_diagnosed").await;
    browser.wait("no-prior-questions").await;
    shoot_phone(&browser, "child-status").await;
    step(&browser, "health").await;
    browser.click("ecog-0").await;
    shoot_phone(&browser, "child-health").await;
    browser.click("results-bar-see").await;
    browser.wait_until("document.activeElement.id === 'tm-results-title'").await;
    shoot_phone(&browser, "child-results").await;
    distances(&browser, "B-ALL, 6").await;

    // A nurse navigator: checks where the trials come from, answers for a patient with CML
    // after two TKIs, and opens a trial to read its checklist.
    browser.goto(&server.url("/")).await;
    browser.wait("count-likely").await;
    browser.click("data-toggle").await;
    shoot_phone(&browser, "nurse-data").await;
    browser.click("data-toggle").await;
    browser.type_into("age-years", "52").await;
    step(&browser, "diagnosis").await;
    browser.click("diagnosis-CML").await;
    browser.click("cml-phase-chronic").await;
    step(&browser, "status").await;
    browser.click("status-relapsed").await;
    browser.type_into("tki-count", "2").await;
    browser.click("results-bar-see").await;
    browser.wait_until("document.activeElement.id === 'tm-results-title'").await;
    shoot_phone(&browser, "nurse-results").await;
    distances(&browser, "CML, nurse").await;
    browser.click("trial-link").await;
    browser.wait("checklist").await;
    browser.wait_until("document.activeElement.tagName === 'H1'").await;
    shoot_phone(&browser, "nurse-trial").await;
    browser.close().await;
}
