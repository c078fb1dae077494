//! Accessibility: axe-core (installed by scripts/setup.sh's `ensure_axe`) runs in the page
//! on the questionnaire, the results, the trial page and the other routes, at desktop width
//! and at phone width; no serious or critical violation is allowed.

use crate::browser::{Browser, Launch};
use crate::dist;
use crate::flows::{answer_relapsed_flt3_aml_at_58, open_all_details, open_home, start_phone, step};
use crate::server::StaticServer;

fn axe_source() -> String {
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join(".tools/axe/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("{} is missing ({e}): run `source scripts/setup.sh && ensure_axe`", path.display())
    })
}

/// Runs axe on the current page and returns the serious and critical violations as lines.
async fn serious_violations(browser: &Browser, axe: &str) -> Vec<String> {
    browser.execute(axe, vec![]).await;
    let result = browser
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { resultTypes: ['violations'] })
               .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                   nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ': ' + n.failureSummary) }))))
               .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));",
            vec![],
        )
        .await;
    let violations = result.as_array().cloned().unwrap_or_else(|| panic!("axe did not run: {result}"));
    eprintln!("axe: {} violation kinds of any impact", violations.len());
    violations
        .into_iter()
        .filter(|v| matches!(v["impact"].as_str(), Some("serious" | "critical")))
        .map(|v| format!("{} ({}): {} {}", v["id"], v["impact"], v["help"], v["nodes"]))
        .collect()
}

async fn check(browser: &Browser, axe: &str, what: &str, failures: &mut Vec<String>) {
    for violation in serious_violations(browser, axe).await {
        failures.push(format!("{what}: {violation}"));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn no_serious_or_critical_axe_violations_at_1280_px() {
    every_view(Browser::start(Launch::default()).await).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn no_serious_or_critical_axe_violations_at_375_px() {
    every_view(start_phone().await).await;
}

async fn every_view(mut browser: Browser) {
    let axe = axe_source();
    let server = StaticServer::start(&dist());
    let mut failures = Vec::new();

    open_home(&mut browser, &server).await;
    check(&browser, &axe, "questionnaire (first step) and results", &mut failures).await;
    answer_relapsed_flt3_aml_at_58(&browser).await;
    for key in ["diagnosis", "status", "tests", "surface", "health", "location"] {
        step(&browser, key).await;
        check(&browser, &axe, &format!("questionnaire step {key}"), &mut failures).await;
    }
    open_all_details(&browser).await;
    check(&browser, &axe, "results with every <details> open", &mut failures).await;
    // The "nothing fits" view: a diagnosis none of the example trials is for.
    step(&browser, "diagnosis").await;
    browser.execute("document.querySelector('[data-testid=diagnosis-more]').open = true", vec![]).await;
    browser.click("diagnosis-HCL").await;
    browser.wait("nothing-fits").await;
    check(&browser, &axe, "nothing fits", &mut failures).await;
    browser.click("diagnosis-AML").await;
    browser.click("share-button").await;
    browser.wait("share-link").await;
    check(&browser, &axe, "share link", &mut failures).await;

    browser.click("trial-link").await;
    browser.wait("checklist").await;
    browser.execute("document.querySelectorAll('details').forEach(d => d.open = true)", vec![]).await;
    check(&browser, &axe, "trial page", &mut failures).await;

    for path in ["/browse", "/learn", "/drug/venetoclax"] {
        browser.goto(&server.url(path)).await;
        browser.wait("header").await;
        browser.wait_until("document.querySelector('main h1') !== null").await;
        check(&browser, &axe, path, &mut failures).await;
    }
    assert!(failures.is_empty(), "axe found serious or critical violations:\n{}", failures.join("\n"));
    browser.close().await;
}
