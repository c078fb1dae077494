//! Notices shown above every page: the example-data notice while examples are in use, and
//! one-off messages such as the result of opening a share link.

use leptos::prelude::*;

use crate::state::{Source, TrialsState, UiState};

#[component]
pub fn PageNotices() -> impl IntoView {
    let trials = TrialsState::expect();
    let notice = UiState::expect().notice;
    let examples = move || trials.data.with(|d| d.as_ref().is_some_and(|d| d.source == Source::Examples));
    view! {
        <div class="tm-notices">
            <Show when=examples>
                <p class="tm-notice tm-notice--examples" data-testid="example-notice">
                    <strong>"Example data: "</strong>
                    "made-up example trials for trying the page, not real studies. "
                    "Real trials can be loaded under “Trial data”."
                </p>
            </Show>
            {move || notice.get().map(|n| view! {
                <div
                    class=if n.is_problem { "tm-notice tm-notice--problem" } else { "tm-notice" }
                    role=if n.is_problem { "alert" } else { "status" }
                    data-testid="share-notice"
                >
                    <p class="tm-notice__text">{n.text}</p>
                    <button type="button" class="tm-button tm-button--quiet" on:click=move |_| notice.set(None)>
                        "Dismiss"
                    </button>
                </div>
            })}
        </div>
    }
}
