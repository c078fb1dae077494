//! Shows how many trials are loaded, with a visible loading state and a plain error message
//! when the trial file is missing or broken — never a blank page.

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::{Catalog, Source};

#[component]
pub fn TrialDataStatus(
    /// The loading (or loaded) trial catalog.
    catalog: LocalResource<Result<Arc<Catalog>, String>>,
) -> impl IntoView {
    view! {
        <section class="tm-data-status" aria-live="polite">
            {move || match catalog.get() {
                None => view! {
                    <p data-testid="trials-loading">"Loading trials…"</p>
                }.into_any(),
                Some(Err(message)) => view! {
                    <p class="tm-data-status__error" role="alert" data-testid="trials-error">{message}</p>
                }.into_any(),
                Some(Ok(catalog)) => {
                    let count = catalog.report.trials.len();
                    let examples = catalog.source == Source::Examples;
                    view! {
                        <p>
                            <strong data-testid="trial-count">{count}</strong>
                            {if count == 1 { " trial loaded" } else { " trials loaded" }}
                        </p>
                        <Show when=move || examples>
                            <p class="tm-data-status__notice" data-testid="example-notice">
                                "These are made-up example trials for trying the page, not real studies."
                            </p>
                        </Show>
                    }.into_any()
                }
            }}
        </section>
    }
}
