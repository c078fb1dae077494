//! The page header: the product's name, its promise, and the main navigation.

use leptos::prelude::*;

use crate::format::href;
use crate::router::Link;

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="tm-header" data-testid="header">
            <div class="tm-header__inner">
                <p class="tm-header__title">
                    <Link href=href("/")>"Leukemia trial finder"</Link>
                </p>
                <p class="tm-header__promise">
                    "Your answers stay on this device: nothing you enter is sent anywhere."
                </p>
                <nav class="tm-nav" aria-label="Main">
                    <Link href=href("/") exact=true>"Find trials"</Link>
                    <Link href=href("/browse")>"Browse all trials"</Link>
                    <Link href=href("/learn")>"Learn about trials"</Link>
                </nav>
            </div>
        </header>
    }
}
