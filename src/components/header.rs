//! The page header: the product's name, its promise, and the main navigation.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::format::href;

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="tm-header" data-testid="header">
            <div class="tm-header__inner">
                <p class="tm-header__title">
                    <A href=href("/")>"Leukemia trial finder"</A>
                </p>
                <p class="tm-header__promise">
                    "Your answers stay on this device: nothing you enter is sent anywhere."
                </p>
                <nav class="tm-nav" aria-label="Main">
                    <A href=href("/") exact=true>"Find trials"</A>
                    <A href=href("/browse")>"Browse all trials"</A>
                    <A href=href("/learn")>"Learn about trials"</A>
                </nav>
            </div>
        </header>
    }
}
