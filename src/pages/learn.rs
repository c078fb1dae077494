//! Route `/learn`: short plain-language sections about clinical trials — phases, recruiting
//! statuses, inclusion and exclusion criteria, costs, and talking with the care team.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::format::href;
use trialmatch_core::glossary::{phase_explanation, status_explanation, status_label};
use trialmatch_core::registry::{Phase, Status};

use crate::components::print_sheet::{DOCUMENTS, QUESTIONS};

#[component]
pub fn LearnPage() -> impl IntoView {
    let phases = [
        ("Early phase 1", Phase::EarlyPhase1),
        ("Phase 1", Phase::Phase1),
        ("Phase 2", Phase::Phase2),
        ("Phase 3", Phase::Phase3),
        ("Phase 4", Phase::Phase4),
    ];
    let statuses = [
        Status::Recruiting,
        Status::NotYetRecruiting,
        Status::EnrollingByInvitation,
        Status::ActiveNotRecruiting,
        Status::Suspended,
        Status::Completed,
    ];
    view! {
        <article class="tm-learn" data-testid="learn">
            <Title text="Learn about clinical trials"/>
            <h1>"Learn about clinical trials"</h1>
            <p class="tm-prose">
                "A clinical trial is a research study that tests a treatment in people. For leukemia, trials are often "
                "how new medicines first become available. Joining is always a choice, and you can leave at any time."
            </p>

            <section class="tm-section" aria-labelledby="learn-phases">
                <h2 id="learn-phases">"Trial phases"</h2>
                <dl class="tm-facts">
                    {phases.into_iter().map(|(label, phase)| view! {
                        <dt>{label}</dt>
                        <dd>{phase_explanation(&phase)}</dd>
                    }).collect_view()}
                </dl>
                <p class="tm-prose">
                    "Many leukemia trials combine phases (\"phase 1/2\"): they first settle the dose, then test how well it works. "
                    "Earlier phases carry more unknowns; later phases compare against the standard treatment."
                </p>
            </section>

            <section class="tm-section" aria-labelledby="learn-status">
                <h2 id="learn-status">"Recruiting statuses"</h2>
                <dl class="tm-facts">
                    {statuses.into_iter().map(|status| view! {
                        <dt>{status_label(&status).to_owned()}</dt>
                        <dd>{status_explanation(&status)}</dd>
                    }).collect_view()}
                </dl>
                <p class="tm-prose">
                    "A trial can be recruiting overall while a particular hospital is not yet open, or already full. "
                    "The site list on each trial page shows each site's own status."
                </p>
            </section>

            <section class="tm-section" aria-labelledby="learn-criteria">
                <h2 id="learn-criteria">"Inclusion and exclusion criteria"</h2>
                <p class="tm-prose">
                    "Inclusion criteria say who the trial is for: for example the type of leukemia, a genetic change, "
                    "earlier treatments or an age range. Exclusion criteria say who cannot join, usually for safety: "
                    "for example another active cancer, heart problems, or leukemia in the brain."
                </p>
                <p class="tm-prose">
                    "This page reads the criteria automatically and compares them with your answers. It marks each "
                    "requirement ✓ (fits), ✗ (does not fit) or ? (not known yet). An unanswered question or a criterion "
                    "the page could not read never rules a trial out — it is left for the study team to check. "
                    "Only the study team can confirm eligibility, usually with fresh tests."
                </p>
            </section>

            <section class="tm-section" aria-labelledby="learn-costs">
                <h2 id="learn-costs">"Costs"</h2>
                <p class="tm-prose">
                    "The study usually pays for the drug being tested and for tests done only for the research. "
                    "Standard care that you would receive anyway — hospital stays, usual blood tests, other medicines — "
                    "is usually billed as normal. Travel and lodging are sometimes reimbursed. Rules differ by country, "
                    "insurer and study, so ask the study team for the details in writing before you agree."
                </p>
            </section>

            <section class="tm-section" aria-labelledby="learn-talk">
                <h2 id="learn-talk">"Talking with the care team"</h2>
                <p class="tm-prose">
                    "Bring the trials you found to your hematologist or oncologist: they know details that no questionnaire "
                    "captures, and they may know which trials are open nearby. You can print a shortlist from the "
                    <A href=href("/")>"results"</A>"."
                </p>
                <h3>"Documents to gather"</h3>
                <ul class="tm-checklist">{DOCUMENTS.iter().map(|d| view! { <li>{*d}</li> }).collect_view()}</ul>
                <h3>"Questions to ask"</h3>
                <ol>{QUESTIONS.iter().map(|q| view! { <li>{*q}</li> }).collect_view()}</ol>
            </section>

            <section class="tm-section" aria-labelledby="learn-privacy">
                <h2 id="learn-privacy">"Your privacy on this page"</h2>
                <p class="tm-prose">
                    "Everything you answer stays in this browser tab. The page has no server, no accounts and no analytics. "
                    "It downloads trial data only from its own address, or from ClinicalTrials.gov when you press the button "
                    "for current trials — and then it sends only the word \"leukemia\" and the recruiting statuses."
                </p>
            </section>
        </article>
    }
}
