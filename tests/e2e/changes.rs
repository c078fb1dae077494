//! What changed since the last visit: with "remember" ticked, a visit with a newer snapshot
//! lists new trials that fit, status changes and new sites near the person, until newer data
//! comes; "Forget my answers" erases the record, and without the tick nothing is kept or shown.

use serde_json::{json, Value};

use crate::browser::{Browser, Launch};
use crate::dist;
use crate::file_load::text_content;
use crate::flows::{open_home, step};
use crate::server::{Canned, StaticServer};

const HOUSTON: &str = "Houston, Texas, United States";

fn site(facility: &str, city: &str, state: &str, lat: f64, lon: f64) -> Value {
    json!({"facility": facility, "city": city, "state": state, "country": "United States",
           "geoPoint": {"lat": lat, "lon": lon}})
}

fn study(id: &str, title: &str, status: &str, sites: Vec<Value>) -> Value {
    json!({"protocolSection": {
        "identificationModule": {"nctId": id, "briefTitle": title},
        "statusModule": {"overallStatus": status},
        "conditionsModule": {"conditions": ["Acute Myeloid Leukemia"]},
        "eligibilityModule": {"eligibilityCriteria": "Inclusion Criteria:\n* Adults with AML", "minimumAge": "18 Years"},
        "contactsLocationsModule": {"locations": sites}
    }})
}

/// Two snapshots a week apart: in the second, Beta starts recruiting, Alpha opens a second
/// site in Houston and Gamma is new (in Dallas).
fn snapshots() -> (Vec<u8>, Vec<u8>) {
    let alpha = site("Alpha Houston Center", "Houston", "Texas", 29.76, -95.37);
    let second = site("Alpha Second Site", "Houston", "Texas", 29.70, -95.40);
    let beta = site("Beta Clinic", "Houston", "Texas", 29.72, -95.39);
    let dallas = site("Gamma Dallas Hospital", "Dallas", "Texas", 32.78, -96.80);
    let page = |date: &str, studies: Vec<Value>| {
        json!({"snapshot": {"fetched_at": date, "studies": studies.len()}, "studies": studies})
            .to_string()
            .into_bytes()
    };
    (
        page(
            "2026-11-20T05:00:00Z",
            vec![
                study("NCT01000001", "Alpha study", "RECRUITING", vec![alpha.clone()]),
                study("NCT01000002", "Beta study", "NOT_YET_RECRUITING", vec![beta.clone()]),
            ],
        ),
        page(
            "2026-11-27T05:00:00Z",
            vec![
                study("NCT01000001", "Alpha study", "RECRUITING", vec![alpha, second]),
                study("NCT01000002", "Beta study", "RECRUITING", vec![beta]),
                study("NCT01000003", "Gamma study", "RECRUITING", vec![dallas]),
            ],
        ),
    )
}

fn serve(server: &StaticServer, body: &[u8]) {
    server.set(
        "/data/current-trials.json",
        Canned { status: 200, content_type: "application/json", body: body.to_vec() },
    );
}

async fn reload(browser: &mut Browser, server: &StaticServer, trials: &str) {
    browser.goto(&server.url("/")).await;
    browser
        .wait_until(&format!(
            "document.querySelector('[data-testid=trial-count]')?.textContent.trim() === '{trials}'
             && document.querySelector('[data-testid=count-likely]')"
        ))
        .await;
}

/// Each element's text, one per line.
async fn lines(browser: &Browser, test_id: &str) -> Vec<String> {
    text_content(browser, test_id).await.lines().map(str::to_owned).collect()
}

/// A first visit on the first snapshot by a person in Houston, then the second snapshot served.
async fn first_visit(remember: bool) -> (StaticServer, Browser) {
    let (first, second) = snapshots();
    let server = StaticServer::start(&dist());
    let mut browser = Browser::start(Launch::default()).await;
    serve(&server, &first);
    open_home(&mut browser, &server).await;
    step(&browser, "location").await;
    browser.type_into("location-input", HOUSTON).await;
    if remember {
        browser.click("remember-answers").await;
        browser.wait_until("localStorage.getItem('trialmatch.visits.v1') !== null").await;
    }
    serve(&server, &second);
    (server, browser)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_newer_snapshot_lists_what_changed_for_a_remembered_person() {
    let (server, mut browser) = first_visit(true).await;
    assert_eq!(browser.count("changes").await, 0, "changes shown on a first visit");

    reload(&mut browser, &server, "3").await;
    browser.wait("changes").await;
    assert!(browser.text("changes").await.contains("trials downloaded 20 November 2026"));
    let new = lines(&browser, "change-new").await;
    assert_eq!(new.len(), 1, "{new:?}");
    assert!(new[0].contains("Gamma study"), "{new:?}");
    let statuses = lines(&browser, "change-status").await;
    assert_eq!(statuses.len(), 1, "{statuses:?}");
    assert!(
        statuses[0].contains("Beta study") && statuses[0].contains("Not yet recruiting → Recruiting"),
        "{statuses:?}"
    );
    let sites = lines(&browser, "change-site").await;
    assert_eq!(sites.len(), 1, "{sites:?}");
    assert!(sites[0].contains("Alpha study") && sites[0].contains("Alpha Second Site"), "{sites:?}");

    // Another visit with the same data still shows them.
    reload(&mut browser, &server, "3").await;
    browser.wait("changes").await;

    // Forgetting erases the record: the next visit has nothing to compare with.
    browser.click("forget-answers").await;
    browser.wait_until("!document.querySelector('[data-testid=changes]')").await;
    reload(&mut browser, &server, "3").await;
    assert_eq!(browser.count("changes").await, 0);
    assert_eq!(browser.execute("return localStorage.length", vec![]).await, Value::from(0));
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn without_remember_nothing_is_kept_or_compared() {
    let (server, mut browser) = first_visit(false).await;
    reload(&mut browser, &server, "3").await;
    // Give a late record the time it would take.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(browser.count("changes").await, 0);
    assert_eq!(browser.execute("return localStorage.length", vec![]).await, Value::from(0));
    browser.close().await;
}
