//! What happens when the route changes: the focus moves to the new page's heading, so a
//! screen reader announces the new page and the keyboard starts from its top; and the skip
//! link, which jumps past the header to the same heading.

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

/// Focuses the current page's `<h1>` (made focusable by script, not by tab order).
fn focus_heading() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(heading) = document.query_selector("main h1").ok().flatten() else { return };
    let _ = heading.set_attribute("tabindex", "-1");
    if let Ok(heading) = heading.dyn_into::<web_sys::HtmlElement>() {
        let _ = heading.focus();
    }
}

/// Moves the focus to the new page's heading after each route change (not on the first page
/// load, where the focus belongs at the top of the document).
#[component]
pub fn RouteFocus() -> impl IntoView {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.as_ref().is_some_and(|p| *p != path) {
            // The new page renders in this tick; its heading exists on the next frame.
            request_animation_frame(focus_heading);
        }
        path
    });
}

/// "Skip to the main content": the first thing a keyboard reaches. It moves the focus to the
/// page's heading itself, because a `#fragment` link would be resolved against the page's
/// `<base href>` and leave the page.
#[component]
pub fn SkipLink() -> impl IntoView {
    view! {
        <a
            class="tm-skip"
            href="#tm-main"
            data-testid="skip-link"
            on:click=|ev| {
                ev.prevent_default();
                focus_heading();
            }
        >
            "Skip to the main content"
        </a>
    }
}
