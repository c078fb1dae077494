//! Moving between pages (`src/router.rs`): links change the page in place and start it at the
//! top, the back and forward buttons follow, the main navigation marks the current page, only
//! plain clicks on in-app links are taken over, addresses opened directly show their page, and
//! all of it works under a sub-path.

use fantoccini::Locator;
use serde_json::Value;

use crate::browser::{Browser, Launch};
use crate::dist;
use crate::flows::{open_home, step};
use crate::server::{Canned, StaticServer};

/// Clicks the link with this text as a person would (a trusted click).
async fn follow(browser: &Browser, text: &str) {
    let link =
        browser.client.find(Locator::LinkText(text)).await.unwrap_or_else(|e| panic!("no link {text}: {e}"));
    link.click().await.unwrap_or_else(|e| panic!("could not click {text}: {e}"));
}

/// Waits until the address path is `path` and the main navigation marks exactly `marked`
/// ("" for none) as the current page.
async fn wait_for_page(browser: &Browser, path: &str, marked: &str) {
    browser
        .wait_until(&format!(
            "location.pathname === {path:?} && [...document.querySelectorAll('nav a[aria-current=page]')]
                 .map(a => a.textContent).join('|') === {marked:?}"
        ))
        .await;
}

/// Marks the window, so that `still_the_same_page` can tell a change in place from a reload.
async fn mark_the_page(browser: &Browser) {
    browser.execute("window.tmSamePage = true;", vec![]).await;
}

async fn still_the_same_page(browser: &Browser) -> bool {
    browser.execute("return window.tmSamePage === true;", vec![]).await == Value::Bool(true)
}

#[tokio::test(flavor = "multi_thread")]
async fn links_and_the_back_and_forward_buttons_change_the_page_in_place() {
    let server = StaticServer::start(&dist());
    let mut browser = Browser::start(Launch::default()).await;
    open_home(&mut browser, &server).await;
    mark_the_page(&browser).await;
    wait_for_page(&browser, "/", "Find trials").await;

    follow(&browser, "Browse all trials").await;
    wait_for_page(&browser, "/browse", "Browse all trials").await;
    browser.wait("browse-table").await;

    // A trial link at the bottom of the list: the trial page starts at the top.
    browser.execute("window.scrollTo(0, document.body.scrollHeight);", vec![]).await;
    assert!(browser.execute("return window.scrollY;", vec![]).await.as_f64().unwrap() > 0.0);
    let links =
        browser.client.find_all(Locator::Css("[data-testid=browse] a[href^='/trial/']")).await.unwrap();
    links.last().expect("the list links to trials").click().await.unwrap();
    browser.wait("trial-title").await;
    browser
        .wait_until(
            "location.pathname.startsWith('/trial/') && !document.querySelector('nav a[aria-current=page]')",
        )
        .await;
    assert_eq!(browser.execute("return window.scrollY;", vec![]).await.as_f64(), Some(0.0));

    browser.client.back().await.unwrap();
    wait_for_page(&browser, "/browse", "Browse all trials").await;
    browser.wait("browse-table").await;
    browser.client.back().await.unwrap();
    wait_for_page(&browser, "/", "Find trials").await;
    browser.wait("results").await;
    // Leaving a page while typing in a field: the browser fires `change` on the field as it
    // is removed, and its handler must still work.
    step(&browser, "location").await;
    browser.type_into("location-input", "Salt").await;
    browser.client.forward().await.unwrap();
    wait_for_page(&browser, "/browse", "Browse all trials").await;
    browser.wait("browse-table").await;
    assert!(still_the_same_page(&browser).await, "the page was reloaded");
    let errors = browser.console_errors();
    assert!(errors.is_empty(), "console errors: {errors:#?}");

    // A link to the page already shown adds no history entry.
    let length = browser.execute("return history.length;", vec![]).await;
    follow(&browser, "Browse all trials").await;
    assert_eq!(browser.execute("return history.length;", vec![]).await, length);
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn only_plain_clicks_on_in_app_links_are_taken_over() {
    let server = StaticServer::start(&dist());
    let mut browser = Browser::start(Launch::default()).await;
    open_home(&mut browser, &server).await;
    // A listener added after the router's sees whether it took the click over, then stops the
    // browser from following the links the router left alone. A link to a spot on this page
    // is taken over too: the router scrolls to the spot itself (checked below).
    let taken = browser
        .execute(
            "const taken = [];
             const stop = e => { taken.push(e.defaultPrevented); e.preventDefault(); };
             window.addEventListener('click', stop);
             const click = (a, init) =>
                 a.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ...init }));
             const learn = document.querySelector('nav a[href=\"/learn\"]');
             for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { altKey: true }, { button: 1 }]) {
                 click(learn, init);
             }
             for (const [name, value, href] of [['target', '_blank', '/learn'], ['download', '', '/learn'],
                     ['title', 'elsewhere', 'https://example.org/'], ['title', 'mail', 'mailto:a@example.org']]) {
                 const a = document.createElement('a');
                 a.setAttribute(name, value);
                 a.href = href;
                 document.body.append(a);
                 click(a, {});
                 a.remove();
             }
             click(learn, {});
             window.removeEventListener('click', stop);
             return taken;",
            vec![],
        )
        .await;
    let mut expected = vec![Value::Bool(false); 9];
    expected.push(Value::Bool(true));
    assert_eq!(taken, Value::Array(expected));
    wait_for_page(&browser, "/learn", "Learn about trials").await;
    browser.wait("learn").await;

    // A link to a spot on the page keeps the page and brings the spot into view. (Links
    // resolve against the page's `<base href>`, so "#tm-main" is a spot on the home page.)
    open_home(&mut browser, &server).await;
    mark_the_page(&browser).await;
    browser
        .execute(
            "document.body.style.paddingTop = '3000px';
             const a = document.createElement('a');
             a.href = '#tm-main';
             a.textContent = 'spot';
             document.body.prepend(a);
             a.click();",
            vec![],
        )
        .await;
    browser
        .wait_until(
            "location.hash === '#tm-main' && location.pathname === '/'
             && Math.abs(document.getElementById('tm-main').getBoundingClientRect().top) < 2",
        )
        .await;
    assert!(still_the_same_page(&browser).await, "following a spot link reloaded the page");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn addresses_opened_directly_show_their_page() {
    let server = StaticServer::start(&dist());
    let mut browser = Browser::start(Launch::default()).await;
    // A drug name is written with encodeURIComponent and read back decoded.
    browser.goto(&server.url("/drug/made%20up%20%2B%20drug%2F2")).await;
    assert_eq!(browser.text("drug-title").await, "Made up + drug/2");
    browser.goto(&server.url("/learn/")).await;
    wait_for_page(&browser, "/learn/", "Learn about trials").await;
    browser.wait("learn").await;
    browser.goto(&server.url("/no/such/page")).await;
    browser.wait_until("document.querySelector('h1')?.textContent === 'Page not found'").await;
    follow(&browser, "Go to the questionnaire").await;
    wait_for_page(&browser, "/", "Find trials").await;
    browser.wait("results").await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn under_a_sub_path_links_and_history_stay_under_it() {
    // The release bundle with its base moved to /trials/ (what `--public-url /trials/` sets);
    // its scripts and styles keep their root addresses, which the server still answers.
    let server = StaticServer::start(&dist());
    let index = std::fs::read_to_string(dist().join("index.html")).unwrap();
    // The release page is minified, so the attribute may be written without quotes.
    let moved = index
        .replace(r#"<base href="/">"#, r#"<base href="/trials/">"#)
        .replace("<base href=/>", r#"<base href="/trials/">"#);
    assert_ne!(moved, index, "dist/index.html has no <base href=\"/\">");
    for path in ["/trials/", "/trials/trial/EXAMPLE-0013"] {
        let page = Canned {
            status: 200,
            content_type: "text/html; charset=utf-8",
            body: moved.clone().into_bytes(),
        };
        server.set(path, page);
    }
    let examples = std::fs::read(dist().join("data/example-trials.json")).unwrap();
    server.set(
        "/trials/data/example-trials.json",
        Canned { status: 200, content_type: "application/json", body: examples },
    );

    let mut browser = Browser::start(Launch::default()).await;
    browser.goto(&server.url("/trials/")).await;
    browser.wait("count-likely").await;
    mark_the_page(&browser).await;
    wait_for_page(&browser, "/trials/", "Find trials").await;
    follow(&browser, "Browse all trials").await;
    wait_for_page(&browser, "/trials/browse", "Browse all trials").await;
    browser.wait("browse-table").await;
    browser.client.back().await.unwrap();
    wait_for_page(&browser, "/trials/", "Find trials").await;
    browser.wait("results").await;
    browser.client.forward().await.unwrap();
    wait_for_page(&browser, "/trials/browse", "Browse all trials").await;
    assert!(still_the_same_page(&browser).await, "the page was reloaded");

    browser.goto(&server.url("/trials/trial/EXAMPLE-0013")).await;
    assert!(browser.text("trial-title").await.contains("Acute Promyelocytic"));
    browser.close().await;
}
