//! The page on a 375 × 812 phone: the first question in view without scrolling, the data panel
//! folded to one line, a results bar in reach, compact steps and cards; questions fitted to
//! the person; next steps when nothing fits; titles, focus and the skip link on every page.

use serde_json::Value;

use crate::browser::{Browser, Launch};
use crate::dist;
use crate::flows::{answer_relapsed_flt3_aml_at_58, counts, open_home, start_phone, step};
use crate::server::StaticServer;

/// Runs a JavaScript expression and returns its value.
async fn js(browser: &Browser, expression: &str) -> Value {
    browser.execute(&format!("return ({expression});"), vec![]).await
}

async fn number(browser: &Browser, expression: &str) -> f64 {
    js(browser, expression).await.as_f64().unwrap_or_else(|| panic!("not a number: {expression}"))
}

/// Replaces a number field's value, as a person deleting it and typing another would.
pub async fn set_number(browser: &Browser, test_id: &str, value: &str) {
    browser
        .execute(
            "const e = document.querySelector(`[data-testid=\"${arguments[0]}\"]`);
             e.value = ''; e.dispatchEvent(new Event('input', { bubbles: true }));",
            vec![Value::from(test_id)],
        )
        .await;
    browser.type_into(test_id, value).await;
}

/// Opens a "What does … mean?" disclosure the way a person would: by tapping its summary.
async fn open_terms(browser: &Browser, test_id: &str) {
    browser
        .execute(
            "document.querySelector(`[data-testid=\"${arguments[0]}\"] summary`).scrollIntoView({ block: 'center' });",
            vec![Value::from(test_id)],
        )
        .await;
    browser
        .wait(test_id)
        .await
        .find(fantoccini::Locator::Css("summary"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn on_a_phone_the_first_question_is_in_view_and_the_results_in_reach() {
    let server = StaticServer::start(&dist());
    let mut browser = start_phone().await;
    open_home(&mut browser, &server).await;
    let screen = number(&browser, "window.innerHeight").await;
    assert_eq!(screen, 812.0);

    // The first question and its answer box are on the first screen, above the results bar.
    let bar_top =
        number(&browser, "document.querySelector('[data-testid=results-bar]').getBoundingClientRect().top")
            .await;
    let input_bottom =
        number(&browser, "document.querySelector('[data-testid=age-years]').getBoundingClientRect().bottom")
            .await;
    assert!(
        input_bottom < bar_top,
        "the age box ends at {input_bottom} px, under the results bar at {bar_top} px"
    );

    // The trial data panel is one line until opened.
    assert_eq!(
        js(&browser, "document.querySelector('[data-testid=data-more]').open").await,
        Value::Bool(false)
    );
    let line =
        number(&browser, "document.querySelector('[data-testid=trial-data]').getBoundingClientRect().height")
            .await;
    assert!(line <= 64.0, "the folded data panel is {line} px tall");
    browser.click("data-toggle").await;
    assert!(browser.text("trial-source").await.contains("Example trials"));

    // The step buttons sit in one row.
    let rows = number(&browser, "new Set([...document.querySelectorAll('.tm-steps__link')].map(b => Math.round(b.getBoundingClientRect().top))).size").await;
    assert_eq!(rows, 1.0, "the step buttons wrap onto {rows} rows");

    // The results bar counts what the results say, and takes the person there.
    answer_relapsed_flt3_aml_at_58(&browser).await;
    let [likely, possible, _] = counts(&browser).await;
    let bar = browser.text("results-bar-counts").await;
    assert_eq!(bar, format!("{likely} likely · {possible} possible"));
    browser.click("results-bar-see").await;
    browser.wait_until("document.activeElement && document.activeElement.id === 'tm-results-title'").await;
    let heading =
        number(&browser, "document.getElementById('tm-results-title').getBoundingClientRect().top").await;
    assert!((-2.0..screen).contains(&heading), "the results heading is at {heading} px after 'See results'");

    // Cards are compact: the deciding reason shows; the rest waits behind "Details".
    let card = browser.wait("trial-card").await;
    let height =
        number(&browser, "document.querySelector('[data-testid=trial-card]').getBoundingClientRect().height")
            .await;
    assert!(height < 0.6 * screen, "a result card is {height} px tall on an {screen} px screen");
    assert!(
        card.find(fantoccini::Locator::Css("[data-testid=reason]")).await.is_ok(),
        "a card without its reason"
    );
    assert_eq!(
        js(&browser, "document.querySelector('[data-testid=card-details]').open").await,
        Value::Bool(false)
    );
    assert!(!browser.text("card-verdict").await.is_empty());

    // The last step ends with "See my results" instead of a disabled "Next".
    step(&browser, "location").await;
    assert_eq!(browser.count("step-next").await, 0);
    browser.click("see-results").await;
    browser.wait_until("document.activeElement && document.activeElement.id === 'tm-results-title'").await;

    let overflow =
        number(&browser, "document.documentElement.scrollWidth - document.documentElement.clientWidth").await;
    assert!(overflow <= 0.0, "the page scrolls sideways by {overflow} px");
    browser.goto(&server.url("/browse")).await;
    browser.wait("browse-table").await;
    let verdict_right = number(
        &browser,
        "document.querySelector('[data-testid=browse-verdict]').getBoundingClientRect().right",
    )
    .await;
    assert!(verdict_right <= 375.0, "the browse table's verdict ends at {verdict_right} px");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn on_a_wide_screen_the_data_panel_is_open_and_there_is_no_results_bar() {
    let server = StaticServer::start(&dist());
    let mut browser = Browser::start(Launch::default()).await;
    open_home(&mut browser, &server).await;
    assert_eq!(
        js(&browser, "document.querySelector('[data-testid=data-more]').open").await,
        Value::Bool(true)
    );
    let bar =
        js(&browser, "getComputedStyle(document.querySelector('[data-testid=results-bar]')).display").await;
    assert_eq!(bar, Value::from("none"));
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn questions_fit_the_person() {
    let server = StaticServer::start(&dist());
    let mut browser = start_phone().await;
    open_home(&mut browser, &server).await;

    // Newly diagnosed: no questions about earlier treatment.
    step(&browser, "diagnosis").await;
    browser.click("diagnosis-B-ALL").await;
    step(&browser, "status").await;
    browser.click("status-newly_diagnosed").await;
    browser.wait("no-prior-questions").await;
    assert_eq!(browser.count("prior-lines").await, 0, "lines of treatment asked of a newly diagnosed person");
    let priors = number(&browser, "document.querySelectorAll('[data-testid^=prior-]').length").await;
    assert_eq!(priors, 0.0, "earlier treatments asked of a newly diagnosed person");
    browser.click("status-relapsed").await;
    browser.wait("prior-lines").await;
    assert_eq!(browser.count("no-prior-questions").await, 0);
    // An earlier treatment answered before choosing "newly diagnosed" stays in view, so no
    // answer counts that cannot be seen.
    browser.click("prior-blinatumomab-yes").await;
    browser.click("status-newly_diagnosed").await;
    browser.wait("prior-blinatumomab-yes").await;
    assert_eq!(browser.count("no-prior-questions").await, 0);
    browser.click("prior-blinatumomab-unsure").await;
    browser.wait("no-prior-questions").await;
    browser.click("status-relapsed").await;
    browser.wait("prior-lines").await;

    // The terms of art are explained where they appear.
    for (terms, words) in [
        ("terms-status", ["MRD", "remission"]),
        ("terms-lines", ["line", "TKI"]),
        ("terms-therapies", ["7+3", "cytarabine"]),
    ] {
        open_terms(&browser, terms).await;
        let text = browser.text(terms).await;
        for word in words {
            assert!(text.contains(word), "{terms} does not explain {word}: {text}");
        }
    }
    step(&browser, "tests").await;
    open_terms(&browser, "terms-tests").await;
    let tests = browser.text("terms-tests").await;
    assert!(tests.contains("NGS") && tests.contains("FISH"), "{tests}");

    // A six-year-old's day is described by play (Lansky); a grown-up's by work (ECOG).
    step(&browser, "about").await;
    set_number(&browser, "age-years", "6").await;
    step(&browser, "health").await;
    let child = browser.text("question-ecog").await;
    assert!(child.contains("Lansky") && child.contains("play"), "{child}");
    assert!(!child.contains("office work"), "{child}");
    browser.click("ecog-2").await;
    step(&browser, "about").await;
    set_number(&browser, "age-years", "40").await;
    step(&browser, "health").await;
    let adult = browser.text("question-ecog").await;
    assert!(adult.contains("ECOG") && adult.contains("work") && !adult.contains("Lansky"), "{adult}");
    // Both scales store the same level: the answer given for the child is still chosen.
    assert_eq!(
        js(&browser, "document.querySelector('[data-testid=ecog-2]').checked").await,
        Value::Bool(true)
    );
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn when_nothing_fits_the_page_says_so_kindly_and_gives_next_steps() {
    let server = StaticServer::start(&dist());
    let mut browser = start_phone().await;
    open_home(&mut browser, &server).await;
    step(&browser, "diagnosis").await;
    browser.execute("document.querySelector('[data-testid=diagnosis-more]').open = true", vec![]).await;
    browser.click("diagnosis-HCL").await;
    let panel = browser.text("nothing-fits").await;
    for words in
        ["No trial fits", "Standard treatment is not a trial", "care team", "example trials", "may open soon"]
    {
        assert!(panel.contains(words), "the nothing-fits panel lacks {words:?}:\n{panel}");
    }
    assert_eq!(browser.count("nothing-load-current").await, 1, "no way to load current trials from examples");
    assert_eq!(browser.count("nothing-hidden").await, 0);

    // Filters that hide every possible trial are explained, and one click shows them again.
    browser.goto(&server.url("/")).await;
    browser.wait("count-likely").await;
    answer_relapsed_flt3_aml_at_58(&browser).await;
    let [_, possible, _] = counts(&browser).await;
    assert!(possible > 0);
    let hidden = browser.text("hidden-possible").await;
    assert!(
        hidden.contains("hidden by the filters") && hidden.contains("closed to new patients"),
        "{hidden}"
    );
    browser.execute("document.querySelector('[data-testid=filters]').open = true", vec![]).await;
    browser.wait("filter-phase").await.select_by_value("4").await.unwrap();
    let panel = browser.text("nothing-hidden").await;
    assert!(panel.contains("in another phase"), "{panel}");
    browser.click("nothing-show-hidden").await;
    browser.wait_until("document.querySelector('[data-testid=nothing-fits]') === null").await;
    let [_, shown, _] = counts(&browser).await;
    assert!(
        shown > possible,
        "'Show them' showed {shown} possible trials, not more than the {possible} before"
    );
    assert_eq!(crate::flows::value_of(&browser, "filter-phase").await, Value::from("any"));
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn every_page_has_its_title_the_focus_moves_to_its_heading_and_a_skip_link_leads_there() {
    let server = StaticServer::start(&dist());
    let mut browser = Browser::start(Launch::default()).await;
    open_home(&mut browser, &server).await;
    let title = || async { js(&browser, "document.title").await.as_str().unwrap_or("").to_owned() };
    assert_eq!(title().await, "Find leukemia clinical trials — Leukemia trial finder");

    // The skip link is the first thing the keyboard reaches, and leads to the heading.
    browser.execute("document.activeElement.blur()", vec![]).await;
    browser.client.active_element().await.unwrap().send_keys("\u{E004}").await.unwrap();
    assert_eq!(js(&browser, "document.activeElement.dataset.testid").await, Value::from("skip-link"));
    browser.client.active_element().await.unwrap().send_keys("\u{E007}").await.unwrap();
    browser.wait_until("document.activeElement.tagName === 'H1'").await;
    assert_eq!(browser.client.current_url().await.unwrap().path(), "/");

    for (link, expected) in
        [("Browse all trials", "Browse all trials"), ("Learn about trials", "Learn about clinical trials")]
    {
        browser.client.find(fantoccini::Locator::LinkText(link)).await.unwrap().click().await.unwrap();
        browser.wait_until(&format!("document.title === '{expected} — Leukemia trial finder'")).await;
        browser.wait_until("document.activeElement.tagName === 'H1'").await;
    }
    browser.goto(&server.url("/trial/EXAMPLE-0013")).await;
    let name = browser.text("trial-title").await;
    browser
        .wait_until(&format!("document.title === {}", Value::from(format!("{name} — Leukemia trial finder"))))
        .await;
    browser.close().await;
}
