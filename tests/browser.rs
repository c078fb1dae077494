//! Browser tests (wasm-bindgen-test in headless Chromium): mount a component, act, and
//! check the DOM. Run with `cargo test -p trialmatch-app --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos_router::components::Router;
use trialmatch_app::components::diagnosis_step::DiagnosisStep;
use trialmatch_app::components::results_panel::ResultsPanel;
use trialmatch_app::components::status_step::StatusStep;
use trialmatch_app::components::test_results_step::TestResultsStep;
use trialmatch_app::share;
use trialmatch_app::state::{AnswersState, ResultsState, Source, TrialData, TrialsState, UiState};
use trialmatch_core::answers::{Answers, Biomarker, Diagnosis, DiseaseStatus};
use trialmatch_core::matching::Catalog;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn find(id: &str) -> Option<web_sys::HtmlElement> {
    document().query_selector(&format!("[data-testid=\"{id}\"]")).unwrap().map(|e| e.unchecked_into())
}

fn by_test_id(id: &str) -> web_sys::HtmlElement {
    find(id).unwrap_or_else(|| panic!("no element {id}"))
}

/// A fresh container and reactive owner for each test, with the answers state provided.
/// (The test runner's own output lives in `<body>`, so only our container is emptied.)
fn fresh() -> (Owner, AnswersState) {
    if let Some(old) = document().get_element_by_id("tm-test-root") {
        old.remove();
    }
    let root = document().create_element("div").unwrap();
    root.set_id("tm-test-root");
    document().body().unwrap().append_child(&root).unwrap();
    let owner = Owner::new();
    owner.set();
    (owner, AnswersState::provide())
}

/// Mounts a view into the test container.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) {
    let root: web_sys::HtmlElement = document().get_element_by_id("tm-test-root").unwrap().unchecked_into();
    leptos::mount::mount_to(root, view).forget();
}

#[wasm_bindgen_test]
async fn choosing_a_diagnosis_updates_the_answers() {
    let (_owner, answers) = fresh();
    mount(DiagnosisStep);

    by_test_id("diagnosis-AML").click();
    leptos::task::tick().await;
    assert_eq!(answers.0.get_untracked().diagnosis.map(|d| d.key()), Some("AML"));
    assert!(by_test_id("diagnosis-echo").inner_text().contains("acute myeloid leukemia"));

    by_test_id("diagnosis-unsure").click();
    leptos::task::tick().await;
    assert_eq!(answers.0.get_untracked().diagnosis, None);
}

/// The common diagnoses come first; the rarer ones sit behind "Another kind of leukemia",
/// which opens by itself whenever one of them is the answer (a stored or shared one too).
#[wasm_bindgen_test]
async fn rarer_diagnoses_are_behind_another_kind_and_a_chosen_one_stays_visible() {
    let (_owner, answers) = fresh();
    mount(DiagnosisStep);
    let more = by_test_id("diagnosis-more").dyn_into::<web_sys::HtmlDetailsElement>().unwrap();
    assert!(!more.open(), "the rarer diagnoses are open before anyone asked");
    assert!(
        more.contains(Some(&by_test_id("diagnosis-HCL"))),
        "hairy cell leukemia is not among the rarer ones"
    );
    assert!(!more.contains(Some(&by_test_id("diagnosis-AML"))), "AML is hidden among the rarer ones");

    answers.0.update(|a| a.diagnosis = Some(Diagnosis::Hcl));
    leptos::task::tick().await;
    assert!(more.open(), "a chosen rarer diagnosis is hidden");
    let hcl = by_test_id("diagnosis-HCL").dyn_into::<web_sys::HtmlInputElement>().unwrap();
    assert!(hcl.checked());

    by_test_id("diagnosis-AML").click();
    leptos::task::tick().await;
    assert_eq!(answers.0.get_untracked().diagnosis, Some(Diagnosis::Aml));
}

#[wasm_bindgen_test]
async fn cml_phase_is_asked_only_for_cml() {
    let (_owner, answers) = fresh();
    mount(DiagnosisStep);
    assert!(find("question-cml-phase").is_none(), "CML phase asked before any diagnosis");

    by_test_id("diagnosis-CML").click();
    leptos::task::tick().await;
    assert!(find("question-cml-phase").is_some(), "CML phase not asked for CML");
    by_test_id("cml-phase-blast").click();
    leptos::task::tick().await;
    assert_eq!(answers.0.get_untracked().cml_phase.map(|p| p.key()), Some("blast"));

    by_test_id("diagnosis-AML").click();
    leptos::task::tick().await;
    assert!(find("question-cml-phase").is_none(), "CML phase still asked for AML");
}

#[wasm_bindgen_test]
async fn test_results_show_the_markers_of_the_diagnosis() {
    let (_owner, answers) = fresh();
    mount(TestResultsStep);
    // Diagnosis unknown: every marker is asked.
    for marker in ["FLT3-ITD", "BCR-ABL1", "del17p", "PML-RARA"] {
        assert!(find(&format!("question-marker-{marker}")).is_some(), "{marker} missing with no diagnosis");
    }

    answers.0.update(|a| a.diagnosis = Some(Diagnosis::Aml));
    leptos::task::tick().await;
    assert!(find("question-marker-FLT3-ITD").is_some());
    assert!(find("question-marker-NPM1").is_some());
    assert!(find("question-marker-BCR-ABL1").is_none(), "BCR-ABL1 asked for AML");
    assert!(find("question-marker-del17p").is_none(), "del17p asked for AML");

    answers.0.update(|a| a.diagnosis = Some(Diagnosis::Cml));
    leptos::task::tick().await;
    assert!(find("question-marker-BCR-ABL1").is_some());
    assert!(find("question-marker-T315I").is_some());
    assert!(find("question-marker-FLT3-ITD").is_none(), "FLT3-ITD asked for CML");

    // An answer given earlier stays visible (and editable) after the diagnosis changes.
    answers.0.update(|a| {
        a.set_biomarker(Biomarker::Flt3Itd, Some(true));
        a.diagnosis = Some(Diagnosis::Cll);
    });
    leptos::task::tick().await;
    assert!(find("question-marker-FLT3-ITD").is_some(), "an answered marker was hidden");
    assert!(find("question-marker-del17p").is_some());

    // "Show every marker" brings back the rest.
    by_test_id("genetic-show-all").click();
    leptos::task::tick().await;
    assert!(find("question-marker-PML-RARA").is_some());
}

#[wasm_bindgen_test]
async fn tki_count_is_asked_for_cml_and_ph_positive_all() {
    let (_owner, answers) = fresh();
    mount(StatusStep);
    answers.0.update(|a| a.diagnosis = Some(Diagnosis::Aml));
    leptos::task::tick().await;
    assert!(find("tki-count").is_none(), "TKI count asked for AML");

    answers.0.update(|a| a.diagnosis = Some(Diagnosis::Cml));
    leptos::task::tick().await;
    assert!(find("tki-count").is_some(), "TKI count not asked for CML");

    answers.0.update(|a| {
        a.diagnosis = Some(Diagnosis::BAll);
        a.set_biomarker(Biomarker::BcrAbl1, Some(false));
    });
    leptos::task::tick().await;
    assert!(find("tki-count").is_none(), "TKI count asked for Ph-negative B-ALL");
    answers.0.update(|a| a.set_biomarker(Biomarker::BcrAbl1, Some(true)));
    leptos::task::tick().await;
    assert!(find("tki-count").is_some(), "TKI count not asked for Ph-positive B-ALL");
}

fn counts() -> [String; 3] {
    ["count-likely", "count-possible", "count-ruled_out"]
        .map(|id| by_test_id(id).text_content().unwrap_or_default())
}

#[wasm_bindgen_test]
async fn results_re_render_when_answers_change() {
    let (_owner, answers) = fresh();
    let trials = TrialsState::provide();
    ResultsState::provide(answers, trials);
    UiState::provide();
    let report = trialmatch_core::registry::load(include_bytes!("../data/example-trials.json")).unwrap();
    let total = report.trials.len();
    let catalog = Catalog::new(report.trials);
    let classes = catalog.trials().iter().map(TrialData::classes_of).collect();
    trials.replace(
        TrialData::new(catalog, classes, report.skipped, report.snapshot, Source::Examples, None),
        String::new(),
    );
    mount(|| view! { <Router><ResultsPanel/></Router> });
    leptos::task::tick().await;

    let before = counts();
    let sum = |c: &[String; 3]| c.iter().map(|n| n.parse::<usize>().unwrap()).sum::<usize>();
    assert!(sum(&before) > 0 && sum(&before) <= total, "{before:?}");
    assert_eq!(before[2], "0", "nothing is ruled out before any answer");
    let cards_before = document().query_selector_all("[data-testid=trial-card]").unwrap().length();
    assert!(cards_before > 0);

    answers.0.update(|a| {
        a.diagnosis = Some(Diagnosis::Aml);
        a.disease_status = Some(DiseaseStatus::Relapsed);
        a.age_years = Some(58.0);
        a.set_biomarker(Biomarker::Flt3Itd, Some(true));
    });
    leptos::task::tick().await;
    let after = counts();
    assert_ne!(before, after, "the counts did not change");
    assert_ne!(after[2], "0", "nothing was ruled out for relapsed FLT3-ITD AML at 58");
    assert!(by_test_id("results-summary").inner_text().contains(&format!("{} ruled out", after[2])));
    let cards_after = document().query_selector_all("[data-testid=trial-card]").unwrap().length();
    assert!(cards_after < cards_before, "the cards were not re-rendered ({cards_before} → {cards_after})");
}

#[wasm_bindgen_test]
fn share_fragments_round_trip_and_refuse_tampering() {
    let mut answers =
        Answers { age_years: Some(0.5), diagnosis: Some(Diagnosis::Jmml), ..Answers::default() };
    answers.set_biomarker(Biomarker::Kmt2a, Some(false));
    let fragment = share::fragment(&answers);
    assert!(fragment.starts_with("answers="));
    assert!(fragment.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'='));
    assert_eq!(share::from_fragment(&format!("#{fragment}")), Some(Ok(answers)));

    assert_eq!(share::from_fragment("#section-2"), None);
    assert_eq!(share::from_fragment(""), None);
    for tampered in ["#answers=%%%", "#answers=e30", "#answers=eyJ2ZXJzaW9uIjoxLCJlY29nIjo5fQ", "#answers=A"]
    {
        let result = share::from_fragment(tampered);
        assert!(matches!(result, Some(Err(_))), "{tampered} was accepted: {result:?}");
    }
    // Links padded or re-encoded with the standard alphabet by other tools still open.
    for encoded in ["eyJ2ZXJzaW9uIjoxfQ", "eyJ2ZXJzaW9uIjoxfQ==", "Pz8_", "Pz8/"] {
        assert!(share::base64url_decode(encoded).is_some(), "{encoded}");
    }
    assert_eq!(share::base64url_decode("eyJ2ZXJzaW9uIjoxfQ==").as_deref(), Some(&b"{\"version\":1}"[..]));
}
