//! Location: a city chosen from the sites in the loaded trials, or a city or US ZIP code typed
//! and looked up in the table shipped with the page, gives distances on the cards and sorts the
//! sites; filters by distance only change what is shown.

use fantoccini::key::Key;

use crate::browser::{assert_all_same_origin, besides_places, Browser, Launch};
use crate::dist;
use crate::flows::{counts, open_home, step, value_of};
use crate::server::StaticServer;

#[tokio::test(flavor = "multi_thread")]
async fn a_city_from_the_sites_gives_distances_without_requests() {
    let server = StaticServer::start(&dist());
    let mut browser = Browser::start(Launch::default()).await;
    open_home(&mut browser, &server).await;
    let before = browser.requests().await.len();
    assert_eq!(browser.count("nearest-site").await, 0, "distances shown without a location");

    step(&browser, "location").await;
    let options = browser
        .execute("return [...document.querySelectorAll('#tm-places option')].map(o => o.value)", vec![])
        .await;
    let houston = "Houston, Texas, United States";
    assert!(options.as_array().unwrap().iter().any(|o| o == houston), "{options}");
    browser.type_into("location-input", houston).await;
    assert!(browser.text("location-current").await.contains(houston));
    let nearest = browser.text("nearest-site").await;
    assert!(nearest.contains("km") && nearest.contains("mi"), "{nearest}");

    // Sorting by distance and a distance limit only change what is shown.
    let verdicts = counts(&browser).await;
    browser.click("filters").await;
    browser.wait("filter-distance").await.select_by_value("250").await.unwrap();
    browser.wait("sort").await.select_by_value("distance").await.unwrap();
    let filtered = counts(&browser).await;
    assert!(filtered.iter().sum::<usize>() < verdicts.iter().sum::<usize>(), "{filtered:?} vs {verdicts:?}");
    browser.wait("filter-distance").await.select_by_value("any").await.unwrap();
    assert_eq!(counts(&browser).await, verdicts);

    // Clearing the location ("Not sure") removes the distances.
    browser.click("location-clear").await;
    assert_eq!(value_of(&browser, "location-input").await, serde_json::Value::from(""));
    browser.wait_until("document.querySelectorAll('[data-testid=nearest-site]').length === 0").await;

    let requests = besides_places(browser.requests().await, &server.origin);
    assert_eq!(requests.len(), before, "choosing a location made requests: {:#?}", &requests[before..]);
    assert_all_same_origin(&requests, &server.origin);
    browser.close().await;
}

/// The distance in km on every card's nearest-site line ("— 12 km (7 mi)", "— under 1 km"),
/// group by group, in the order shown.
async fn card_distances(browser: &Browser) -> Vec<Vec<u64>> {
    let groups = browser
        .execute(
            "return [...document.querySelectorAll(\"[data-testid^='group-']\")].map(g =>
                 [...g.querySelectorAll('[data-testid=nearest-site]')].map(e => {
                     const m = e.textContent.match(/— (?:under 1 km|(\\d+) km)/);
                     return m ? Number(m[1] || 0) : null;
                 }));",
            vec![],
        )
        .await;
    serde_json::from_value(groups.clone()).unwrap_or_else(|e| panic!("{e}: {groups}"))
}

/// Waits until the status line under the location field says `text`, and returns it.
async fn wait_for_current(browser: &Browser, text: &str) -> String {
    browser
        .wait_until_within(
            &format!(
                "document.querySelector('[data-testid=location-current]')?.textContent.includes({})",
                serde_json::Value::from(text)
            ),
            std::time::Duration::from_secs(10),
        )
        .await;
    browser.text("location-current").await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_typed_city_and_enter_finds_it_in_the_shipped_table_and_sorts_by_distance() {
    let server = StaticServer::start(&dist());
    let mut browser = Browser::start(Launch::default()).await;
    open_home(&mut browser, &server).await;
    let before = browser.requests().await.len();
    let address = browser.execute("return location.href", vec![]).await;

    step(&browser, "location").await;
    browser.type_into("location-input", &format!("houston{}", Key::Enter)).await;
    let current = wait_for_current(&browser, "Houston, TX, United States").await;
    assert!(current.contains("Distances are measured from: Houston, TX, United States"), "{current}");
    assert_eq!(
        value_of(&browser, "location-input").await,
        serde_json::Value::from("Houston, TX, United States")
    );
    // Enter did nothing else: same address, same step, no message.
    assert_eq!(browser.execute("return location.href", vec![]).await, address);
    browser.wait("step-location").await;
    assert_eq!(browser.text("location-message").await, "");
    let nearest = browser.text("nearest-site").await;
    assert!(nearest.contains("km") && nearest.contains("mi"), "{nearest}");

    // Sorted by the nearest site, each group's distances never go down, and the example
    // trials' Houston sites come first.
    browser.click("filters").await;
    browser.wait("sort").await.select_by_value("distance").await.unwrap();
    let groups = card_distances(&browser).await;
    assert!(groups.iter().any(|g| g.first().is_some_and(|&km| km < 50)), "{groups:?}");
    for group in &groups {
        assert!(group.windows(2).all(|w| w[0] <= w[1]), "not sorted by distance: {groups:?}");
    }

    let requests = besides_places(browser.requests().await, &server.origin);
    assert_eq!(requests.len(), before, "looking a place up made requests: {:#?}", &requests[before..]);
    let errors = browser.console_errors();
    assert!(errors.is_empty(), "console errors: {errors:#?}");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_typed_zip_code_and_enter_gives_the_middle_of_its_area() {
    let server = StaticServer::start(&dist());
    let mut browser = Browser::start(Launch::default()).await;
    open_home(&mut browser, &server).await;
    let before = browser.requests().await.len();

    step(&browser, "location").await;
    browser.type_into("location-input", &format!("77030{}", Key::Enter)).await;
    let current = wait_for_current(&browser, "ZIP 77030 (Houston, TX area)").await;
    assert!(current.contains("Distances are measured from: ZIP 77030 (Houston, TX area)"), "{current}");
    let message = browser.text("location-message").await;
    assert!(message.contains("middle of its area"), "{message}");
    let nearest = browser.text("nearest-site").await;
    assert!(nearest.contains("km") && nearest.contains("mi"), "{nearest}");

    // Leaving the field (`change`) after typing looks the place up too.
    browser.click("location-clear").await;
    browser.wait_until("document.querySelectorAll('[data-testid=nearest-site]').length === 0").await;
    browser.type_into("location-input", "Boston, MA").await;
    browser.execute("document.querySelector('[data-testid=location-input]').blur()", vec![]).await;
    wait_for_current(&browser, "Boston, MA, United States").await;
    assert_eq!(browser.text("location-message").await, "");

    let requests = besides_places(browser.requests().await, &server.origin);
    assert_eq!(requests.len(), before, "looking a place up made requests: {:#?}", &requests[before..]);
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unknown_place_and_enter_shows_a_kind_message_and_sets_nothing() {
    let server = StaticServer::start(&dist());
    let mut browser = Browser::start(Launch::default()).await;
    open_home(&mut browser, &server).await;
    let verdicts = counts(&browser).await;

    step(&browser, "location").await;
    browser.type_into("location-input", &format!("Xyzzyville{}", Key::Enter)).await;
    browser
        .wait_until("document.querySelector('[data-testid=location-message]')?.textContent.includes('know')")
        .await;
    let message = browser.text("location-message").await;
    assert_eq!(
        message,
        "We don't know “Xyzzyville”. Try a larger nearby city or a US ZIP code, or use your current location."
    );
    assert!(browser.text("location-current").await.contains("No location set"));
    assert_eq!(value_of(&browser, "location-input").await, serde_json::Value::from("Xyzzyville"));
    assert_eq!(browser.count("nearest-site").await, 0, "distances shown without a location");
    browser.wait("step-location").await;
    assert_eq!(counts(&browser).await, verdicts);
    browser.close().await;
}
