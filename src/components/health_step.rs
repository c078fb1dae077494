//! Step "Health today": day-to-day activity (ECOG in plain words; for children under 16 the
//! Lansky words, about play rather than work), leukemia in the brain or spinal fluid, and
//! whether the team considers intensive chemotherapy possible.

use leptos::prelude::*;

use crate::components::choice_group::{ChoiceGroup, YesNo};
use crate::components::term_help::TermHelp;
use crate::markers::{ECOG, LANSKY, LANSKY_UNDER_YEARS};
use crate::state::AnswersState;

const ECOG_KEYS: [&str; 5] = ["0", "1", "2", "3", "4"];

#[component]
pub fn HealthStep() -> impl IntoView {
    let answers = AnswersState::expect().0;
    let ecog = Signal::derive(move || answers.with(|a| a.ecog.map(|e| ECOG_KEYS[usize::from(e.min(4))])));
    let on_ecog = Callback::new(move |key: Option<&'static str>| {
        answers.update(|a| a.ecog = key.and_then(|k| k.parse().ok()));
    });
    let child = Memo::new(move |_| answers.with(|a| a.age_years.is_some_and(|age| age < LANSKY_UNDER_YEARS)));
    // Both scales store the same ECOG level; trials' Lansky limits are read as ECOG too.
    let activity = move || {
        let (table, legend, hint, terms): (_, _, _, &'static [&'static str]) = if child.get() {
            (
                &LANSKY,
                "Which best describes your child's usual day now?",
                "Doctors call this the Lansky play-performance score (100 down to 10). Many children's trials ask for 50 or more.",
                &["lansky"],
            )
        } else {
            (
                &ECOG,
                "Which best describes a usual day now?",
                "Doctors call this the ECOG performance status (0 to 4, listed in order). Many trials ask for 0 to 2.",
                &["ecog"],
            )
        };
        let options = table
            .iter()
            .map(|(level, short, long)| (ECOG_KEYS[usize::from(*level)], format!("{short} — {long}")))
            .collect();
        view! {
            <ChoiceGroup name="ecog".to_owned() legend hint options selected=ecog on_choose=on_ecog>
                <TermHelp keys=terms id="activity"/>
            </ChoiceGroup>
        }
    };
    view! {
        <div class="tm-step" data-testid="step-health">
            {activity}
            <YesNo
                name="cns".to_owned()
                legend="Is there leukemia in the brain or spinal fluid (CNS) now?"
                hint="Found by a lumbar puncture (spinal tap). Answer No if it was there before but has cleared."
                value=Signal::derive(move || answers.with(|a| a.cns_involvement))
                on_change=Callback::new(move |v| answers.update(|a| a.cns_involvement = v))
            >
                <TermHelp keys=&["cns"] id="cns"/>
            </YesNo>
            <YesNo
                name="fit".to_owned()
                legend="Does the care team consider intensive chemotherapy possible?"
                hint="Intensive means hospital-based induction such as 7+3. The team decides this from age, health and other illnesses."
                value=Signal::derive(move || answers.with(|a| a.fit_for_intensive))
                on_change=Callback::new(move |v| answers.update(|a| a.fit_for_intensive = v))
            >
                <TermHelp keys=&["seven-plus-three", "induction"] id="intensive"/>
            </YesNo>
        </div>
    }
}
