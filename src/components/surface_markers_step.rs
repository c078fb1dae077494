//! Step "Surface markers": proteins on the leukemia cells, from flow cytometry.

use leptos::prelude::*;

use crate::components::marker_question::MarkerList;
use crate::components::term_help::TermHelp;
use crate::markers::SURFACE;

#[component]
pub fn SurfaceMarkersStep() -> impl IntoView {
    view! {
        <div class="tm-step" data-testid="step-surface">
            <p class="tm-step__intro">
                "Flow cytometry lists the proteins (CD numbers) found on the leukemia cells. "
                "Antibody, CAR T-cell and engager therapies aim at one of them, so trials ask whether it is there."
            </p>
            <TermHelp keys=&["flow"] id="surface"/>
            <MarkerList markers=&SURFACE id="surface"/>
        </div>
    }
}
