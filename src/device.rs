//! Browser APIs other than fetching: the current position (asked only when the person
//! presses the button), the clipboard, printing, and the page address (for share links).
//! Nothing here sends anything anywhere.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Asks the browser for the current position; `done` receives `(lat, lon)` rounded to about
/// a kilometre, or a sentence saying why it is not available.
pub fn current_position(done: impl FnOnce(Result<(f64, f64), String>) + 'static) {
    let Some(geolocation) = web_sys::window().and_then(|w| w.navigator().geolocation().ok()) else {
        done(Err("This browser cannot share a location. Choose a city instead.".to_owned()));
        return;
    };
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let finish = {
        let done = done.clone();
        move |result: Result<(f64, f64), String>| {
            if let Some(done) = done.borrow_mut().take() {
                done(result);
            }
        }
    };
    let finish_error = finish.clone();
    let success = Closure::once_into_js(move |position: web_sys::Position| {
        let coords = position.coords();
        let round = |v: f64| (v * 100.0).round() / 100.0;
        finish(Ok((round(coords.latitude()), round(coords.longitude()))));
    });
    let failure = Closure::once_into_js(move |error: web_sys::PositionError| {
        let why = match error.code() {
            1 => "Permission to use your location was not given.",
            2 => "Your location is not available right now.",
            _ => "Finding your location took too long.",
        };
        finish_error(Err(format!("{why} Choose a city instead.")));
    });
    if geolocation
        .get_current_position_with_error_callback(success.unchecked_ref(), Some(failure.unchecked_ref()))
        .is_err()
    {
        if let Some(done) = done.borrow_mut().take() {
            done(Err("This browser cannot share a location. Choose a city instead.".to_owned()));
        }
    }
}

/// Copies text to the clipboard; `false` when the browser does not allow it.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let clipboard = window.navigator().clipboard();
    if clipboard.is_undefined() {
        return false;
    }
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// The current address without its fragment.
pub fn address_without_fragment() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else { return String::new() };
    let href = location.href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_owned()
}

/// The current fragment, with its `#` (empty when there is none).
pub fn fragment() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Removes the fragment from the address bar without reloading or adding a history entry.
pub fn clear_fragment() {
    let Some(window) = web_sys::window() else { return };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address_without_fragment()));
    }
}

/// The router base: the path of the document's `<base href>` without its trailing slash
/// ("" at the root of a domain, "/trials" under a sub-path).
pub fn router_base() -> String {
    let document = web_sys::window().and_then(|w| w.document());
    let has_base = document.as_ref().and_then(|d| d.query_selector("base[href]").ok().flatten()).is_some();
    if !has_base {
        return String::new();
    }
    let base = document
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|url| url.pathname())
        .unwrap_or_default();
    base.trim_end_matches('/').to_owned()
}

/// Registers the page's own service worker (`sw.js`, beside the page; see `assets/sw.js`),
/// which keeps this deployment's files on the device so the page and its trials open offline.
/// Only where the browser has service workers and the page came from a web server.
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else { return };
    let navigator = window.navigator();
    let has_workers = js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    let served = matches!(window.location().protocol().as_deref(), Ok("http:" | "https:"));
    if has_workers && served {
        // A failure (a private window, a host that does not serve sw.js) only means no offline
        // copy; it is awaited so that it is not reported as an unhandled rejection.
        let registering = wasm_bindgen_futures::JsFuture::from(navigator.service_worker().register("sw.js"));
        wasm_bindgen_futures::spawn_local(async move {
            let _ = registering.await;
        });
    }
}

/// Whether the page is shown inside another page's frame. A `<meta>` policy cannot forbid
/// framing (browsers ignore `frame-ancestors` there), so the page checks for itself.
pub fn framed() -> bool {
    let Some(window) = web_sys::window() else { return false };
    match window.top() {
        Ok(Some(top)) => top != window,
        _ => true,
    }
}

/// Replaces the page with a link that opens it on its own, outside the frame.
pub fn show_framed_notice() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = document.body() else { return };
    let (Ok(text), Ok(link)) = (document.create_element("p"), document.create_element("a")) else { return };
    text.set_text_content(Some("For your privacy, this page does not run inside another website."));
    link.set_text_content(Some("Open the leukemia trial finder on its own"));
    let _ = link.set_attribute("href", &address_without_fragment());
    let _ = link.set_attribute("target", "_top");
    let _ = body.append_child(&text);
    let _ = body.append_child(&link);
}

/// Whether the window is as wide as the two-column layout (the style sheets' 64rem, so a
/// larger default font counts too): wide screens show panels open; phones fold them.
pub fn is_wide() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(min-width: 64rem)").ok().flatten())
        .is_some_and(|query| query.matches())
}

/// Scrolls an element into view and moves the focus to it (headings carry `tabindex="-1"`),
/// so keyboard and screen-reader users land where sighted users look.
pub fn show_and_focus(id: &str) {
    let Some(element) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    element.scroll_into_view();
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}
