//! "Remember my answers on this device" (off by default) and "Forget my answers". The state
//! lives at the top of the app so any route starts with the remembered answers; while the box
//! is ticked every change is saved (and a file of trials the person chose is kept), and
//! unticking or forgetting erases what was stored.

use leptos::prelude::*;
use trialmatch_core::answers::{Answers, Stored};

use crate::state::{AnswersState, Notice, UiState};
use crate::storage;

/// Whether the person asked this device to remember their answers.
#[derive(Clone, Copy)]
pub struct Remembering(RwSignal<bool>);

impl Remembering {
    pub fn expect() -> Self {
        expect_context::<Remembering>()
    }

    /// Whether the box is ticked (tracked).
    pub fn is_on(&self) -> bool {
        self.0.get()
    }
}

/// Restores stored answers (unless a share link already gave some), reports a stored
/// document that had to be ignored, and keeps saving while remembering is on.
pub fn provide_remembering(answers: AnswersState, ui: UiState) {
    let remembered = RwSignal::new(false);
    match storage::load() {
        Stored::Nothing => {}
        Stored::Restored(stored) => {
            remembered.set(true);
            if answers.0.with_untracked(Answers::is_empty) {
                answers.0.set(stored);
            }
        }
        Stored::Ignored(reason) => ui.notice.set(Some(Notice { text: reason, is_problem: true })),
    }
    Effect::new(move |_| {
        let current = answers.0.get();
        if remembered.get() {
            if let Err(message) = storage::save(&current) {
                ui.notice.set(Some(Notice { text: message, is_problem: true }));
            }
        }
    });
    provide_context(Remembering(remembered));
}

#[component]
pub fn RememberAnswers() -> impl IntoView {
    let answers = AnswersState::expect().0;
    let ui = UiState::expect();
    let remembered = Remembering::expect().0;

    let toggle = move |on: bool| {
        remembered.set(on);
        if on {
            // A file chosen before the box was ticked is kept too.
            leptos::task::spawn_local(storage::keep_chosen());
        } else {
            storage::forget();
        }
    };
    let forget = move |_| {
        remembered.set(false);
        storage::forget();
        answers.set(Answers::default());
        ui.notice.set(Some(Notice {
            text: "Your answers were erased from this page and from this device.".to_owned(),
            is_problem: false,
        }));
    };

    view! {
        <section class="tm-remember" aria-labelledby="tm-remember-title" data-testid="remember">
            <h2 id="tm-remember-title" class="tm-remember__title">"Your answers on this device"</h2>
            <div class="tm-remember__option">
                <input
                    type="checkbox"
                    id="tm-remember-box"
                    data-testid="remember-answers"
                    prop:checked=move || remembered.get()
                    on:change:target=move |ev| toggle(ev.target().checked())
                />
                <label for="tm-remember-box">"Remember my answers on this device"</label>
            </div>
            <p class="tm-remember__hint">
                "Off by default. When ticked, your answers are kept in this browser only, so they are "
                "here next time. Don't tick it on a shared computer."
            </p>
            <button type="button" class="tm-button" data-testid="forget-answers" on:click=forget>
                "Forget my answers"
            </button>
        </section>
    }
}
