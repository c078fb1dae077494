//! Step "Diagnosis": the diagnosis, and the CML phase — asked only for CML.

use leptos::prelude::*;
use trialmatch_core::answers::{CmlPhase, Diagnosis};

use crate::components::choice_group::ChoiceGroup;
use crate::format::capitalize;
use crate::state::AnswersState;

#[component]
pub fn DiagnosisStep() -> impl IntoView {
    let answers = AnswersState::expect().0;
    let diagnosis = Memo::new(move |_| answers.with(|a| a.diagnosis));
    let on_diagnosis = Callback::new(move |key: Option<&'static str>| {
        answers.update(|a| a.diagnosis = key.and_then(Diagnosis::from_key));
    });
    // The common diagnoses first; the rarer ones behind "Another kind of leukemia".
    let option = |d: &Diagnosis| (d.key(), capitalize(d.label()));
    let options = Diagnosis::ALL.iter().filter(|d| d.row().common).map(option).collect();
    let rare = Diagnosis::ALL.iter().filter(|d| !d.row().common).map(option).collect();
    let phase = Signal::derive(move || answers.with(|a| a.cml_phase.map(CmlPhase::key)));
    let on_phase = Callback::new(move |key: Option<&'static str>| {
        answers.update(|a| a.cml_phase = key.and_then(CmlPhase::from_key));
    });
    let is_cml = move || diagnosis.get() == Some(Diagnosis::Cml);

    view! {
        <div class="tm-step" data-testid="step-diagnosis">
            <ChoiceGroup
                name="diagnosis".to_owned()
                legend="What is the diagnosis?"
                hint="As written on the pathology or bone marrow report. Choose \"Not sure\" if you do not know the exact type."
                options=options
                more=("Another kind of leukemia, MDS or a related disease".to_owned(), rare)
                selected=Signal::derive(move || diagnosis.get().map(Diagnosis::key))
                on_choose=on_diagnosis
            >
                <p class="tm-question__echo" data-testid="diagnosis-echo" aria-live="polite">
                    {move || match diagnosis.get() {
                        Some(d) => format!("You chose: {}", d.label()),
                        None => "Not answered yet".to_owned(),
                    }}
                </p>
            </ChoiceGroup>
            <Show when=is_cml>
                <ChoiceGroup
                    name="cml-phase".to_owned()
                    legend="Which phase is the CML in?"
                    hint="Most people are in chronic phase. The phase is on the hematologist's notes."
                    options=CmlPhase::ALL.iter().map(|p| (p.key(), capitalize(p.label()))).collect()
                    selected=phase
                    on_choose=on_phase
                />
            </Show>
        </div>
    }
}
