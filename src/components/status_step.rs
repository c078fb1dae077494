//! Step "Where things stand": disease status, lines of treatment so far, earlier treatments
//! (those that matter for the diagnosis, or already answered) and, for CML and
//! Philadelphia-positive ALL, how many TKIs. Someone newly diagnosed and not yet treated is
//! not asked about earlier treatment, unless they answered some before.

use leptos::prelude::*;
use trialmatch_core::answers::{Biomarker, DiseaseStatus, PriorTherapy};

use crate::components::choice_group::{ChoiceGroup, YesNo};
use crate::components::number_field::NumberField;
use crate::components::term_help::TermHelp;
use crate::format::capitalize;
use crate::markers::{asks_tki_count, therapy_hint, therapy_relevant};
use crate::state::AnswersState;

#[component]
pub fn StatusStep() -> impl IntoView {
    let answers = AnswersState::expect().0;
    let status = Signal::derive(move || answers.with(|a| a.disease_status.map(DiseaseStatus::key)));
    let on_status = Callback::new(move |key: Option<&'static str>| {
        answers.update(|a| a.disease_status = key.and_then(DiseaseStatus::from_key));
    });
    let options = DiseaseStatus::ALL.iter().map(|s| (s.key(), capitalize(s.label()))).collect();
    let lines = Signal::derive(move || answers.with(|a| a.prior_lines.map(f64::from)));
    let on_lines =
        Callback::new(move |v: Option<f64>| answers.update(|a| a.prior_lines = v.map(|v| v as u32)));
    let tki = Signal::derive(move || answers.with(|a| a.tki_count.map(f64::from)));
    let on_tki = Callback::new(move |v: Option<f64>| answers.update(|a| a.tki_count = v.map(|v| v as u32)));
    let diagnosis = Memo::new(move |_| answers.with(|a| a.diagnosis));
    // Earlier treatment is asked unless the disease is newly diagnosed; answers given before
    // the status was chosen stay in view, so nothing counts that cannot be seen.
    let treated = Memo::new(move |_| {
        answers.with(|a| {
            a.disease_status != Some(DiseaseStatus::NewlyDiagnosed)
                || a.prior_lines.is_some_and(|n| n > 0)
                || a.tki_count.is_some_and(|n| n > 0)
                || PriorTherapy::ALL.iter().any(|t| a.prior(*t).is_some())
        })
    });
    let shows_tki = Memo::new(move |_| {
        answers
            .with(|a| asks_tki_count(a.diagnosis, a.biomarker(Biomarker::BcrAbl1)) || a.tki_count.is_some())
    });
    let status_terms: &'static [&'static str] = &["complete-remission", "mrd", "relapse"];

    let therapy = move |therapy: PriorTherapy| {
        let shown = Memo::new(move |_| {
            therapy_relevant(therapy, diagnosis.get()) || answers.with(|a| a.prior(therapy).is_some())
        });
        view! {
            <Show when=move || shown.get()>
                <YesNo
                    name=format!("prior-{}", therapy.key())
                    legend=capitalize(therapy.label())
                    hint=therapy_hint(therapy)
                    value=Signal::derive(move || answers.with(|a| a.prior(therapy)))
                    on_change=Callback::new(move |v| answers.update(|a| a.set_prior(therapy, v)))
                />
            </Show>
        }
    };

    view! {
        <div class="tm-step" data-testid="step-status">
            <ChoiceGroup
                name="status".to_owned()
                legend="Where does the disease stand now?"
                hint="Remission means no leukemia is seen under the microscope. MRD (measurable residual disease) tests look for tiny amounts left; your report may say MRD-positive or MRD-negative."
                options=options
                selected=status
                on_choose=on_status
            >
                <TermHelp keys=status_terms id="status"/>
            </ChoiceGroup>
            <Show
                when=move || treated.get()
                fallback=|| view! {
                    <p class="tm-question__hint" data-testid="no-prior-questions">
                        "Newly diagnosed and not treated yet, so there are no questions about earlier treatment."
                    </p>
                }
            >
            <fieldset class="tm-question">
                <legend class="tm-question__legend">"Treatment so far"</legend>
                <NumberField
                    id="prior-lines"
                    label="How many lines (courses) of treatment so far?"
                    hint="A line is one treatment plan, e.g. induction plus consolidation counts as one; a new plan after relapse is another. 0 if not treated yet."
                    value=lines
                    on_change=on_lines
                    min=0.0
                    max=20.0
                />
                <Show when=move || shows_tki.get()>
                    <NumberField
                        id="tki-count"
                        label="How many different TKIs (imatinib, dasatinib, nilotinib, bosutinib, ponatinib, asciminib…) so far?"
                        hint="For CML and Philadelphia-positive ALL. 0 if none."
                        value=tki
                        on_change=on_tki
                        min=0.0
                        max=10.0
                    />
                </Show>
                // "TKI" is explained only where the TKI question is asked (in AML criteria the
                // word usually means a FLT3 inhibitor).
                {move || {
                    let keys: &'static [&'static str] = if shows_tki.get() { &["lines", "tki"] } else { &["lines"] };
                    view! { <TermHelp keys id="lines"/> }
                }}
            </fieldset>
            <section class="tm-subsection" aria-labelledby="prior-heading">
                <h3 class="tm-subsection__title" id="prior-heading">"Treatments received at any time"</h3>
                <p class="tm-question__hint">"Only treatments that matter for the diagnosis are listed."</p>
                {PriorTherapy::ALL.iter().map(|t| therapy(*t)).collect_view()}
                <TermHelp keys=&["seven-plus-three", "induction"] id="therapies"/>
            </section>
            </Show>
        </div>
    }
}
