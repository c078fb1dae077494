//! Any other address: a plain message and a way back.

use leptos::prelude::*;

use crate::format::href;
use crate::router::Link;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <h1>"Page not found"</h1>
        <p>"This address is not part of the trial finder. " <Link href=href("/")>"Go to the questionnaire"</Link>"."</p>
    }
}
