//! Step "Test results": genetic and chromosome results relevant to the diagnosis.

use leptos::prelude::*;

use crate::components::marker_question::MarkerList;
use crate::components::term_help::TermHelp;
use crate::markers::GENETIC;

#[component]
pub fn TestResultsStep() -> impl IntoView {
    view! {
        <div class="tm-step" data-testid="step-tests">
            <p class="tm-step__intro">
                "These come from the bone marrow tests: the molecular (NGS) panel, FISH and the karyotype. "
                "Answer Yes if the report says the change is present, No if it was tested and not found, "
                "and Not sure otherwise — not sure never rules a trial out."
            </p>
            <TermHelp keys=&["ngs", "fish", "karyotype"] id="tests"/>
            <MarkerList markers=&GENETIC id="genetic"/>
        </div>
    }
}
