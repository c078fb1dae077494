//! Browser tests (wasm-bindgen-test in headless Chromium): mount a component, act, and
//! check the DOM. Run with `cargo test -p trialmatch-app --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use trialmatch_app::components::diagnosis_step::DiagnosisStep;
use trialmatch_app::state::AnswersState;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn by_test_id(id: &str) -> web_sys::HtmlElement {
    document()
        .query_selector(&format!("[data-testid=\"{id}\"]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no element {id}"))
        .unchecked_into()
}

#[wasm_bindgen_test]
async fn choosing_a_diagnosis_updates_the_answers() {
    let owner = Owner::new();
    owner.set();
    let answers = AnswersState::provide();
    leptos::mount::mount_to_body(DiagnosisStep);

    by_test_id("diagnosis-AML").click();
    leptos::task::tick().await;
    assert_eq!(answers.0.get_untracked().diagnosis.map(|d| d.key()), Some("AML"));
    assert!(by_test_id("diagnosis-echo").inner_text().contains("acute myeloid leukemia"));

    by_test_id("diagnosis-unsure").click();
    leptos::task::tick().await;
    assert_eq!(answers.0.get_untracked().diagnosis, None);
}
