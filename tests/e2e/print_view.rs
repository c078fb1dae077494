//! The printed shortlist: with print media emulated, the questionnaire and controls are
//! hidden, likely and possible trials stay with their reasons, and the print-only checklist
//! of documents and questions appears.

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
    browser.cdp("Emulation.setEmulatedMedia", json!({ "media": "" }));
    assert_eq!(display(&browser, "print-sheet").await, "none");
    browser.close().await;
}
