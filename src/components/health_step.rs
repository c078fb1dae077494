//! Step "Health today": day-to-day activity (ECOG, in plain words), leukemia in the brain or
//! spinal fluid, and whether the team considers intensive chemotherapy possible.

use leptos::prelude::*;

use crate::components::choice_group::{ChoiceGroup, YesNo};
use crate::markers::ECOG;
use crate::state::AnswersState;

const ECOG_KEYS: [&str; 5] = ["0", "1", "2", "3", "4"];

#[component]
pub fn HealthStep() -> impl IntoView {
    let answers = AnswersState::expect().0;
    let ecog = Signal::derive(move || answers.with(|a| a.ecog.map(|e| ECOG_KEYS[usize::from(e.min(4))])));
    let on_ecog = Callback::new(move |key: Option<&'static str>| {
        answers.update(|a| a.ecog = key.and_then(|k| k.parse().ok()));
    });
    let options = ECOG
        .iter()
        .map(|(level, short, long)| (ECOG_KEYS[usize::from(*level)], format!("{short} — {long}")))
        .collect();
    view! {
        <div class="tm-step" data-testid="step-health">
            <ChoiceGroup
                name="ecog".to_owned()
                legend="Which best describes a usual day now?"
                hint="Doctors call this the ECOG performance status (0 to 4, listed in order). Many trials ask for 0 to 2."
                options=options
                selected=ecog
                on_choose=on_ecog
            />
            <YesNo
                name="cns".to_owned()
                legend="Is there leukemia in the brain or spinal fluid (CNS) now?"
                hint="Found by a lumbar puncture (spinal tap). Answer No if it was there before but has cleared."
                value=Signal::derive(move || answers.with(|a| a.cns_involvement))
                on_change=Callback::new(move |v| answers.update(|a| a.cns_involvement = v))
            />
            <YesNo
                name="fit".to_owned()
                legend="Does the care team consider intensive chemotherapy possible?"
                hint="Intensive means hospital-based induction such as 7+3. The team decides this from age, health and other illnesses."
                value=Signal::derive(move || answers.with(|a| a.fit_for_intensive))
                on_change=Callback::new(move |v| answers.update(|a| a.fit_for_intensive = v))
            />
        </div>
    }
}
