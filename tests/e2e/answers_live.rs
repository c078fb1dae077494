//! Answering questions updates the result groups on the device: the counts change and the
//! answers cause no network request at all.

use crate::browser::{assert_all_same_origin, Browser, Launch};
use crate::flows::{answer_relapsed_flt3_aml_at_58, counts, counts_change_from, open_home, step};
use crate::server::StaticServer;
use crate::{dist, example_count};

#[tokio::test(flavor = "multi_thread")]
async fn answers_change_the_groups_without_any_request() {
    let server = StaticServer::start(&dist());
    let mut browser = Browser::start(Launch::default()).await;
    open_home(&mut browser, &server).await;

    let before = counts(&browser).await;
    assert_eq!(before.iter().sum::<usize>() + hidden(&browser).await, example_count(), "{before:?}");
    assert_eq!(before[2], 0, "nothing is ruled out before any answer: {before:?}");
    let requests_before = browser.requests().await;
    let seen_before = server.seen().len();

    answer_relapsed_flt3_aml_at_58(&browser).await;
    let after = counts_change_from(&browser, before).await;
    assert_ne!(after, before, "the counts did not change");
    assert!(after[2] > 0, "relapsed FLT3-ITD AML at 58 rules some trials out: {after:?}");
    assert!(browser.text("results-summary").await.contains(&format!("{} ruled out", after[2])));

    // Each answer is editable any time: going back to "Not sure" moves trials back.
    step(&browser, "diagnosis").await;
    browser.click("diagnosis-unsure").await;
    let unsure = counts_change_from(&browser, after).await;
    assert_ne!(unsure, after);

    let requests_after = browser.requests().await;
    assert_eq!(
        requests_after.len(),
        requests_before.len(),
        "answering made requests: {:#?}",
        &requests_after[requests_before.len()..]
    );
    assert_eq!(server.seen().len(), seen_before, "the server saw requests while answering");
    assert_all_same_origin(&requests_after, &server.origin);
    browser.close().await;
}

/// How many trials the status filter hides (the example file has some closed trials).
async fn hidden(browser: &Browser) -> usize {
    let text = browser
        .execute(
            "return [...document.querySelectorAll('.tm-group__hidden')].map(e => e.textContent).join(' ')",
            vec![],
        )
        .await;
    text.as_str().unwrap_or_default().split_whitespace().filter_map(|w| w.parse::<usize>().ok()).sum()
}
