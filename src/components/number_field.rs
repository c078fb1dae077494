//! A number question: a labelled numeric input plus a "Not sure" button that clears it.
//! Empty means not answered.

use leptos::prelude::*;

#[component]
pub fn NumberField(
    /// Element id; the test id is the same.
    id: &'static str,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    /// The current value; `None` shows an empty box.
    #[prop(into)]
    value: Signal<Option<f64>>,
    /// Called with the new value (`None` when empty or cleared).
    on_change: Callback<Option<f64>>,
    min: f64,
    max: f64,
    /// A word after the box, e.g. "years".
    #[prop(optional)]
    unit: &'static str,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described = hint.as_ref().map(|_| hint_id.clone());
    let shown = move || value.get().map(|v| format!("{}", (v * 100.0).round() / 100.0)).unwrap_or_default();
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let parsed = text.trim().replace(',', ".").parse::<f64>().ok().filter(|v| v.is_finite());
        match parsed {
            Some(v) if (min..=max).contains(&v) => on_change.run(Some(v)),
            Some(_) => {}
            None if text.trim().is_empty() => on_change.run(None),
            None => {}
        }
    };
    view! {
        <div class="tm-number">
            <label class="tm-number__label" for=id>{label}</label>
            {hint.map(|h| view! { <p class="tm-question__hint" id=hint_id.clone()>{h}</p> })}
            <div class="tm-number__row">
                <input
                    class="tm-number__input"
                    type="number"
                    inputmode="decimal"
                    id=id
                    data-testid=id
                    min=min
                    max=max
                    step="1"
                    aria-describedby=described
                    prop:value=shown
                    on:input=on_input
                />
                <span class="tm-number__unit" aria-hidden="true">{unit}</span>
                <button
                    type="button"
                    class="tm-button tm-button--quiet"
                    data-testid=format!("{id}-unsure")
                    aria-label="Not sure (clear this answer)"
                    on:click=move |_| on_change.run(None)
                >
                    "Not sure"
                </button>
            </div>
        </div>
    }
}
