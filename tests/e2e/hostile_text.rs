//! Trial text is shown as text, never run as HTML: a record whose title and criteria hold
//! script tags and event-handler markup is loaded from a file and displayed literally.

use serde_json::{json, Value};

use crate::browser::{Browser, Launch, TempDir};
use crate::dist;
use crate::flows::{open_all_details, open_home};
use crate::server::StaticServer;

const HOSTILE: &str =
    "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\"><b>bold</b>";

#[tokio::test(flavor = "multi_thread")]
async fn script_and_html_in_trial_text_are_shown_as_text() {
    let folder = TempDir::new("tm-hostile");
    let file = folder.path.join("hostile.json");
    let study = json!({"protocolSection": {
        "identificationModule": {"nctId": "TEST-HTML", "briefTitle": format!("Study {HOSTILE}")},
        "statusModule": {"overallStatus": "RECRUITING"},
        "conditionsModule": {"conditions": ["Acute Myeloid Leukemia"]},
        "eligibilityModule": {"eligibilityCriteria": format!("Inclusion Criteria:\n\n* Adults {HOSTILE}")}}});
    std::fs::write(&file, json!({"studies": [study]}).to_string()).unwrap();

    let server = StaticServer::start(&dist());
    let mut browser = Browser::start(Launch::default()).await;
    open_home(&mut browser, &server).await;
    browser.click("load-panel-toggle").await;
    browser.wait("trial-file").await.send_keys(file.to_str().unwrap()).await.unwrap();
    browser
        .wait_until("document.querySelector('[data-testid=\"trial-count\"]').textContent.trim() === '1'")
        .await;

    // Open its trial page too: the title and the full criteria are shown there.
    open_all_details(&browser).await;
    browser.execute("document.querySelector('a[href*=\"/trial/TEST-HTML\"]').click()", vec![]).await;
    browser.wait("full-criteria").await;
    browser.execute("document.querySelectorAll('details').forEach(d => d.open = true)", vec![]).await;
    let shown = browser
        .execute(
            "return {text: document.body.innerText, pwned: window.__pwned === undefined ? null : window.__pwned,
                     images: document.querySelectorAll('img[src=\"x\"]').length, bold: document.querySelectorAll('main b').length};",
            vec![],
        )
        .await;
    assert_eq!(shown["pwned"], Value::Null, "trial text ran as script");
    assert_eq!(shown["images"], Value::from(0), "trial text became an element");
    assert!(
        shown["text"].as_str().unwrap().contains("<script>window.__pwned = 1</script>"),
        "the text is not shown literally"
    );
    browser.close().await;
}
