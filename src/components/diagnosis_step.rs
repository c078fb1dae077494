//! The diagnosis question: one radio group bound to the answers state, with "Not sure".

use leptos::prelude::*;
use trialmatch_core::answers::Diagnosis;

use crate::state::AnswersState;

#[component]
pub fn DiagnosisStep() -> impl IntoView {
    let answers = AnswersState::expect().0;
    let selected = move || answers.with(|a| a.diagnosis);
    let choose = move |value: Option<Diagnosis>| answers.update(|a| a.diagnosis = value);

    view! {
        <fieldset class="tm-question" data-testid="step-diagnosis">
            <legend class="tm-question__legend">"What is the diagnosis?"</legend>
            {Diagnosis::ALL
                .iter()
                .map(|&diagnosis| {
                    view! {
                        <label class="tm-question__option">
                            <input
                                type="radio"
                                name="diagnosis"
                                data-testid=format!("diagnosis-{}", diagnosis.key())
                                prop:checked=move || selected() == Some(diagnosis)
                                on:change=move |_| choose(Some(diagnosis))
                            />
                            {diagnosis.label()}
                        </label>
                    }
                })
                .collect_view()}
            <label class="tm-question__option">
                <input
                    type="radio"
                    name="diagnosis"
                    data-testid="diagnosis-unsure"
                    prop:checked=move || selected().is_none()
                    on:change=move |_| choose(None)
                />
                "Not sure"
            </label>
            <p class="tm-question__echo" data-testid="diagnosis-echo">
                {move || match selected() {
                    Some(d) => format!("You chose: {}", d.label()),
                    None => "Not answered yet".to_owned(),
                }}
            </p>
        </fieldset>
    }
}
