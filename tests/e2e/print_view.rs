//! The printed shortlist: with print media emulated, the questionnaire and controls are
//! hidden, likely and possible trials stay with their reasons and their phone numbers and
//! emails, and the print-only sheet appears: where the trials came from and when, the
//! answers, documents to gather and questions to ask.

use serde_json::json;

use crate::browser::{Browser, Launch};
use crate::dist;
use crate::flows::{answer_relapsed_flt3_aml_at_58, open_home};
use crate::server::StaticServer;

async fn display(browser: &Browser, test_id: &str) -> String {
    browser
        .execute(
            "const e = document.querySelector(`[data-testid=\"${arguments[0]}\"]`); return e ? getComputedStyle(e).display : 'missing';",
            vec![json!(test_id)],
        )
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn print_media_shows_the_shortlist_and_checklists_only() {
    let server = StaticServer::start(&dist());
    let mut browser = Browser::start(Launch::default()).await;
    open_home(&mut browser, &server).await;
    answer_relapsed_flt3_aml_at_58(&browser).await;
    browser.wait("print-button").await;

    // On screen: the print sheet is hidden.
    assert_eq!(display(&browser, "print-sheet").await, "none");
    assert_ne!(display(&browser, "questionnaire").await, "none");

    browser.cdp("Emulation.setEmulatedMedia", json!({ "media": "print" }));
    assert_eq!(display(&browser, "questionnaire").await, "none");
    assert_eq!(display(&browser, "trial-data").await, "none");
    assert_eq!(display(&browser, "share-tools").await, "none");
    assert_eq!(display(&browser, "group-ruled_out").await, "none");
    assert_ne!(display(&browser, "group-likely").await, "none");
    assert_ne!(display(&browser, "group-possible").await, "none");
    assert_ne!(display(&browser, "trial-card").await, "none");
    assert_eq!(display(&browser, "print-sheet").await, "block");
    let sheet = browser.text("print-sheet").await;
    for expected in [
        "bone marrow",
        "karyotype",
        "flow cytometry",
        "Questions to ask",
        "Acute myeloid leukemia",
        "FLT3-ITD: yes",
    ] {
        assert!(sheet.contains(expected), "the print sheet lacks {expected:?}:\n{sheet}");
    }
    let source = browser.text("print-source").await;
    assert!(
        source.contains("Example trials bundled with this page") && source.contains("Printed on"),
        "the print sheet does not say where the trials came from and when: {source:?}"
    );
    assert_eq!(display(&browser, "results-bar").await, "none");
    // Every printed card says how to reach the study: a phone number or an email, or that the
    // record lists none.
    let contacts = browser
        .execute(
            "return [...document.querySelectorAll('[data-testid=card-contacts]')].map(e => e.innerText);",
            vec![],
        )
        .await;
    let contacts: Vec<String> =
        contacts.as_array().unwrap().iter().map(|v| v.as_str().unwrap_or_default().to_owned()).collect();
    assert!(!contacts.is_empty(), "no contacts printed");
    for c in &contacts {
        let reachable = c.contains('@') || c.chars().filter(char::is_ascii_digit).count() >= 11;
        assert!(
            reachable || c.contains("No phone or email in the record"),
            "a printed card neither gives a phone number or an email nor says there is none: {c:?}"
        );
    }
    assert!(
        contacts.iter().any(|c| c.contains('@')),
        "no printed card gives an email, though the example trials list contacts: {contacts:?}"
    );
    browser.cdp("Emulation.setEmulatedMedia", json!({ "media": "" }));
    assert_eq!(display(&browser, "print-sheet").await, "none");
    assert_eq!(display(&browser, "card-contacts").await, "none");
    browser.close().await;
}
