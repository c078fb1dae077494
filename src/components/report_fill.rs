//! "Fill from my report": the text of a lab report — pasted, or from a text or PDF file — is
//! read on this device by the engine; what it found is listed with the line it came from, and
//! only the ticked findings fill the answers. An answer already given is never changed without
//! a tick. Nothing of the report is stored or sent.

use std::sync::Arc;

use leptos::prelude::*;
use trialmatch_core::report::{self, Reading};

use crate::data;
use crate::fill::{apply, other_findings, proposals, Proposal};
use crate::pdf;
use crate::state::AnswersState;

/// Reports larger than this are not reports: the page says so instead of reading them.
const MAX_REPORT_BYTES: f64 = 20.0 * 1_048_576.0;

/// What the engine found, offered for confirming.
#[derive(Clone)]
struct Offer {
    proposals: Arc<Vec<Proposal>>,
    others: Arc<Vec<(String, String, String)>>,
}

#[component]
pub fn ReportFill() -> impl IntoView {
    let answers = AnswersState::expect().0;
    let text = RwSignal::new(String::new());
    let message = RwSignal::new(String::new());
    let offer: RwSignal<Option<Offer>> = RwSignal::new(None);
    let ticks: RwSignal<Vec<bool>> = RwSignal::new(Vec::new());

    let read_text = move |report: &str| {
        let reading: Reading = report::read(report);
        let found = answers.with_untracked(|a| proposals(&reading, a));
        let others = other_findings(&reading);
        message.set(if found.is_empty() && others.is_empty() {
            "We found nothing we could use in this text. You can still answer the questions yourself."
                .to_owned()
        } else if found.is_empty() {
            "The report agrees with your answers, or what it says is not asked here: nothing to fill in."
                .to_owned()
        } else {
            format!(
                "We found {} to check. Tick what is right, then fill them in.",
                crate::format::count(found.len(), "answer", "answers")
            )
        });
        ticks.set(found.iter().map(Proposal::ticked_at_first).collect());
        offer.set(Some(Offer { proposals: Arc::new(found), others: Arc::new(others) }));
    };
    let on_read = move |_| {
        let report = text.get_untracked();
        if report.trim().is_empty() {
            message.set("Paste the report's text first, or choose its file.".to_owned());
            return;
        }
        read_text(&report);
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = data::first_file(data::input_files(&ev)) else { return };
        if file.size() > MAX_REPORT_BYTES {
            message.set(format!("“{}” is too large to be a lab report.", file.name()));
            return;
        }
        let is_pdf = file.type_() == "application/pdf" || file.name().to_lowercase().ends_with(".pdf");
        message.set(format!("Reading “{}” on this device…", file.name()));
        offer.set(None);
        leptos::task::spawn_local(async move {
            let bytes = match data::read_file(&file).await {
                Ok(bytes) => bytes,
                Err(why) => return message.set(why),
            };
            let extracted = if is_pdf {
                pdf::text_of(&bytes).await
            } else {
                Ok(String::from_utf8_lossy(&bytes).into_owned())
            };
            match extracted {
                Ok(report) if report.trim().is_empty() => message.set(
                    "This file has no text we can read (a scanned PDF is a picture). Type the results into the questions instead.".to_owned(),
                ),
                Ok(report) => {
                    text.set(report.clone());
                    read_text(&report);
                }
                Err(why) => message.set(why),
            }
        });
    };
    let on_apply = move |_| {
        let Some(current) = offer.get_untracked() else { return };
        let chosen: Vec<&Proposal> = ticks.with_untracked(|t| {
            current.proposals.iter().zip(t.iter()).filter(|(_, ticked)| **ticked).map(|(p, _)| p).collect()
        });
        let n = chosen.len();
        answers.update(|a| apply(a, chosen));
        offer.set(None);
        message.set(format!(
            "Filled in {} from the report; the results have updated. You can change any answer in the questions.",
            crate::format::count(n, "answer", "answers")
        ));
    };
    let on_cancel = move |_| {
        offer.set(None);
        message.set("Nothing was filled in.".to_owned());
    };

    let list = move || {
        offer.get().map(|offer| {
            let items = offer
                .proposals
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let id = format!("tm-report-item-{i}");
                    let checked = move || ticks.with(|t| t.get(i).copied().unwrap_or(false));
                    view! {
                        <li class="tm-report__item">
                            <div class="tm-report__choice">
                                <input
                                    type="checkbox"
                                    id=id.clone()
                                    data-testid=format!("report-item-{i}")
                                    prop:checked=checked
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        ticks.update(|t| if let Some(x) = t.get_mut(i) { *x = on });
                                    }
                                />
                                <label for=id>
                                    <strong>{p.question.clone()}": "</strong>{p.answer.clone()}
                                </label>
                            </div>
                            {p.replaces.clone().map(|before| view! {
                                <p class="tm-report__replaces" data-testid="report-replaces">
                                    {format!("You answered “{before}”. Tick to change it to what the report says.")}
                                </p>
                            })}
                            {(!p.quote.is_empty()).then(|| view! {
                                <blockquote class="tm-reason__quote" data-testid="report-quote">{p.quote.clone()}</blockquote>
                            })}
                        </li>
                    }
                })
                .collect_view();
            let others = (!offer.others.is_empty()).then(|| {
                let rows = offer
                    .others
                    .iter()
                    .map(|(what, value, quote)| view! {
                        <li><strong>{what.clone()}": "</strong>{value.clone()}
                            <blockquote class="tm-reason__quote">{quote.clone()}</blockquote></li>
                    })
                    .collect_view();
                view! {
                    <h4 class="tm-report__subtitle">"Also in the report (no question here asks it)"</h4>
                    <ul class="tm-report__others" data-testid="report-others">{rows}</ul>
                }
            });
            let any = !offer.proposals.is_empty();
            view! {
                <ul class="tm-report__items" data-testid="report-found">{items}</ul>
                {others}
                <div class="tm-report__buttons">
                    {any.then(|| view! {
                        <button type="button" class="tm-button tm-button--primary" data-testid="report-apply" on:click=on_apply>
                            "Fill in the ticked answers"
                        </button>
                    })}
                    <button type="button" class="tm-button tm-button--quiet" data-testid="report-cancel" on:click=on_cancel>
                        {if any { "Cancel" } else { "Close" }}
                    </button>
                </div>
            }
        })
    };

    view! {
        <details class="tm-report" data-testid="report-fill">
            <summary class="tm-report__summary" data-testid="report-open">"Fill in from my lab report"</summary>
            <p class="tm-question__hint">
                "Paste the text of a report (pathology, cytogenetics or FISH, flow cytometry, a molecular or NGS panel, BCR-ABL1), "
                "or choose it as a text or PDF file. It is read on this device and never sent or stored. "
                "Nothing is filled in until you confirm."
            </p>
            <label class="tm-number__label" for="tm-report-text">"The report's text"</label>
            <textarea
                id="tm-report-text"
                class="tm-report__text"
                data-testid="report-text"
                rows="6"
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))
            ></textarea>
            <div class="tm-report__buttons">
                <button type="button" class="tm-button" data-testid="report-read" on:click=on_read>"Read the report"</button>
                <label class="tm-report__file">
                    <span>"or choose a file (text or PDF): "</span>
                    <input type="file" data-testid="report-file" accept=".txt,.pdf,text/plain,application/pdf" on:change=on_file/>
                </label>
            </div>
            <p class="tm-report__message" role="status" data-testid="report-message">{move || message.get()}</p>
            {list}
        </details>
    }
}
