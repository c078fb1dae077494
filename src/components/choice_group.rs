//! A question answered by picking one option: a fieldset with a legend, one labelled radio
//! per option and always a "Not sure" radio (which stores `None`). Used for every closed
//! question, including the Yes / No / Not sure ones.

use leptos::prelude::*;

#[component]
pub fn ChoiceGroup(
    /// The radio group's name; also the prefix of element ids and test ids (`{name}-{key}`).
    name: String,
    /// The question.
    #[prop(into)]
    legend: String,
    /// A hint shown under the question.
    #[prop(optional, into)]
    hint: Option<String>,
    /// `(key, label)` per option, in order.
    options: Vec<(&'static str, String)>,
    /// The chosen option's key; `None` is "Not sure".
    #[prop(into)]
    selected: Signal<Option<&'static str>>,
    /// Called with the chosen key, or `None` for "Not sure".
    on_choose: Callback<Option<&'static str>>,
    /// Lay the options out in a row (short options such as Yes / No).
    #[prop(optional)]
    inline: bool,
    /// Further options behind a disclosure — `(summary, options)` — for long lists where most
    /// people need only the first few ("Another kind of leukemia"). The disclosure is open
    /// whenever one of them is chosen, so a chosen answer is never hidden.
    #[prop(optional)]
    more: Option<(String, Vec<(&'static str, String)>)>,
    /// Extra content after the options, e.g. an explainer.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let hint = hint.filter(|h| !h.is_empty());
    let hint_id = format!("{name}-hint");
    let described = hint.as_ref().map(|_| hint_id.clone());
    let class =
        if inline { "tm-question__options tm-question__options--inline" } else { "tm-question__options" };
    let option = {
        let name = name.clone();
        move |key: Option<&'static str>, label: String| {
            let id = format!("q-{name}-{}", key.unwrap_or("unsure"));
            let test_id = format!("{name}-{}", key.unwrap_or("unsure"));
            view! {
                <div class="tm-question__option">
                    <input
                        type="radio"
                        id=id.clone()
                        name=name.clone()
                        data-testid=test_id
                        prop:checked=move || selected.get() == key
                        on:change=move |_| on_choose.run(key)
                    />
                    <label for=id>{label}</label>
                </div>
            }
        }
    };
    let buttons = options.into_iter().map(|(key, label)| option(Some(key), label)).collect_view();
    let more = more.map(|(summary, options)| {
        let keys: Vec<&'static str> = options.iter().map(|(key, _)| *key).collect();
        let chosen_inside = move || selected.get().is_some_and(|key| keys.contains(&key));
        let buttons = options.into_iter().map(|(key, label)| option(Some(key), label)).collect_view();
        view! {
            <details class="tm-question__more" data-testid=format!("{name}-more") prop:open=chosen_inside>
                <summary>{summary}</summary>
                <div class=class>{buttons}</div>
            </details>
        }
    });
    let unsure = option(None, "Not sure".to_owned());
    view! {
        <fieldset class="tm-question" data-testid=format!("question-{name}") aria-describedby=described>
            <legend class="tm-question__legend">{legend}</legend>
            {hint.map(|hint| view! { <p class="tm-question__hint" id=hint_id>{hint}</p> })}
            <div class=class>{buttons}</div>
            {more}
            <div class=class>{unsure}</div>
            {children.map(|c| c())}
        </fieldset>
    }
}

/// A Yes / No / Not sure question bound to an `Option<bool>`.
#[component]
pub fn YesNo(
    /// Radio group name and test-id prefix (`{name}-yes`, `{name}-no`, `{name}-unsure`).
    name: String,
    #[prop(into)] legend: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(into)] value: Signal<Option<bool>>,
    on_change: Callback<Option<bool>>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let selected = Signal::derive(move || value.get().map(|v| if v { "yes" } else { "no" }));
    let on_choose = Callback::new(move |key: Option<&'static str>| on_change.run(key.map(|k| k == "yes")));
    let options = vec![("yes", "Yes".to_owned()), ("no", "No".to_owned())];
    match children {
        Some(children) => view! {
            <ChoiceGroup name legend hint=hint.unwrap_or_default() options selected on_choose inline=true>
                {children()}
            </ChoiceGroup>
        }
        .into_any(),
        None => view! {
            <ChoiceGroup name legend hint=hint.unwrap_or_default() options selected on_choose inline=true/>
        }
        .into_any(),
    }
}
