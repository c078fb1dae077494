//! The eligibility checklist of one trial for the current answers: every requirement the
//! engine read, with ✓ / ✗ / ? and the criterion quoted; the criteria it could not read, to
//! check with the study team; and the full criteria text (as text, never HTML).

use leptos::prelude::*;
use trialmatch_core::matching::{Outcome, ReasonKind, Verdict};

use crate::components::reason_item::ReasonItem;
use crate::state::{AnswersState, TrialsState};

#[component]
pub fn EligibilityChecklist(
    /// The trial's index in the current catalog.
    index: usize,
) -> impl IntoView {
    let answers = AnswersState::expect().0;
    let trials = TrialsState::expect();
    let checked = Memo::new(move |_| {
        let data = trials.data.get()?;
        let (found, reasons) = answers.with(|a| {
            let found = data.catalog.match_one(index, a);
            let reasons = data.catalog.reasons(&found, a);
            (found, reasons)
        });
        Some((found.verdict, reasons))
    });
    let criteria = trials.data.with_untracked(|d| {
        d.as_ref().map(|d| d.catalog.trials()[index].eligibility.criteria.clone()).unwrap_or_default()
    });

    let body = move || {
        let (verdict, reasons) = checked.get()?;
        let (unread, read): (Vec<_>, Vec<_>) =
            reasons.into_iter().partition(|r| r.kind == ReasonKind::Unread);
        let tally = |o: Outcome| read.iter().filter(|r| r.outcome == o).count();
        let (met, not_met, unknown) = (tally(Outcome::Met), tally(Outcome::NotMet), tally(Outcome::Unknown));
        let (verdict_text, modifier) = match verdict {
            Verdict::Likely => ("Likely: your answers fit every requirement we could check.", "likely"),
            Verdict::Possible => {
                ("Possible: nothing rules this trial out, but some requirements are open.", "possible")
            }
            Verdict::RuledOut => {
                ("Ruled out: at least one requirement clearly does not fit your answers.", "ruled-out")
            }
        };
        Some(view! {
            <p class=format!("tm-verdict tm-verdict--{modifier}") data-testid="trial-verdict">{verdict_text}</p>
            <p class="tm-checklist-tally">
                {format!("✓ {met} fit · ✗ {not_met} do not fit · ? {unknown} not known yet")}
            </p>
            {if read.is_empty() {
                view! { <p>"We could not read any requirement of this trial; check them all with the study team."</p> }.into_any()
            } else {
                view! {
                    <ul class="tm-reasons tm-reasons--checklist" data-testid="checklist">
                        {read.into_iter().map(|reason| view! { <ReasonItem reason block_quote=true/> }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {(!unread.is_empty()).then(|| view! {
                <h3>"Check with the study team"</h3>
                <p>"We could not read these criteria, so they never rule the trial out. Ask the team about each:"</p>
                <ul class="tm-unread" data-testid="unread-criteria">
                    {unread.into_iter().filter_map(|r| r.quote).map(|q| view! {
                        <li><blockquote class="tm-reason__quote">{q}</blockquote></li>
                    }).collect_view()}
                </ul>
            })}
        })
    };

    view! {
        <section class="tm-section" aria-labelledby="tm-checklist-title" data-testid="eligibility">
            <h2 id="tm-checklist-title">"Eligibility for your answers"</h2>
            {body}
            <details class="tm-criteria" data-testid="full-criteria">
                <summary>"The full eligibility criteria, as written"</summary>
                <pre class="tm-criteria__text">{criteria}</pre>
            </details>
        </section>
    }
}
