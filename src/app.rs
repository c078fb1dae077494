//! The root component: provides the state, restores answers from a share link, starts
//! loading the example trials, and routes. The router's base comes from the document's
//! `<base href>`, so the page also works under a sub-path.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::changes_panel::provide_last_visit;
use crate::components::header::Header;
use crate::components::page_notices::PageNotices;
use crate::components::remember_answers::provide_remembering;
use crate::components::route_focus::{RouteFocus, SkipLink};
use crate::device;
use crate::format;
use crate::loader::load_default;
use crate::pages::{
    browse::BrowsePage, drug::DrugPage, home::HomePage, learn::LearnPage, not_found::NotFoundPage,
    trial::TrialPage,
};
use crate::share;
use crate::state::{AnswersState, Notice, ResultsState, TrialsState, UiState};

/// Reads answers from a `#answers=` fragment, if there is one, then removes the fragment
/// from the address bar. A damaged or tampered fragment shows a notice and changes nothing.
fn restore_from_fragment(answers: AnswersState, ui: UiState) {
    let hash = device::fragment();
    let Some(result) = share::from_fragment(&hash) else { return };
    match result {
        Ok(restored) => {
            answers.0.set(restored);
            ui.shared_data.set(share::data_of_fragment(&hash));
            ui.notice.set(Some(Notice {
                text: "Your answers were restored from the link you opened.".to_owned(),
                is_problem: false,
            }));
        }
        Err(message) => ui.notice.set(Some(Notice { text: message, is_problem: true })),
    }
    device::clear_fragment();
}

/// Once trials are loaded after a share link was opened, says so when they are not the ones
/// the sender saw: the same answers can give other results on other trials.
fn tell_when_shared_trials_differ(trials: TrialsState, ui: UiState) {
    Effect::new(move |_| {
        let Some(sent) = ui.shared_data.get() else { return };
        let Some(here) = trials.data.with(|d| d.as_ref().map(|d| d.share_label())) else { return };
        ui.shared_data.set(None);
        if sent != here {
            ui.notice.set(Some(Notice {
                text: format!(
                    "Your answers were restored from the link you opened. The link was made with {}; this page shows {}, so the results can differ from what the sender saw.",
                    describe_share_label(&sent),
                    describe_share_label(&here)
                ),
                is_problem: false,
            }));
        }
    });
}

/// A share link's name of trials in words.
fn describe_share_label(label: &str) -> String {
    match label.split_once('.') {
        _ if label == "examples" => "the example trials".to_owned(),
        Some(("snapshot", date)) => {
            format!("trials from ClinicalTrials.gov downloaded {}", format::long_date(date))
        }
        Some(("live", date)) => {
            format!("trials downloaded from ClinicalTrials.gov on {}", format::long_date(date))
        }
        _ if label == "file" => "a file of trials on the sender's device".to_owned(),
        _ => "other trials".to_owned(),
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let answers = AnswersState::provide();
    let trials = TrialsState::provide();
    let results = ResultsState::provide(answers, trials);
    let ui = UiState::provide();
    restore_from_fragment(answers, ui);
    tell_when_shared_trials_differ(trials, ui);
    provide_remembering(answers, ui);
    provide_last_visit(trials, results);
    let listener = window_event_listener(leptos::ev::hashchange, move |_| restore_from_fragment(answers, ui));
    // A file dropped outside the drop zone would make the browser leave the page (and lose
    // the answers); dropping is only meaningful on the zone.
    let drag = window_event_listener(leptos::ev::dragover, |ev| ev.prevent_default());
    let drop = window_event_listener(leptos::ev::drop, |ev| ev.prevent_default());
    on_cleanup(move || {
        listener.remove();
        drag.remove();
        drop.remove();
    });
    load_default(trials);

    view! {
        // Each page names itself with `<Title>`; the product's name follows.
        <Title formatter=|title: String| format!("{title} — Leukemia trial finder")/>
        <Router base=device::router_base()>
            <SkipLink/>
            <RouteFocus/>
            <Header/>
            <main class="tm-main" id="tm-main">
                <PageNotices/>
                <Routes fallback=|| view! { <NotFoundPage/> }>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/trial/:id") view=TrialPage/>
                    <Route path=path!("/drug/:name") view=DrugPage/>
                    <Route path=path!("/browse") view=BrowsePage/>
                    <Route path=path!("/learn") view=LearnPage/>
                </Routes>
            </main>
            <footer class="tm-footer">
                <p>
                    "This page gives a first sort of trials from your answers; it is not medical advice. "
                    "Everything runs in your browser: no server, no accounts, no analytics."
                </p>
            </footer>
        </Router>
    }
}
