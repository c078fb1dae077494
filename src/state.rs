//! Shared page state, provided as context: the person's answers. Components read and write it
//! through this newtype so state flows one way — answers → engine → results.

use leptos::prelude::*;
use trialmatch_core::answers::Answers;

/// The person's answers, the single source of truth for the questionnaire and the results.
#[derive(Clone, Copy)]
pub struct AnswersState(pub RwSignal<Answers>);

impl AnswersState {
    pub fn provide() -> Self {
        let state = AnswersState(RwSignal::new(Answers::default()));
        provide_context(state);
        state
    }

    pub fn expect() -> Self {
        expect_context::<AnswersState>()
    }
}
