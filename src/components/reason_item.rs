//! One reason: a ✓ / ✗ / ? glyph (with words for screen readers), the sentence, and the
//! criterion it comes from, quoted as text and labelled with its list (inclusion: must be
//! true; exclusion: must not be true), since the same words mean opposite things in each.

use leptos::prelude::*;
use trialmatch_core::matching::Reason;

use crate::format::mark;

#[component]
pub fn ReasonItem(
    reason: Reason,
    /// Show the quote as a block (trial page) instead of inline (cards).
    #[prop(optional)]
    block_quote: bool,
) -> impl IntoView {
    let (glyph, words, modifier) = mark(reason.mark);
    let list = list_label(reason.list).map(|label| {
        view! { <span class="tm-reason__list" data-testid="reason-list">{label}</span> }
    });
    let quote = reason.quote.map(|quote| {
        if block_quote {
            view! { {list}<blockquote class="tm-reason__quote" data-testid="reason-quote">{quote}</blockquote> }
                .into_any()
        } else {
            view! { {list}<q class="tm-reason__quote" data-testid="reason-quote">{quote}</q> }.into_any()
        }
    });
    view! {
        <li class=format!("tm-reason tm-reason--{modifier}") data-testid="reason" data-outcome=modifier>
            <span class="tm-reason__glyph" aria-hidden="true">{glyph}</span>
            <div class="tm-reason__body">
                <span class="tm-visually-hidden">{words}" "</span>
                <span class="tm-reason__text">{reason.text}</span>
                {quote}
            </div>
        </li>
    }
}

/// The label of a criterion's list, shown before its quote.
pub fn list_label(list: &str) -> Option<&'static str> {
    match list {
        "inclusion" => Some("Inclusion criterion (must be true):"),
        "exclusion" => Some("Exclusion criterion (must not be true):"),
        "unlabelled" => Some("Criterion (the record does not say whether it must be true or not):"),
        _ => None,
    }
}
