//! The eligibility checklist of one trial for the current answers: every requirement the
//! engine read, with ✓ / ✗ / ? and the criterion quoted; the criteria it could not read, to
//! check with the study team; and the full criteria text (as text, never HTML).

use leptos::prelude::*;
use trialmatch_core::matching::{Mark, ReasonKind, Verdict};

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
        // The counts agree with the verdict: ✗ counts only the certain misses that close the
        // whole trial; a miss of one part (cohort, arm) is counted apart.
        let tally = |wanted: Mark, whole: bool| {
            read.iter().filter(|r| r.mark == wanted && (!whole || r.part.is_none())).count()
        };
        let (met, checks, unknown) =
            (tally(Mark::Fits, false), tally(Mark::Check, false), tally(Mark::NotKnown, false));
        let closing = tally(Mark::DoesNotFit, true);
        let part_misses = tally(Mark::DoesNotFit, false) - closing;
        let (verdict_text, modifier) = match verdict {
            Verdict::Likely => (
                "Likely: the trial is for your diagnosis and disease status, and your answers surely fit every requirement we could read.",
                "likely",
            ),
            Verdict::Possible => (
                "Possible: nothing rules this trial out, but some requirements are open or need checking.",
                "possible",
            ),
            Verdict::RuledOut => {
                ("Ruled out: at least one requirement clearly does not fit your answers.", "ruled-out")
            }
            Verdict::NotAsPatient => (
                "Not a study you would join as a patient: it studies other people, or stored samples or records.",
                "apart",
            ),
        };
        let mut counts = vec![format!("✓ {met} fit")];
        if closing > 0 {
            counts.push(format!("✗ {closing} do not fit"));
        }
        if part_misses > 0 {
            counts.push(format!("✗ {part_misses} do not fit one part of the trial"));
        }
        counts.push(format!("! {checks} to check with the study team"));
        counts.push(format!("? {unknown} not known yet"));
        Some(view! {
            <p class=format!("tm-verdict tm-verdict--{modifier}") data-testid="trial-verdict">{verdict_text}</p>
            <p class="tm-checklist-tally" data-testid="checklist-tally">{counts.join(" · ")}</p>
            {if read.is_empty() {
                view! { <p>"We could not read any requirement of this trial; check them all with the study team."</p> }.into_any()
            } else {
                view! {
                    <ul class="tm-reasons tm-reasons--checklist" data-testid="checklist">
                        {read.into_iter().map(|reason| view! { <ReasonItem reason block_quote=true/> }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {(!unread.is_empty()).then(|| {
                // Grouped by list: an inclusion criterion must be true, an exclusion one must
                // not be, so each group says which way to ask.
                let quoted = unread.into_iter().filter(|r| r.quote.is_some());
                let (mut inclusion, mut exclusion, mut other) = (Vec::new(), Vec::new(), Vec::new());
                for reason in quoted {
                    match reason.list {
                        "inclusion" => inclusion.push(reason),
                        "exclusion" => exclusion.push(reason),
                        _ => other.push(reason),
                    }
                }
                let group = |reasons: Vec<trialmatch_core::matching::Reason>, title: &'static str, key: &'static str| {
                    (!reasons.is_empty()).then(|| view! {
                        <h4 class="tm-unread__title">{title}</h4>
                        <ul class="tm-unread" data-testid=format!("unread-{key}")>
                            {reasons.into_iter().filter_map(|r| r.quote).map(|q| view! {
                                <li><blockquote class="tm-reason__quote" data-testid="unread-quote">{q}</blockquote></li>
                            }).collect_view()}
                        </ul>
                    })
                };
                view! {
                    <h3>"Check with the study team"</h3>
                    <p>"We could not read these criteria, so they never rule the trial out. Ask the team about each:"</p>
                    <div data-testid="unread-criteria">
                        {group(inclusion, "Inclusion criteria — these must be true to join", "inclusion")}
                        {group(exclusion, "Exclusion criteria — any of these that is true rules the trial out", "exclusion")}
                        {group(other, "Criteria the record does not label as inclusion or exclusion", "other")}
                    </div>
                }
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
