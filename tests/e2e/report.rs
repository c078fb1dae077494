//! "Fill from my report": a pasted report and a PDF report are read on the device, what was
//! found is listed with its lines for the person to confirm, the ticked findings fill the
//! answers and change the results, an answer already given is not changed without a tick, and
//! no request carries any of the report.

use std::path::PathBuf;

use serde_json::Value;

use crate::browser::{assert_all_same_origin, Browser, Launch, TempDir};
use crate::dist;
use crate::flows::{counts, counts_change_from, open_home, step, value_of};
use crate::server::StaticServer;

/// A report written for this test: a relapsed AML with FLT3-ITD found and NPM1 and TP53 not
/// found, a methods list naming genes that were only tested, and a recommendation that is no
/// result.
const REPORT: &str = "\
Molecular Pathology Report  Page 1 of 2
Specimen: bone marrow aspirate
Diagnosis: Acute myeloid leukemia, relapsed
RESULTS
FLT3 internal tandem duplication (ITD): DETECTED, allelic ratio 0.52
NPM1 mutation: not detected
TP53: not detected
Methods: the panel covers ASXL1, CEBPA, DNMT3A, FLT3, IDH1, IDH2, KIT, NPM1, RUNX1, TP53.
Comment: recommend IDH1 and IDH2 testing if clinically indicated.
";

/// A one-page PDF whose text is `lines`, in the standard Helvetica font, built by hand with a
/// correct cross-reference table, so the test needs no PDF tool.
fn pdf_with_lines(lines: &[&str]) -> Vec<u8> {
    let escape = |s: &str| s.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
    let mut content = String::from("BT /F1 11 Tf 14 TL 50 780 Td\n");
    for line in lines {
        content.push_str(&format!("({}) Tj T*\n", escape(line)));
    }
    content.push_str("ET\n");
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"
            .to_owned(),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_owned(),
        format!("<< /Length {} >>\nstream\n{content}endstream", content.len()),
    ];
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", i + 1).as_bytes());
    }
    let xref = pdf.len();
    pdf.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for offset in offsets {
        pdf.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1)
            .as_bytes(),
    );
    pdf
}

/// Pastes the report's text as a person would (the field fires its input event).
async fn paste(browser: &Browser, text: &str) {
    browser
        .execute(
            "const t = document.querySelector('[data-testid=report-text]');
             t.value = arguments[0]; t.dispatchEvent(new Event('input', { bubbles: true }));",
            vec![Value::from(text)],
        )
        .await;
}

async fn open_reader(browser: &Browser) {
    browser.execute("document.querySelector('[data-testid=report-fill]').open = true", vec![]).await;
    browser.wait("report-text").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_pasted_report_is_confirmed_and_fills_the_answers_without_sending_anything() {
    let server = StaticServer::start(&dist());
    let mut browser = Browser::start(Launch::default()).await;
    open_home(&mut browser, &server).await;
    let before_requests = browser.requests().await.len();

    // The person has not given a diagnosis, and already said TP53 was found; the report says
    // it was not.
    step(&browser, "tests").await;
    browser.click("marker-TP53-yes").await;
    let before = counts(&browser).await;

    open_reader(&browser).await;
    paste(&browser, REPORT).await;
    browser.click("report-read").await;
    let found = browser.text("report-found").await;
    assert!(found.contains("FLT3") && found.contains("Yes — found"), "{found}");
    assert!(found.contains("allelic ratio 0.52"), "the finding does not quote its line:\n{found}");
    assert!(found.contains("NPM1") && found.contains("No — tested and not found"), "{found}");
    assert!(
        !found.contains("IDH"),
        "a recommendation or the methods' gene list was taken as a result:\n{found}"
    );
    assert!(found.contains("Diagnosis: Acute myeloid leukemia"), "{found}");
    // For people to look at what the list shows: saved only when asked for.
    if let Some(folder) = std::env::var_os("TM_SHOTS") {
        browser.screenshot(&std::path::Path::new(&folder).join("report-found.png")).await;
    }
    // Changing the TP53 answer waits for a tick.
    let replaces = browser.text("report-replaces").await;
    assert!(replaces.contains("You answered"), "{replaces}");
    let ticked: Vec<bool> = browser
        .execute(
            "return [...document.querySelectorAll('[data-testid^=report-item-]')].map(c => c.checked);",
            vec![],
        )
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_bool().unwrap())
        .collect();
    assert_eq!(
        ticked.iter().filter(|t| !**t).count(),
        1,
        "only the change of TP53 waits for a tick: {ticked:?}"
    );

    browser.click("report-apply").await;
    let after = counts_change_from(&browser, before).await;
    assert_ne!(after, before, "filling in from the report changed no result");
    assert_eq!(value_of(&browser, "marker-FLT3-ITD-yes").await, Value::Bool(true));
    assert_eq!(
        value_of(&browser, "marker-TP53-yes").await,
        Value::Bool(true),
        "an answer was changed without a tick"
    );
    assert!(browser.text("report-message").await.contains("Filled in"));

    // No request carries any of the report; none was made at all for it.
    let requests = browser.requests().await;
    assert_eq!(
        requests.len(),
        before_requests,
        "reading the report made requests: {:#?}",
        &requests[before_requests..]
    );
    assert_all_same_origin(&requests, &server.origin);
    for seen in server.seen() {
        assert!(
            !seen.path.contains("FLT3") && !seen.path.contains("allelic") && seen.body.is_empty(),
            "{seen:?}"
        );
    }
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_pdf_report_is_read_on_the_device_with_the_pages_own_pdf_reader() {
    let server = StaticServer::start(&dist());
    let folder = TempDir::new("tm-report");
    let file: PathBuf = folder.path.join("marrow-report.pdf");
    let lines: Vec<&str> = REPORT.lines().collect();
    std::fs::write(&file, pdf_with_lines(&lines)).unwrap();

    let mut browser = Browser::start(Launch::default()).await;
    open_home(&mut browser, &server).await;
    let loaded = browser.requests().await.len();
    open_reader(&browser).await;
    browser.wait("report-file").await.send_keys(&file.display().to_string()).await.unwrap();
    browser
        .wait_until(
            "document.querySelector('[data-testid=report-found]') !== null
             || !document.querySelector('[data-testid=report-message]').textContent.startsWith('Reading')",
        )
        .await;
    if browser.count("report-found").await == 0 {
        panic!("the PDF was not read: {}", browser.text("report-message").await);
    }
    let found = browser.text("report-found").await;
    assert!(found.contains("FLT3") && found.contains("Diagnosis"), "{found}");
    let text = value_of(&browser, "report-text").await;
    assert!(
        text.as_str().unwrap_or_default().contains("allelic ratio"),
        "the PDF's text is not shown: {text}"
    );
    browser.click("report-apply").await;
    step(&browser, "tests").await;
    assert_eq!(value_of(&browser, "marker-FLT3-ITD-yes").await, Value::Bool(true));

    // The only requests were the page's own PDF reader, fetched then and not before.
    let requests = browser.requests().await;
    let new: Vec<&str> = requests[loaded..].iter().map(|r| r.url.as_str()).collect();
    assert!(!new.is_empty(), "the PDF reader was not loaded");
    for url in &new {
        assert!(url.contains("/pdfjs/pdf.") && !url.contains('?'), "an unexpected request: {url}");
    }
    assert!(
        requests[..loaded].iter().all(|r| !r.url.contains("/pdfjs/")),
        "pdf.js was loaded before it was needed"
    );
    assert_all_same_origin(&requests, &server.origin);
    let errors = browser.console_errors();
    assert!(errors.is_empty(), "console errors: {errors:#?}");
    browser.close().await;
}
