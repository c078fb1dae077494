//! The page header: the product's name and its promise.

use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="tm-header" data-testid="header">
            <h1 class="tm-header__title">"Leukemia trial finder"</h1>
            <p class="tm-header__promise">
                "Your answers stay on this device: nothing you enter is sent anywhere."
            </p>
        </header>
    }
}
