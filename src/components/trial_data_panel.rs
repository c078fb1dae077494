//! The trial data panel: where the trials come from (examples, a file, or ClinicalTrials.gov),
//! their date and count, every skipped record with its reason, and the ways to load others —
//! a file picker, drag-and-drop (read on the device, never uploaded) and the live download.

use leptos::prelude::*;
use trialmatch_core::registry::MAX_FILE_BYTES;

use crate::data;
use crate::device;
use crate::format;
use crate::loader::{load_examples, load_file, load_live};
use crate::state::{LoadStatus, Source, TrialsState};

#[component]
pub fn TrialDataPanel() -> impl IntoView {
    let trials = TrialsState::expect();
    let dragging = RwSignal::new(false);
    let busy = move || trials.status.with(|s| matches!(s, LoadStatus::Working(_)));

    let on_file = move |ev: leptos::ev::Event| {
        if let Some(file) = data::first_file(data::input_files(&ev)) {
            load_file(trials, file);
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = data::first_file(data::dropped_files(&ev)) {
            load_file(trials, file);
        }
    };
    let on_drag_over = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(true);
    };

    let status = move || match trials.status.get() {
        LoadStatus::Idle => ().into_any(),
        LoadStatus::Working(message) => view! {
            <p class="tm-data__working" data-testid="trials-loading">{message}</p>
        }
        .into_any(),
        LoadStatus::Done(message) => view! {
            <p class="tm-data__done" data-testid="trials-done">{message}</p>
        }
        .into_any(),
        LoadStatus::Failed { message, live } => view! {
            <p class="tm-data__error" role="alert" data-testid="trials-error">{message}</p>
            {live.then(|| view! { <LiveFallback/> })}
        }
        .into_any(),
    };

    // The one line that stays visible while the panel is folded: how many trials, and whose.
    let headline = move || {
        trials.data.with(|data| {
            let data = data.as_ref()?;
            let count = data.catalog.len();
            let snapshot_date = (data.source == Source::Snapshot).then(|| data.date.clone()).flatten();
            // While a snapshot is still arriving, the count is of the trials read so far.
            let so_far = data.still_reading.map(|expected| match expected {
                Some(total) => format!(" of {}", format::grouped(total)),
                None => String::new(),
            });
            let trials_word = if count == 1 { "trial" } else { "trials" };
            // The snapshot's date is marked apart: it is what a person checks first.
            let (rest, date) = match (&data.source, &snapshot_date, so_far) {
                (Source::Snapshot, Some(date), Some(so_far)) => (
                    format!("{so_far} trials read so far from ClinicalTrials.gov, downloaded "),
                    Some(format::long_date(date)),
                ),
                (Source::Snapshot, Some(date), None) => (
                    format!(" {trials_word} from ClinicalTrials.gov, downloaded "),
                    Some(format::long_date(date)),
                ),
                (Source::Examples, _, _) => (format!(" made-up example {trials_word}"), None),
                (Source::File(name), _, _) => (format!(" {trials_word} from your file “{name}”"), None),
                (Source::Live, _, _) => match &data.date {
                    Some(date) => (
                        format!(
                            " {trials_word} from ClinicalTrials.gov, downloaded {}",
                            format::long_date(date)
                        ),
                        None,
                    ),
                    None => (format!(" {trials_word} from ClinicalTrials.gov"), None),
                },
                _ => (format!(" {trials_word} loaded"), None),
            };
            Some(view! {
                <span class="tm-data__summary" data-testid="data-line">
                    <strong data-testid="trial-count">{count}</strong>
                    {rest}
                    {date.map(|date| view! { <span data-testid="snapshot-date">{date}</span> })}
                </span>
            })
        })
    };

    // Trials change every week: after a week, say how old the snapshot is — outside the
    // folded part, so a phone shows it too.
    let stale = move || {
        trials.data.with(|data| {
            let data = data.as_ref()?;
            let date = (data.source == Source::Snapshot).then(|| data.date.clone()).flatten()?;
            let days = format::days_since(&date).filter(|days| *days > 7)?;
            Some(view! {
                <p class="tm-data__stale" role="status" data-testid="snapshot-stale">
                    {format!(
                        "These trials were downloaded {days} days ago. Some may have opened, closed or changed since: the study team has the latest."
                    )}
                </p>
            })
        })
    };

    let summary = move || {
        trials.data.get().map(|data| {
            let skipped = data.skipped.clone();
            let is_examples = data.source == Source::Examples;
            view! {
                <dl class="tm-data__facts">
                    <div class="tm-data__fact">
                        <dt>"Source"</dt>
                        <dd data-testid="trial-source">{data.source.describe()}</dd>
                    </div>
                    <div class="tm-data__fact">
                        <dt>"Date"</dt>
                        <dd data-testid="trial-date">
                            {data.date.clone().unwrap_or_else(|| {
                                if is_examples { "Made up for this page".to_owned() } else { "Not known".to_owned() }
                            })}
                        </dd>
                    </div>
                    <div class="tm-data__fact">
                        <dt>"Skipped records"</dt>
                        <dd data-testid="skipped-count">{skipped.len()}</dd>
                    </div>
                </dl>
                {(!skipped.is_empty()).then(|| view! {
                    <details class="tm-data__skipped" data-testid="skipped">
                        <summary>{format!("Why {} left out", if skipped.len() == 1 { "1 record was".to_owned() } else { format!("{} records were", skipped.len()) })}</summary>
                        <ul>
                            {skipped.into_iter().map(|s| view! {
                                <li data-testid="skipped-reason"><strong>{s.record}</strong>": "{s.reason}</li>
                            }).collect_view()}
                        </ul>
                    </details>
                })}
                {(!is_examples).then(|| view! {
                    <button type="button" class="tm-button tm-button--quiet" data-testid="use-examples"
                        disabled=busy on:click=move |_| load_examples(trials)>
                        "Go back to the example trials"
                    </button>
                })}
            }
        })
    };

    view! {
        <section class="tm-data" aria-labelledby="tm-data-title" data-testid="trial-data">
            <h2 class="tm-visually-hidden" id="tm-data-title">"Trial data"</h2>
            <div aria-live="polite">{status}</div>
            {stale}
            // Folded to one line on phones, so the first question is in view; open on wide
            // screens, where there is room.
            <details class="tm-data__more" data-testid="data-more" open=device::is_wide()>
                <summary class="tm-data__line" data-testid="data-toggle">
                    {headline}
                    <span class="tm-data__open-hint">"Trial data"</span>
                </summary>
            {summary}
            <details class="tm-data__load" data-testid="load-panel">
                <summary class="tm-data__load-summary" data-testid="load-panel-toggle">"Use other trials: a file or ClinicalTrials.gov"</summary>
                <div
                    class="tm-drop"
                    class:tm-drop--active=move || dragging.get()
                    data-testid="drop-zone"
                    on:dragover=on_drag_over
                    on:dragenter=on_drag_over
                    on:dragleave=move |_| dragging.set(false)
                    on:drop=on_drop
                >
                    <p class="tm-drop__text">
                        "Drop a JSON file downloaded from ClinicalTrials.gov here, or choose it:"
                    </p>
                    <label class="tm-drop__label" for="trial-file">"Trial file (JSON)"</label>
                    <input
                        class="tm-drop__input"
                        type="file"
                        id="trial-file"
                        data-testid="trial-file"
                        accept=".json,.jsonl,.ndjson,application/json"
                        on:change=on_file
                    />
                    <p class="tm-drop__note">
                        {format!(
                            "The file is read on this device and never uploaded. Up to {} MB.",
                            MAX_FILE_BYTES / 1_048_576
                        )}
                    </p>
                    <details class="tm-drop__how" data-testid="download-how">
                        <summary>"How to download a file from ClinicalTrials.gov"</summary>
                        <DownloadSteps/>
                    </details>
                </div>
                <div class="tm-live">
                    <button type="button" class="tm-button" data-testid="fetch-live" disabled=busy
                        on:click=move |_| load_live(trials)>
                        "Get current trials from ClinicalTrials.gov"
                    </button>
                    <p class="tm-live__note">
                        "This asks ClinicalTrials.gov for recruiting leukemia trials. The request holds only the word "
                        "“leukemia” and the recruiting statuses — none of your answers."
                    </p>
                </div>
            </details>
            </details>
        </section>
    }
}

/// Plain instructions for downloading the trials by hand when the live download fails.
#[component]
fn LiveFallback() -> impl IntoView {
    view! {
        <div class="tm-fallback" data-testid="live-fallback">
            <p><strong>"You can download the trials yourself instead:"</strong></p>
            <DownloadSteps/>
            <p>"The file is read on this device; nothing is uploaded."</p>
        </div>
    }
}

/// The steps to download trials from ClinicalTrials.gov as a file this page reads: shown next
/// to the file picker, and again when the live download fails.
#[component]
fn DownloadSteps() -> impl IntoView {
    view! {
        <ol class="tm-steps">
            <li>
                "Open "
                <a href="https://clinicaltrials.gov/search?cond=leukemia" target="_blank" rel="noopener noreferrer">
                    "ClinicalTrials.gov"
                </a>
                " and search for the condition “leukemia”."
            </li>
            <li>"Under Status, choose “Recruiting” and “Not yet recruiting”."</li>
            <li>"Press “Download”, choose the JSON file format (not CSV), and save the file."</li>
            <li>"Come back here, open “Use other trials” and drop the file on the box, or choose it there."</li>
        </ol>
    }
}
