//! Any other address: a plain message and a way back.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::format::href;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <Title text="Page not found"/>
        <h1>"Page not found"</h1>
        <p>"This address is not part of the trial finder. " <A href=href("/")>"Go to the questionnaire"</A>"."</p>
    }
}
