//! Route `/`: the trial data panel, the questionnaire and the live results side by side (one
//! column on phones), print and share tools, and the print-only checklist.

use leptos::prelude::*;

use crate::components::print_sheet::PrintSheet;
use crate::components::questionnaire::Questionnaire;
use crate::components::remember_answers::RememberAnswers;
use crate::components::results_panel::ResultsPanel;
use crate::components::share_tools::ShareTools;
use crate::components::trial_data_panel::TrialDataPanel;

#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <h1 class="tm-visually-hidden">"Find leukemia clinical trials"</h1>
        <TrialDataPanel/>
        <div class="tm-home">
            <Questionnaire/>
            <div class="tm-home__results">
                <ShareTools/>
                <RememberAnswers/>
                <ResultsPanel/>
            </div>
        </div>
        <PrintSheet/>
    }
}
