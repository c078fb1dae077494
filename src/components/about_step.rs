//! Step "About you": age (years, plus months for babies) and sex.

use leptos::prelude::*;
use trialmatch_core::answers::Sex;

use crate::components::choice_group::ChoiceGroup;
use crate::components::number_field::NumberField;
use crate::format::capitalize;
use crate::state::AnswersState;

#[component]
pub fn AboutStep() -> impl IntoView {
    let answers = AnswersState::expect().0;
    let age = Memo::new(move |_| answers.with(|a| a.age_years));
    let whole_years = move || age.get().map(f64::floor);
    let months = move || age.get().map(|a| ((a - a.floor()) * 12.0).round()).filter(|m| *m > 0.0);
    let set_age = move |age: Option<f64>| answers.update(|a| a.age_years = age);
    let on_years = Callback::new(move |years: Option<f64>| {
        let extra = months().unwrap_or(0.0) / 12.0;
        set_age(match years {
            Some(y) => Some(y.floor() + extra),
            None if extra > 0.0 => Some(extra),
            None => None,
        });
    });
    let on_months = Callback::new(move |m: Option<f64>| {
        let years = whole_years();
        set_age(match (years, m) {
            (None, None) => None,
            (y, m) => Some(y.unwrap_or(0.0) + m.unwrap_or(0.0).round() / 12.0),
        });
    });
    let sex = Signal::derive(move || answers.with(|a| a.sex.map(Sex::key)));
    let on_sex = Callback::new(move |key: Option<&'static str>| {
        answers.update(|a| a.sex = key.and_then(Sex::from_key));
    });
    let sex_options = Sex::ALL.iter().map(|s| (s.key(), capitalize(s.label()))).collect();

    view! {
        <div class="tm-step" data-testid="step-about">
            <fieldset class="tm-question">
                <legend class="tm-question__legend">"How old is the person with leukemia?"</legend>
                <p class="tm-question__hint">
                    "Trials set age limits. For babies and toddlers, add the months too."
                </p>
                <NumberField
                    id="age-years"
                    label="Years"
                    value=Signal::derive(whole_years)
                    on_change=on_years
                    min=0.0
                    max=130.0
                    unit="years"
                />
                <NumberField
                    id="age-months"
                    label="Months (for babies and young children)"
                    value=Signal::derive(months)
                    on_change=on_months
                    min=0.0
                    max=11.0
                    unit="months"
                />
            </fieldset>
            <ChoiceGroup
                name="sex".to_owned()
                legend="Sex"
                hint="Only a few trials are for one sex, usually because of a drug's effect on pregnancy."
                options=sex_options
                selected=sex
                on_choose=on_sex
                inline=true
            />
        </div>
    }
}
