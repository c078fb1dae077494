//! The results bar on phones: the counts and a "See results" button that stay at the bottom
//! of the screen while the person answers, so the live results are never out of reach.

use leptos::prelude::*;

use crate::components::results_panel::GroupsState;
use crate::device;

#[component]
pub fn ResultsBar() -> impl IntoView {
    let groups = GroupsState::get_or_new();
    let counts = move || {
        groups.with(|g| match g {
            None => "Loading trials…".to_owned(),
            Some(g) => format!("{} likely · {} possible", g.shown[0].len(), g.shown[1].len()),
        })
    };
    view! {
        <div class="tm-results-bar" data-testid="results-bar">
            <p class="tm-results-bar__counts" data-testid="results-bar-counts">{counts}</p>
            <button
                type="button"
                class="tm-button tm-button--primary"
                data-testid="results-bar-see"
                on:click=move |_| device::show_and_focus("tm-results-title")
            >
                "See results"
            </button>
        </div>
    }
}
