//! Storage is opt-in: nothing is written to local or session storage, IndexedDB, cache
//! storage or cookies unless "Remember my answers on this device" is ticked; "Forget my answers" erases it all; a
//! damaged or newer stored document is ignored with a notice, never a crash.

use serde_json::Value;

use crate::browser::{Browser, Launch};
use crate::dist;
use crate::flows::{open_home, step, value_of};
use crate::server::StaticServer;

const KEY: &str = "trialmatch.answers.v1";

/// Everything the page could have stored, as one JSON value.
async fn stored(browser: &Browser) -> Value {
    browser
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const dbs = indexedDB.databases ? indexedDB.databases() : Promise.resolve([]);
             // The service worker's caches (named tm-…) hold the deployment's own files; any
             // other cache would be the person's.
             Promise.all([dbs, caches.keys()]).then(([list, names]) =>
               done({local: Object.assign({}, localStorage), session: Object.assign({}, sessionStorage),
                     cookies: document.cookie, databases: list.length,
                     caches: names.filter(n => !n.startsWith('tm-'))}));",
            vec![],
        )
        .await
}

fn nothing_stored() -> Value {
    serde_json::json!({"local": {}, "session": {}, "cookies": "", "databases": 0, "caches": []})
}

async fn answer_a_few(browser: &Browser) {
    step(browser, "about").await;
    browser.type_into("age-years", "47").await;
    step(browser, "diagnosis").await;
    browser.click("diagnosis-CLL").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn nothing_is_stored_unless_asked_and_forget_erases_it() {
    let server = StaticServer::start(&dist());
    let mut browser = Browser::start(Launch::default()).await;
    open_home(&mut browser, &server).await;
    answer_a_few(&browser).await;
    assert_eq!(stored(&browser).await, nothing_stored());

    browser.click("remember-answers").await;
    let saved = stored(&browser).await;
    let document: Value = serde_json::from_str(saved["local"][KEY].as_str().expect("answers saved")).unwrap();
    assert_eq!((document["version"].as_u64(), document["diagnosis"].as_str()), (Some(1), Some("CLL")));

    // A new visit restores them.
    browser.goto(&server.url("/")).await;
    browser.wait("count-likely").await;
    step(&browser, "about").await;
    assert_eq!(value_of(&browser, "age-years").await, Value::from("47"));
    assert_eq!(value_of(&browser, "remember-answers").await, Value::Bool(true));

    browser.click("forget-answers").await;
    assert_eq!(stored(&browser).await, nothing_stored());
    assert_eq!(value_of(&browser, "age-years").await, Value::from(""));
    browser.close().await;
}

async fn visit_with_stored(text: &str) -> (Browser, String) {
    let server = StaticServer::start(&dist());
    let mut browser = Browser::start(Launch::default()).await;
    open_home(&mut browser, &server).await;
    browser.execute("localStorage.setItem(arguments[0], arguments[1])", vec![KEY.into(), text.into()]).await;
    browser.goto(&server.url("/")).await;
    browser.wait("count-likely").await;
    let notice = browser.text("share-notice").await;
    step(&browser, "about").await;
    assert_eq!(value_of(&browser, "age-years").await, Value::from(""), "an unusable document was used");
    (browser, notice)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_damaged_stored_document_is_ignored_with_a_notice() {
    let (browser, notice) = visit_with_stored("{\"version\": 1, \"age_years\": ").await;
    assert!(notice.contains("damaged"), "{notice}");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_stored_document_from_a_newer_version_is_ignored_with_a_notice() {
    let (browser, notice) = visit_with_stored("{\"version\": 2, \"age_years\": 47}").await;
    assert!(notice.contains("newer version"), "{notice}");
    browser.close().await;
}
