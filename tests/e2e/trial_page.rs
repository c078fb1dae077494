//! A trial page opened from a result card: the checklist with ✓ / ✗ / ? marks and quoted
//! criteria, the plain-language sections, and the example notice instead of a registry link.

use crate::browser::{Browser, Launch};
use crate::dist;
use crate::flows::{answer_relapsed_flt3_aml_at_58, open_home};
use crate::server::StaticServer;

#[tokio::test(flavor = "multi_thread")]
async fn trial_page_from_a_card_shows_the_checklist_with_quotes() {
    let server = StaticServer::start(&dist());
    let mut browser = Browser::start(Launch::default()).await;
    open_home(&mut browser, &server).await;
    answer_relapsed_flt3_aml_at_58(&browser).await;

    let card = browser.wait("trial-card").await;
    let id = card.attr("data-trial-id").await.unwrap().expect("card has a trial id");
    let title = browser.text("trial-link").await;
    browser.click("trial-link").await;

    assert_eq!(browser.text("trial-title").await, title);
    let url = browser.client.current_url().await.unwrap();
    assert_eq!(url.path(), format!("/trial/{id}"));
    let checklist = browser.text("checklist").await;
    assert!(checklist.contains('✓'), "no ✓ in the checklist:\n{checklist}");
    assert!(checklist.contains('✗') || checklist.contains('?'), "no ✗ or ? in the checklist:\n{checklist}");
    let quote = browser.text("reason-quote").await;
    assert!(quote.len() > 10, "the quoted criterion is empty: {quote:?}");
    assert!(browser.text("trial-verdict").await.len() > 10);
    assert!(!browser.text("tested-class").await.is_empty());
    assert!(!browser.text("phase-explanation").await.is_empty());
    assert!(browser.text("risks").await.contains("What could go wrong"));
    assert!(browser.text("example-trial-note").await.contains("example"));
    assert_eq!(browser.count("registry-link").await, 0, "an example trial links to the registry");
    // The full criteria are in a <details>, as text.
    assert!(browser.count("full-criteria").await == 1);

    // The answers survive going back.
    browser.client.back().await.unwrap();
    browser.wait("results").await;
    assert!(browser.text("results-summary").await.contains("ruled out"));
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn trial_pages_open_by_address_and_unknown_ids_say_so() {
    let server = StaticServer::start(&dist());
    let mut browser = Browser::start(Launch::default()).await;
    browser.goto(&server.url("/trial/EXAMPLE-0013")).await;
    assert!(browser.text("trial-title").await.contains("Acute Promyelocytic"));
    assert!(browser.count("site").await > 0 || browser.text("sites").await.contains("no sites"));
    browser.goto(&server.url("/trial/NCT99999999")).await;
    assert!(browser.text("trial-missing").await.contains("NCT99999999"));
    browser.close().await;
}
