//! Route `/`: the trial data panel, the questionnaire and the live results side by side (one
//! column on phones, with a results bar at the bottom of the screen), then the share and
//! storage tools, and the print-only checklist.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::print_sheet::PrintSheet;
use crate::components::questionnaire::Questionnaire;
use crate::components::remember_answers::RememberAnswers;
use crate::components::results_bar::ResultsBar;
use crate::components::results_panel::{GroupsState, ResultsPanel};
use crate::components::share_tools::ShareTools;
use crate::components::trial_data_panel::TrialDataPanel;

#[component]
pub fn HomePage() -> impl IntoView {
    GroupsState::provide();
    view! {
        <Title text="Find leukemia clinical trials"/>
        <h1 class="tm-visually-hidden">"Find leukemia clinical trials"</h1>
        <TrialDataPanel/>
        <div class="tm-home">
            <Questionnaire/>
            <div class="tm-home__results">
                <ResultsPanel/>
                <ShareTools/>
                <RememberAnswers/>
            </div>
        </div>
        <ResultsBar/>
        <PrintSheet/>
    }
}
