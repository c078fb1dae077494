//! Location: a city chosen from the sites in the loaded trials gives distances on the cards
//! and sorts the sites; filters by distance only change what is shown.

use crate::browser::{assert_all_same_origin, Browser, Launch};
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

    let requests = browser.requests().await;
    assert_eq!(requests.len(), before, "choosing a location made requests: {:#?}", &requests[before..]);
    assert_all_same_origin(&requests, &server.origin);
    browser.close().await;
}
