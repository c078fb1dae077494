//! "What do these words mean?": the glossary's explanations of the terms of art a question
//! uses, folded under the question so they are there when needed and out of the way when not.

use leptos::prelude::*;
use trialmatch_core::glossary::terms::term;

#[component]
pub fn TermHelp(
    /// The glossary keys of the terms this question uses, in the order they appear.
    keys: &'static [&'static str],
    /// Names the disclosure for tests.
    id: &'static str,
) -> impl IntoView {
    let terms: Vec<_> = keys.iter().filter_map(|k| term(k)).collect();
    let names: Vec<&str> = terms.iter().map(|t| short_name(t.term)).collect();
    let summary = match names.as_slice() {
        [one] => format!("What does {one} mean?"),
        [rest @ .., last] => format!("What do {} and {last} mean?", rest.join(", ")),
        [] => String::new(),
    };
    (!terms.is_empty()).then(|| {
        view! {
            <details class="tm-explainer tm-term" data-testid=format!("terms-{id}")>
                <summary class="tm-explainer__summary">{summary}</summary>
                <dl class="tm-explainer__list">
                    {terms.into_iter().map(|t| view! {
                        <dt>{t.term}</dt>
                        <dd data-testid="term-meaning">{t.meaning}</dd>
                    }).collect_view()}
                </dl>
            </details>
        }
    })
}

/// The term without its expansion in brackets: "NGS (next-generation sequencing)" → "NGS".
fn short_name(term: &str) -> &str {
    term.split(" (").next().unwrap_or(term)
}
