//! Steps several tests share: opening the page, answering questions, reading counts.

use serde_json::Value;

use crate::browser::Browser;
use crate::server::StaticServer;

/// Opens the page and waits until the example trials are loaded.
pub async fn open_home(browser: &mut Browser, server: &StaticServer) {
    browser.goto(&server.url("/")).await;
    browser.wait("trial-count").await;
    browser.wait("count-likely").await;
}

/// Goes to a questionnaire step by its key (about, diagnosis, status, tests, surface, health, location).
pub async fn step(browser: &Browser, key: &str) {
    browser.click(&format!("step-link-{key}")).await;
    browser.wait(&format!("step-{key}")).await;
}

/// The example answers of the brief: AML, relapsed, FLT3-ITD present, 58 years old.
pub async fn answer_relapsed_flt3_aml_at_58(browser: &Browser) {
    step(browser, "diagnosis").await;
    browser.click("diagnosis-AML").await;
    step(browser, "status").await;
    browser.click("status-relapsed").await;
    step(browser, "tests").await;
    browser.click("marker-FLT3-ITD-yes").await;
    step(browser, "about").await;
    browser.type_into("age-years", "58").await;
}

/// The three group counts: likely, possible, ruled out.
pub async fn counts(browser: &Browser) -> [usize; 3] {
    let mut out = [0; 3];
    for (i, key) in ["likely", "possible", "ruled_out"].iter().enumerate() {
        out[i] = browser
            .text(&format!("count-{key}"))
            .await
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("count-{key}"));
    }
    out
}

/// Waits until the counts differ from `before`, and returns them.
pub async fn counts_change_from(browser: &Browser, before: [usize; 3]) -> [usize; 3] {
    let start = std::time::Instant::now();
    loop {
        let now = counts(browser).await;
        if now != before || start.elapsed() > std::time::Duration::from_secs(20) {
            return now;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// The `value` property of the element with this `data-testid`.
pub async fn value_of(browser: &Browser, test_id: &str) -> Value {
    browser.wait(test_id).await;
    browser
        .execute(
            "const e = document.querySelector(`[data-testid=\"${arguments[0]}\"]`); return e.type === 'radio' || e.type === 'checkbox' ? e.checked : e.value;",
            vec![Value::from(test_id)],
        )
        .await
}

/// Opens every `<details>` on the page and waits until the ruled-out list, which is built only
/// once opened, shows its entries.
pub async fn open_all_details(browser: &Browser) {
    browser.execute("document.querySelectorAll('details').forEach(d => d.open = true)", vec![]).await;
    browser
        .wait_until(
            "(() => { const count = document.querySelector('[data-testid=count-ruled_out]');
                      return !count || count.textContent.trim() === '0'
                          || document.querySelector('[data-testid=ruled-out-item]') !== null; })()",
        )
        .await;
}

/// A browser the size of a phone (375 × 812, touch-sized CSS pixels). Chromium windows are at
/// least 500 px wide, so the phone's width is emulated.
pub async fn start_phone() -> Browser {
    let browser =
        Browser::start(crate::browser::Launch { width: 500, height: 812, ..Default::default() }).await;
    browser.cdp(
        "Emulation.setDeviceMetricsOverride",
        serde_json::json!({ "width": 375, "height": 812, "deviceScaleFactor": 1, "mobile": true }),
    );
    browser
}

/// The vertical position of the top of the first element with this `data-testid`, in CSS
/// pixels from the top of the document.
pub async fn top_of(browser: &Browser, test_id: &str) -> f64 {
    browser.wait(test_id).await;
    browser
        .execute(
            "const e = document.querySelector(`[data-testid=\"${arguments[0]}\"]`);
             return e.getBoundingClientRect().top + window.scrollY;",
            vec![Value::from(test_id)],
        )
        .await
        .as_f64()
        .unwrap_or(f64::NAN)
}
