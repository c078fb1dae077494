//! When no trial is likely or possible: a kind word and next steps instead of a dead end —
//! trials hidden by the filters (with one click to show them, saying when they are closed),
//! standard treatment, the care team, current trials when the page shows examples, and new
//! trials to come.

use leptos::prelude::*;

use crate::components::results_panel::Groups;
use crate::device;
use crate::filters::{describe_hidden, Hidden};
use crate::loader::load_live;
use crate::state::{Shared, Source, TrialsState, UiState};

/// What the panel needs from the groups, computed once per change.
#[derive(Clone, PartialEq)]
struct Situation {
    hidden: Hidden,
    examples: bool,
    ruled_out: usize,
}

#[component]
pub fn NothingFits(groups: Memo<Option<Shared<Groups>>>) -> impl IntoView {
    let trials = TrialsState::expect();
    let filters = UiState::expect().filters;
    let situation = Memo::new(move |_| {
        groups.with(|g| {
            let g = g.as_ref()?;
            if !(g.shown[0].is_empty() && g.shown[1].is_empty()) || g.matched.data.still_reading.is_some() {
                return None;
            }
            let mut hidden = g.hidden[0];
            for (total, more) in hidden.0.iter_mut().zip(g.hidden[1].0) {
                *total += more;
            }
            let data = &g.matched.data;
            Some(Situation { hidden, examples: data.source == Source::Examples, ruled_out: g.shown[2].len() })
        })
    });
    move || {
        situation.get().map(|s| {
            let hidden = s.hidden;
            view! {
                <section class="tm-nothing" data-testid="nothing-fits" aria-labelledby="tm-nothing-title">
                    <h3 class="tm-nothing__title" id="tm-nothing-title">"No trial fits these answers right now"</h3>
                    <p>
                        "That happens often, and it does not mean there is nothing to do. Some next steps:"
                    </p>
                    <ul class="tm-nothing__steps">
                        {(hidden.total() > 0).then(|| view! {
                            <li data-testid="nothing-hidden">
                                {move || filters.with(|f| describe_hidden(&hidden, f))}" "
                                <button type="button" class="tm-button tm-button--quiet" data-testid="nothing-show-hidden"
                                    on:click=move |_| {
                                        filters.update(|f| *f = f.showing_all());
                                        device::show_and_focus("tm-results-title");
                                    }>
                                    "Show them"<span class="tm-visually-hidden">" (the trials hidden by the filters)"</span>
                                </button>
                            </li>
                        })}
                        <li>
                            <strong>"Standard treatment is not a trial. "</strong>
                            "It is the proven care for this disease, and most people are treated that way. "
                            "Your care team can explain the choices."
                        </li>
                        <li>
                            <strong>"Ask the care team about trials at their centre. "</strong>
                            "Some trials are not listed yet, and the team knows which ones are about to open."
                        </li>
                        {s.examples.then(|| view! {
                            <li data-testid="nothing-examples">
                                <strong>"These are made-up example trials. "</strong>
                                "Current trials may fit where these do not. "
                                <button type="button" class="tm-button" data-testid="nothing-load-current"
                                    on:click=move |_| load_live(trials)>
                                    "Get current trials from ClinicalTrials.gov"
                                </button>
                                <span class="tm-nothing__note">" The request holds only the word “leukemia”, none of your answers."</span>
                            </li>
                        })}
                        <li data-testid="nothing-soon">
                            "New trials open every month, and trials marked “not yet recruiting” may open soon: "
                            "check back in a few weeks, or tick “Remember my answers on this device” below to see what changed next time."
                        </li>
                        {(s.ruled_out > 0).then(|| view! {
                            <li>
                                "“Not sure” never rules a trial out. If an answer was a guess, changing it to “Not sure” "
                                "may show trials to ask about. The ruled-out list below says what did not fit."
                            </li>
                        })}
                    </ul>
                </section>
            }
        })
    }
}
