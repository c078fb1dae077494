//! Share links: the answers travel only in the URL fragment; opening the link in a fresh
//! browser restores them; a tampered fragment shows a notice and changes nothing.

use serde_json::Value;

use crate::browser::{assert_all_same_origin, Browser, Launch};
use crate::dist;
use crate::file_load::wait_for_text;
use crate::flows::{answer_relapsed_flt3_aml_at_58, counts, open_home, step, value_of};
use crate::server::{Canned, StaticServer};

#[tokio::test(flavor = "multi_thread")]
async fn a_share_link_carries_the_answers_in_the_fragment_only() {
    let server = StaticServer::start(&dist());
    let mut browser = Browser::start(Launch::default()).await;
    open_home(&mut browser, &server).await;
    answer_relapsed_flt3_aml_at_58(&browser).await;
    browser.wait_until("document.querySelector('[data-testid=count-ruled_out]').textContent !== '0'").await;
    let answered = counts(&browser).await;

    assert!(browser.text("share-warning").await.contains("anyone who has the link"));
    browser.click("share-button").await;
    let link = value_of(&browser, "share-link").await.as_str().unwrap().to_owned();
    let (address, fragment) = link.split_once('#').expect("the link has a fragment");
    assert_eq!(address, server.url("/"), "the answers leaked into the path or query: {link}");
    assert!(fragment.starts_with("answers=") && fragment.len() > 20, "{fragment}");
    // Only the fragment is checked: the address holds a random port, which may contain "58".
    assert!(!fragment.contains("AML") && !fragment.contains("58"), "answers readable in the link: {link}");
    browser.close().await;

    // A fresh browser opens the link: the answers come back, and the fragment is removed.
    let mut fresh = Browser::start(Launch::default()).await;
    fresh.goto(&link).await;
    assert!(fresh.text("share-notice").await.contains("restored"));
    fresh.wait("count-likely").await;
    fresh.wait_until("document.querySelector('[data-testid=count-ruled_out]').textContent !== '0'").await;
    assert_eq!(counts(&fresh).await, answered);
    assert_eq!(value_of(&fresh, "age-years").await, Value::from("58"));
    step(&fresh, "diagnosis").await;
    assert_eq!(value_of(&fresh, "diagnosis-AML").await, Value::Bool(true));
    step(&fresh, "tests").await;
    assert_eq!(value_of(&fresh, "marker-FLT3-ITD-yes").await, Value::Bool(true));
    let url = fresh.client.current_url().await.unwrap();
    assert_eq!(url.fragment(), None, "the fragment stayed in the address bar");

    let requests = fresh.requests().await;
    assert_all_same_origin(&requests, &server.origin);
    assert!(requests.iter().all(|r| !r.url.contains("answers")), "{requests:#?}");
    assert!(server.seen().iter().all(|s| !s.path.contains("answers")), "the server saw answers");
    fresh.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_tampered_link_shows_a_notice_and_is_ignored() {
    let server = StaticServer::start(&dist());
    let mut browser = Browser::start(Launch::default()).await;
    // {"version":1,"ecog":9}: valid JSON, invalid answers.
    browser.goto(&server.url("/#answers=eyJ2ZXJzaW9uIjoxLCJlY29nIjo5fQ")).await;
    let notice = browser.text("share-notice").await;
    assert!(notice.contains("could not be read") && notice.contains("ecog"), "{notice}");
    browser.wait("count-likely").await;
    assert_eq!(counts(&browser).await[2], 0, "the tampered answers were used");

    browser.goto(&server.url("/learn")).await;
    browser.goto(&server.url("/#answers=%%%not-base64")).await;
    assert!(browser.text("share-notice").await.contains("damaged"));
    assert_eq!(browser.text("trial-count").await, crate::example_count().to_string());
    let errors = browser.console_errors();
    assert!(errors.is_empty(), "console errors: {errors:#?}");
    browser.close().await;
}

/// A link names the trials it was made with; a receiver whose page shows other trials is told
/// that the results can differ.
#[tokio::test(flavor = "multi_thread")]
async fn a_share_link_names_its_trials_and_the_receiver_is_told_when_theirs_differ() {
    let server = StaticServer::start(&dist());
    let mut browser = Browser::start(Launch::default()).await;
    open_home(&mut browser, &server).await;
    answer_relapsed_flt3_aml_at_58(&browser).await;
    browser.click("share-button").await;
    let link = value_of(&browser, "share-link").await.as_str().unwrap().to_owned();
    assert!(link.ends_with("&data=examples"), "the link does not name its trials: {link}");
    browser.close().await;

    // The receiver's site bundles a snapshot of current trials.
    let other = StaticServer::start(&dist());
    other.set(
        "/data/current-trials.json",
        Canned {
            status: 200,
            content_type: "application/json",
            body: crate::snapshot::snapshot(5, "2026-12-03T06:00:00Z"),
        },
    );
    let fragment = link.split_once('#').unwrap().1;
    let mut fresh = Browser::start(Launch::default()).await;
    fresh.goto(&other.url(&format!("/#{fragment}"))).await;
    let notice = wait_for_text(&fresh, "share-notice", "differ").await;
    assert!(notice.contains("the example trials") && notice.contains("3 December 2026"), "{notice}");
    assert_eq!(value_of(&fresh, "age-years").await, Value::from("58"), "the answers were not restored");
    fresh.close().await;
}
