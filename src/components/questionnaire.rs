//! The questionnaire: a list of steps to jump to any of them, a progress indicator, the
//! current step, and Back / Next. Every answer is saved as it is given; results update live.

use leptos::prelude::*;

use crate::components::about_step::AboutStep;
use crate::components::diagnosis_step::DiagnosisStep;
use crate::components::health_step::HealthStep;
use crate::components::location_step::LocationStep;
use crate::components::report_fill::ReportFill;
use crate::components::status_step::StatusStep;
use crate::components::surface_markers_step::SurfaceMarkersStep;
use crate::components::test_results_step::TestResultsStep;
use crate::device;
use crate::state::UiState;

/// The steps, in order: (key, title).
pub const STEPS: [(&str, &str); 7] = [
    ("about", "About you"),
    ("diagnosis", "Diagnosis"),
    ("status", "Where things stand"),
    ("tests", "Test results"),
    ("surface", "Surface markers"),
    ("health", "Health today"),
    ("location", "Location"),
];

fn step_view(index: usize) -> AnyView {
    match index {
        0 => view! { <AboutStep/> }.into_any(),
        1 => view! { <DiagnosisStep/> }.into_any(),
        2 => view! { <StatusStep/> }.into_any(),
        3 => view! { <TestResultsStep/> }.into_any(),
        4 => view! { <SurfaceMarkersStep/> }.into_any(),
        5 => view! { <HealthStep/> }.into_any(),
        _ => view! { <LocationStep/> }.into_any(),
    }
}

#[component]
pub fn Questionnaire() -> impl IntoView {
    let step = UiState::expect().step;
    let last = STEPS.len() - 1;
    let go = move |index: usize| {
        step.set(index.min(last));
        // Move focus to the step's heading so keyboard and screen-reader users follow along;
        // on a phone this also brings the new step's top into view.
        request_animation_frame(|| device::show_and_focus("tm-step-heading"));
    };
    let see_results = move |_| device::show_and_focus("tm-results-title");

    view! {
        <section class="tm-questionnaire" aria-labelledby="tm-questionnaire-title" data-testid="questionnaire">
            <h2 class="tm-questionnaire__title" id="tm-questionnaire-title">"Your answers"</h2>
            <p class="tm-questionnaire__lead">
                "Answer what you know; \"Not sure\" is always fine. Results update as you go."
            </p>
            <ReportFill/>
            <nav class="tm-steps" aria-label="Questionnaire steps">
                <ol class="tm-steps__list">
                    {STEPS
                        .iter()
                        .enumerate()
                        .map(|(index, (key, title))| {
                            view! {
                                <li class="tm-steps__item">
                                    <button
                                        type="button"
                                        class="tm-steps__link"
                                        class:tm-steps__link--current=move || step.get() == index
                                        data-testid=format!("step-link-{key}")
                                        aria-current=move || (step.get() == index).then_some("step")
                                        on:click=move |_| go(index)
                                    >
                                        <span class="tm-steps__number" aria-hidden="true">{index + 1}</span>
                                        // On phones the steps show their numbers only (the
                                        // progress line names the current one); the names stay
                                        // for screen readers.
                                        <span class="tm-steps__name">{*title}</span>
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </nav>
            <div class="tm-progress">
                <label for="tm-progress-bar" class="tm-progress__label" data-testid="step-progress">
                    {move || format!("Step {} of {}: {}", step.get() + 1, STEPS.len(), STEPS[step.get()].1)}
                </label>
                <progress
                    id="tm-progress-bar"
                    class="tm-progress__bar"
                    max=STEPS.len()
                    value=move || step.get() + 1
                ></progress>
            </div>
            <h3 class="tm-questionnaire__step-title" id="tm-step-heading" tabindex="-1">
                {move || STEPS[step.get()].1}
            </h3>
            {move || step_view(step.get())}
            <div class="tm-questionnaire__nav">
                <button
                    type="button"
                    class="tm-button"
                    data-testid="step-back"
                    disabled=move || step.get() == 0
                    on:click=move |_| go(step.get().saturating_sub(1))
                >
                    "← Back"
                </button>
                <Show
                    when=move || step.get() < last
                    fallback=move || view! {
                        <button type="button" class="tm-button tm-button--primary" data-testid="see-results" on:click=see_results>
                            "See my results"
                        </button>
                    }
                >
                    <button
                        type="button"
                        class="tm-button tm-button--primary"
                        data-testid="step-next"
                        on:click=move |_| go(step.get() + 1)
                    >
                        "Next →"
                    </button>
                </Show>
            </div>
        </section>
    }
}
