//! One marker as a Yes / No / Not sure question, with a short explainer: what it is, why
//! trials ask, and where it appears on a report.

use leptos::prelude::*;
use trialmatch_core::answers::Biomarker;

use crate::components::choice_group::YesNo;
use crate::markers::info;
use crate::state::AnswersState;

#[component]
pub fn MarkerQuestion(marker: Biomarker) -> impl IntoView {
    let answers = AnswersState::expect().0;
    let about = info(marker);
    view! {
        <YesNo
            name=format!("marker-{}", marker.key())
            legend=about.question
            value=Signal::derive(move || answers.with(|a| a.biomarker(marker)))
            on_change=Callback::new(move |v| answers.update(|a| a.set_biomarker(marker, v)))
        >
            <details class="tm-explainer">
                <summary class="tm-explainer__summary">"What is this?"</summary>
                <dl class="tm-explainer__list">
                    <dt>"What it is"</dt>
                    <dd>{about.what}</dd>
                    <dt>"Why trials ask"</dt>
                    <dd>{about.why}</dd>
                    <dt>"Where to find it"</dt>
                    <dd>{about.report}</dd>
                </dl>
            </details>
        </YesNo>
    }
}

/// A list of marker questions: those relevant to the diagnosis, those already answered, or
/// all of them when the person asks to see everything.
#[component]
pub fn MarkerList(
    /// The markers of this step, in order.
    markers: &'static [Biomarker],
    /// Test-id and element-id prefix of the "show all" switch.
    id: &'static str,
) -> impl IntoView {
    let answers = AnswersState::expect().0;
    let show_all = RwSignal::new(false);
    let diagnosis = Memo::new(move |_| answers.with(|a| a.diagnosis));
    let hidden = Memo::new(move |_| {
        let dx = diagnosis.get();
        markers
            .iter()
            .filter(|m| !crate::markers::marker_relevant(**m, dx))
            .filter(|m| answers.with(|a| a.biomarker(**m).is_none()))
            .count()
    });
    let question = move |marker: Biomarker| {
        let shown = Memo::new(move |_| {
            show_all.get()
                || crate::markers::marker_relevant(marker, diagnosis.get())
                || answers.with(|a| a.biomarker(marker).is_some())
        });
        view! {
            <Show when=move || shown.get()>
                <MarkerQuestion marker=marker/>
            </Show>
        }
    };
    let switch_id = format!("{id}-show-all");
    view! {
        {markers.iter().map(|m| question(*m)).collect_view()}
        <Show when=move || { hidden.get() > 0 || show_all.get() }>
            <p class="tm-switch">
                <input
                    type="checkbox"
                    id=switch_id.clone()
                    data-testid=switch_id.clone()
                    prop:checked=move || show_all.get()
                    on:change=move |ev| show_all.set(event_target_checked(&ev))
                />
                <label for=switch_id.clone()>
                    {move || {
                        if show_all.get() {
                            "Showing every marker".to_owned()
                        } else {
                            format!("Show {} more markers not usually tested for this diagnosis", hidden.get())
                        }
                    }}
                </label>
            </p>
        </Show>
    }
}
