//! Print and share: "Print my shortlist", "Copy a link with my answers" (the answers travel
//! in the URL fragment only, with a visible warning), and clearing every answer.

use leptos::prelude::*;
use leptos::task::spawn_local;
use trialmatch_core::answers::Answers;

use crate::device;
use crate::share;
use crate::state::{AnswersState, TrialsState};

#[component]
pub fn ShareTools() -> impl IntoView {
    let answers = AnswersState::expect().0;
    let trials = TrialsState::expect();
    let link = RwSignal::new(None::<String>);
    let copied = RwSignal::new(None::<bool>);
    let confirm_clear = RwSignal::new(false);

    // A link made earlier no longer matches once an answer changes: hide it.
    Effect::watch(
        move || answers.track(),
        move |_, _, _| {
            link.set(None);
            copied.set(None);
        },
        false,
    );

    let make_link = move |_| {
        let data = trials.data.with_untracked(|d| d.as_ref().map(|d| d.share_label())).unwrap_or_default();
        let fragment = answers.with_untracked(|a| share::fragment_with_data(a, &data));
        let url = format!("{}#{fragment}", device::address_without_fragment());
        link.set(Some(url.clone()));
        copied.set(None);
        spawn_local(async move {
            copied.set(Some(device::copy_text(&url).await));
        });
    };

    view! {
        <section class="tm-share" aria-label="Print and share" data-testid="share-tools">
            <div class="tm-share__buttons">
                <button type="button" class="tm-button" data-testid="print-button" on:click=move |_| device::print()>
                    "Print my shortlist"
                </button>
                <button type="button" class="tm-button" data-testid="share-button" on:click=make_link>
                    "Copy a link with my answers"
                </button>
                <button
                    type="button"
                    class="tm-button tm-button--quiet"
                    data-testid="clear-answers"
                    on:click=move |_| confirm_clear.set(true)
                >
                    "Clear all answers"
                </button>
            </div>
            <Show when=move || confirm_clear.get()>
                <p class="tm-share__confirm" role="group" aria-label="Confirm clearing">
                    "Clear every answer? "
                    <button
                        type="button"
                        class="tm-button"
                        data-testid="clear-confirm"
                        on:click=move |_| {
                            answers.set(Answers::default());
                            confirm_clear.set(false);
                        }
                    >
                        "Yes, clear"
                    </button>
                    <button type="button" class="tm-button tm-button--quiet" on:click=move |_| confirm_clear.set(false)>
                        "Keep them"
                    </button>
                </p>
            </Show>
            <p class="tm-share__warning" data-testid="share-warning">
                <strong>"Careful: "</strong>
                "anyone who has the link can see your answers. The answers are in the part after “#”, "
                "which browsers do not send to any server — but the link itself can be forwarded, saved or synced."
            </p>
            {move || link.get().map(|url| view! {
                <div class="tm-share__link">
                    <label for="share-link" class="tm-share__label">
                        {move || match copied.get() {
                            Some(true) => "Copied to the clipboard. The link:",
                            Some(false) => "Copy this link (select it, then copy):",
                            None => "Your link:",
                        }}
                    </label>
                    <input
                        id="share-link"
                        class="tm-share__input"
                        data-testid="share-link"
                        type="text"
                        readonly=true
                        prop:value=url
                        on:focus=|ev| {
                            use wasm_bindgen::JsCast;
                            if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                                input.select();
                            }
                        }
                    />
                </div>
            })}
        </section>
    }
}
