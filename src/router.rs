//! The app's own router: which page an address shows, links that change the page without
//! reloading it, and the back and forward buttons. It replaces `leptos_router`, whose general
//! machinery cost the page's WebAssembly far more than five fixed routes need.

use leptos::prelude::*;
use leptos::tachys::reactive_graph::OwnedView;
use wasm_bindgen::{JsCast, JsValue};

use crate::device;

/// A page of the app, with the parameter of its address decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    Home,
    Trial(String),
    Drug(String),
    Browse,
    Learn,
    NotFound,
}

impl Page {
    /// The page an address path shows. `path` is percent-encoded, as `location.pathname` gives
    /// it; `base` is the router base ("" or "/trials"). One trailing slash is allowed, and
    /// names match case for case, as they did with `leptos_router`.
    pub fn of(path: &str, base: &str) -> Page {
        let Some(rest) = path.strip_prefix(base) else { return Page::NotFound };
        let rest = rest.strip_suffix('/').unwrap_or(rest);
        if rest.is_empty() {
            return Page::Home;
        }
        let Some(rest) = rest.strip_prefix('/') else { return Page::NotFound };
        let mut parts = rest.split('/');
        match (parts.next(), parts.next(), parts.next()) {
            (Some("browse"), None, _) => Page::Browse,
            (Some("learn"), None, _) => Page::Learn,
            (Some("trial"), Some(id), None) if !id.is_empty() => Page::Trial(decoded(id)),
            (Some("drug"), Some(name), None) if !name.is_empty() => Page::Drug(decoded(name)),
            _ => Page::NotFound,
        }
    }
}

/// Decodes `%XX` escapes as `decodeURIComponent` does (the links are written with
/// `encodeURIComponent`); text it would refuse — a broken escape, bytes that are not UTF-8 —
/// is kept as written, as the pages did before.
fn decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let hex = |i: usize| bytes.get(i).and_then(|&b| char::from(b).to_digit(16));
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let (Some(high), Some(low)) = (hex(i + 1), hex(i + 2)) else { return text.to_owned() };
            out.push((high * 16 + low) as u8);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_owned())
}

/// Whether a link to `href` is marked as the current page when the address path is `path`
/// (both start with the base). An exact link needs the same path; any other is current on its
/// path and every path below it, segment by segment — `leptos_router`'s rule, kept so that
/// the marking does not change (an empty segment in `href`, but for its first, matches any).
pub fn is_current(href: &str, path: &str, exact: bool) -> bool {
    if exact {
        return href == path;
    }
    let mut wanted = href.split('/');
    // The path is read first, so that a path shorter than the link leaves its rest unread.
    std::iter::zip(path.split('/'), wanted.by_ref())
        .enumerate()
        .all(|(i, (here, there))| here == there || there.is_empty() && i > 1)
        && matches!(wanted.next(), None | Some(""))
}

/// The address path (percent-encoded), kept in step with the address bar; shared with every
/// link so that it can mark the current page.
#[derive(Clone, Copy)]
struct CurrentPath(RwSignal<String>);

/// The path in the address bar now.
fn address_path() -> String {
    web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default()
}

/// Starts following the address: provides the current path to the links, takes over clicks
/// on in-app links and follows the back and forward buttons. Returns the page to show.
pub fn provide_router() -> Memo<Page> {
    let base = device::router_base();
    let current = RwSignal::new(address_path());
    provide_context(CurrentPath(current));
    let clicks = {
        let base = base.clone();
        window_event_listener(leptos::ev::click, move |ev| {
            if let Some(path) = follow(&ev, &base) {
                current.set(path);
            }
        })
    };
    let history = window_event_listener(leptos::ev::popstate, move |_| current.set(address_path()));
    on_cleanup(move || {
        clicks.remove();
        history.remove();
    });
    Memo::new(move |_| current.with(|path| Page::of(path, &base)))
}

/// Shows the page the address names, built by `view`. Each page is built under its own
/// reactive owner, which lives until the page has left the document: Chrome fires `change` and
/// `blur` on a focused field as it is removed, and the field's handlers must still find their
/// signals (`leptos_router` kept a left page alive in the same way).
pub fn show_page(page: Memo<Page>, view: impl Fn(Page) -> AnyView + Send + 'static) -> impl IntoView {
    // A child of the calling component, not of the closure below, whose own children are
    // disposed before it runs again — that is, before the old page is removed.
    let parent = Owner::current().expect("show_page runs inside a component");
    move || {
        let page = page.get();
        let owner = parent.child();
        let shown = owner.with(|| view(page));
        OwnedView::new_with_owner(shown, owner)
    }
}

/// Follows a click on an in-app link without reloading the page: adds the address to the
/// history and scrolls to the top, as `leptos_router` did. Only a plain left click on a link
/// without `target` or `download`, to this origin and under the base, is taken over; any other
/// click is left to the browser (a new tab, a download, another site). Returns the new path.
fn follow(ev: &web_sys::MouseEvent, base: &str) -> Option<String> {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.meta_key()
        || ev.alt_key()
        || ev.ctrl_key()
        || ev.shift_key()
    {
        return None;
    }
    let link = ev.target()?.dyn_into::<web_sys::Element>().ok()?.closest("a[href]").ok()??;
    if link.has_attribute("target") || link.has_attribute("download") {
        return None;
    }
    let window = web_sys::window()?;
    let location = window.location();
    let url =
        web_sys::Url::new_with_base(&link.get_attribute("href")?, &window.document()?.base_uri().ok()??)
            .ok()?;
    let path = url.pathname();
    if url.origin() != location.origin().ok()? || !path.starts_with(base) {
        return None;
    }
    // A link to a spot on this page is the browser's to follow: it scrolls to the spot.
    if !url.hash().is_empty()
        && path == location.pathname().ok()?
        && url.search() == location.search().ok()?
    {
        return None;
    }
    ev.prevent_default();
    let address = url.href();
    // A link to the page already shown adds no history entry; it only scrolls to the top.
    if location.href().ok()? != address {
        window.history().ok()?.push_state_with_url(&JsValue::NULL, "", Some(&address)).ok()?;
    }
    window.scroll_to_with_x_and_y(0.0, 0.0);
    Some(path)
}

/// A link to an in-app path (`href` already under the base, see `format::href`): a plain
/// `<a>`, which the router follows without reloading, with `aria-current="page"` while its
/// page is shown (see `is_current`).
#[component]
pub fn Link(href: String, #[prop(optional)] exact: bool, children: Children) -> impl IntoView {
    let CurrentPath(current) = expect_context();
    let marked = {
        let href = href.clone();
        move || current.with(|path| is_current(&href, path, exact)).then_some("page")
    };
    view! { <a href=href aria-current=marked>{children()}</a> }
}

#[cfg(test)]
mod tests {
    use super::{is_current, Page};

    #[test]
    fn the_five_routes_and_the_fallback() {
        for (path, page) in [
            ("/", Page::Home),
            ("", Page::Home),
            ("/browse", Page::Browse),
            ("/browse/", Page::Browse),
            ("/learn", Page::Learn),
            ("/trial/NCT01234567", Page::Trial("NCT01234567".to_owned())),
            ("/trial/EXAMPLE-0013/", Page::Trial("EXAMPLE-0013".to_owned())),
            ("/drug/venetoclax", Page::Drug("venetoclax".to_owned())),
            ("/trial/", Page::NotFound),
            ("/trial", Page::NotFound),
            ("/trial/a/b", Page::NotFound),
            ("/browse/x", Page::NotFound),
            ("/browse//", Page::NotFound),
            ("/Browse", Page::NotFound),
            ("/browser", Page::NotFound),
            ("/nothing", Page::NotFound),
        ] {
            assert_eq!(Page::of(path, ""), page, "{path}");
        }
    }

    #[test]
    fn parameters_are_decoded_like_decode_uri_component() {
        let drug = |path| match Page::of(path, "") {
            Page::Drug(name) => name,
            other => panic!("{path}: {other:?}"),
        };
        assert_eq!(drug("/drug/venetoclax%20%2B%20azacitidine"), "venetoclax + azacitidine");
        assert_eq!(drug("/drug/a%2Fb%3F%23"), "a/b?#");
        assert_eq!(drug("/drug/%C3%A9toposide"), "étoposide");
        assert_eq!(drug("/drug/%c3%a9"), "é");
        // What decodeURIComponent refuses stays as written.
        assert_eq!(drug("/drug/100%"), "100%");
        assert_eq!(drug("/drug/%zz"), "%zz");
        assert_eq!(drug("/drug/%+1"), "%+1");
        assert_eq!(drug("/drug/%C3"), "%C3");
    }

    #[test]
    fn under_a_base_only_its_paths_are_pages() {
        assert_eq!(Page::of("/trials", "/trials"), Page::Home);
        assert_eq!(Page::of("/trials/", "/trials"), Page::Home);
        assert_eq!(Page::of("/trials/learn", "/trials"), Page::Learn);
        assert_eq!(Page::of("/trials/trial/X", "/trials"), Page::Trial("X".to_owned()));
        assert_eq!(Page::of("/learn", "/trials"), Page::NotFound);
        assert_eq!(Page::of("/trialslearn", "/trials"), Page::NotFound);
    }

    #[test]
    fn exact_links_are_current_on_their_own_path_only() {
        assert!(is_current("/", "/", true));
        assert!(!is_current("/", "/browse", true));
        assert!(!is_current("/browse", "/browse/", true));
    }

    #[test]
    fn other_links_are_current_on_their_path_and_below_it() {
        assert!(is_current("/browse", "/browse", false));
        assert!(is_current("/browse", "/browse/", false));
        assert!(is_current("/trial", "/trial/X", false));
        assert!(is_current("/", "/", false));
        assert!(!is_current("/", "/browse", false));
        assert!(!is_current("/browse", "/", false));
        assert!(!is_current("/browse", "/learn", false));
        assert!(!is_current("/trial/X", "/trial", false));
        assert!(!is_current("/trial/X", "/trial/Y", false));
        // leptos_router's rule, kept: under a base, a link to the base's root is current on
        // every page below it (only the nav's exact link is styled).
        assert!(is_current("/trials/", "/trials/browse", false));
    }
}
