//! If the page ever panics, replace it with a calm message and a reload link instead of
//! leaving a dead page. The WebAssembly instance is gone after a panic, so the message uses
//! plain DOM and a link — nothing that needs Rust to run again.

use wasm_bindgen::JsCast;

/// Installs the hook (once, at start-up).
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_message();
    }));
}

fn show_message() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = document.body() else { return };
    body.set_text_content(None);
    let Ok(section) = document.create_element("section") else { return };
    section.set_class_name("tm-crash");
    let _ = section.set_attribute("role", "alert");
    let _ = section.set_attribute("data-testid", "crash-message");
    let heading = document.create_element("h1").ok();
    let text = document.create_element("p").ok();
    let link = document.create_element("a").ok();
    if let (Some(heading), Some(text), Some(link)) = (heading, text, link) {
        heading.set_text_content(Some("Something went wrong — your answers were not sent anywhere."));
        text.set_text_content(Some(
            "The page stopped because of an error in it. Nothing you entered left this device. \
             Reloading the page starts it again.",
        ));
        link.set_text_content(Some("Reload the page"));
        let _ = link.set_attribute("href", "");
        // Any `target` makes the router leave the click to the browser, which then reloads;
        // without it the router, still listening after the crash, would take the click over.
        let _ = link.set_attribute("target", "_self");
        let _ = link.set_attribute("data-testid", "crash-reload");
        link.set_class_name("tm-button");
        for child in [&heading, &text, &link] {
            let _ = section.append_child(child.unchecked_ref::<web_sys::Node>());
        }
        let _ = body.append_child(&section);
    }
}
