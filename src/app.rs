//! The root component: provides state, starts loading the trials and lays out the page.

use leptos::prelude::*;

use crate::components::{diagnosis_step::DiagnosisStep, header::Header, trial_data_status::TrialDataStatus};
use crate::data::fetch_examples;
use crate::state::AnswersState;

#[component]
pub fn App() -> impl IntoView {
    AnswersState::provide();
    let catalog = LocalResource::new(fetch_examples);

    view! {
        <Header/>
        <main class="tm-main">
            <TrialDataStatus catalog=catalog/>
            <DiagnosisStep/>
        </main>
    }
}
