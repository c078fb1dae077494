//! Live results: likely, possible and ruled-out trials for the current answers, re-computed
//! by the engine on every answer change. Only the first cards of each group are rendered
//! ("Show more" adds more), so thousands of trials stay fast.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;
use trialmatch_core::answers::Answers;
use trialmatch_core::matching::{Catalog, Reason, TrialMatch, Verdict};
use trialmatch_core::registry::Trial;

use crate::components::changes_panel::ChangesPanel;
use crate::components::location_step::place_label;
use crate::components::nothing_fits::NothingFits;
use crate::components::reason_item::ReasonItem;
use crate::components::result_filters::ResultFilters;
use crate::components::trial_card::TrialCard;
use crate::device;
use crate::filters::{describe_hidden, visible, Hidden};
use crate::format::{grouped, trial_path};
use crate::perf;
use crate::state::{AnswersState, Matched, ResultsState, Shared, UiState};

/// How many cards a group renders at first, and how many more each "Show more" adds.
pub const PAGE: usize = 20;

/// The filtered, ordered match positions of each verdict, and how many filters hid.
#[derive(Debug)]
pub struct Groups {
    pub matched: Matched,
    /// Indexed like [`VERDICTS`]: positions into `matched.matches`.
    pub shown: [Vec<usize>; 4],
    pub hidden: [Hidden; 4],
}

impl Groups {
    /// The first `limit` matches of group `g`, each with its trial: what a group renders.
    pub fn first(&self, g: usize, limit: usize) -> impl Iterator<Item = (&TrialMatch, &Trial)> {
        let matched = &self.matched;
        self.shown[g].iter().take(limit).map(move |&position| {
            let found = &matched.matches[position];
            (found, &matched.data.catalog.trials()[found.index])
        })
    }
}

pub const VERDICTS: [Verdict; 4] =
    [Verdict::Likely, Verdict::Possible, Verdict::RuledOut, Verdict::NotAsPatient];

fn group_index(verdict: &Verdict) -> usize {
    VERDICTS.iter().position(|v| v == verdict).unwrap_or(0)
}

/// The groups of the current results, shared by the results panel and the phone's results
/// bar so both count the same trials.
#[derive(Clone, Copy)]
pub struct GroupsState(pub Memo<Option<Shared<Groups>>>);

impl GroupsState {
    /// The page's groups: the ones provided by the home page, or new ones when the panel is
    /// mounted alone.
    pub fn get_or_new() -> Memo<Option<Shared<Groups>>> {
        use_context::<GroupsState>().map(|g| g.0).unwrap_or_else(new_groups)
    }

    pub fn provide() -> Memo<Option<Shared<Groups>>> {
        let groups = new_groups();
        provide_context(GroupsState(groups));
        groups
    }
}

fn new_groups() -> Memo<Option<Shared<Groups>>> {
    let results = ResultsState::expect();
    let filters = UiState::expect().filters;
    Memo::new(move |_| {
        let matched = results.matched.get()?;
        let located = results.location.with(|l| l.is_some());
        let filters = filters.get();
        let mut shown: [Vec<usize>; 4] = Default::default();
        let mut hidden = [Hidden::default(); 4];
        for (g, verdict) in VERDICTS.iter().enumerate() {
            let (list, h) = visible(&filters, &matched, *verdict, located);
            shown[g] = list;
            hidden[g] = h;
        }
        Some(Shared(Arc::new(Groups { matched, shown, hidden })))
    })
}

#[component]
pub fn ResultsPanel() -> impl IntoView {
    let results = ResultsState::expect();
    let groups = GroupsState::get_or_new();
    let counts =
        move || groups.with(|g| g.as_ref().map(|g| [g.shown[0].len(), g.shown[1].len(), g.shown[2].len()]));

    // While a snapshot is still arriving, the results are for the trials read so far.
    let still_reading = move || {
        results.matched.with(|m| {
            let data = &m.as_ref()?.data;
            data.still_reading.map(|expected| (data.catalog.len(), expected))
        })
    };
    // For the benchmark: the moment the first results are on the page, marked once.
    Effect::new(move |marked: Option<bool>| {
        if marked == Some(true) {
            return true;
        }
        let shown = counts().is_some();
        if shown {
            perf::mark("results-shown");
        }
        shown
    });

    view! {
        <section class="tm-results" aria-labelledby="tm-results-title" data-testid="results">
            <h2 class="tm-results__title" id="tm-results-title" tabindex="-1">"Trials for you"</h2>
            <p class="tm-results__summary" aria-live="polite" data-testid="results-summary">
                {move || match counts() {
                    None => "Results appear when the trials have loaded.".to_owned(),
                    Some([l, p, r]) => format!("{l} likely, {p} possible, {r} ruled out"),
                }}
            </p>
            {move || still_reading().map(|(read, expected)| view! {
                <p class="tm-results__partial" role="status" data-testid="results-partial">
                    {match expected {
                        Some(total) => format!("These results cover the first {} of {} trials.", grouped(read), grouped(total)),
                        None => format!("These results cover the first {} trials.", grouped(read)),
                    }}
                    " The rest are still being read; the results update by themselves."
                </p>
            })}
            <ChangesPanel/>
            <ResultFilters/>
            <NothingFits groups/>
            <ResultGroup groups=groups verdict=Verdict::Likely/>
            <ResultGroup groups=groups verdict=Verdict::Possible/>
            <FoldedGroup groups=groups verdict=Verdict::RuledOut/>
            <FoldedGroup groups=groups verdict=Verdict::NotAsPatient/>
        </section>
    }
}

/// The reasons a card shows: the engine's key reasons, which lead with the one that decides
/// the card's group.
fn shown_reasons(catalog: &Catalog, found: &TrialMatch, answers: &Answers) -> Vec<Reason> {
    catalog.key_reasons(found, answers, 3)
}

/// The heading text and explanation of a group.
fn describe(verdict: &Verdict) -> (&'static str, &'static str) {
    match verdict {
        Verdict::Likely => (
            "Likely",
            "Your answers fit every requirement we could check. Some details still need the study team.",
        ),
        Verdict::Possible => (
            "Possible",
            "Nothing in your answers rules these out, but some requirements are unanswered or unclear.",
        ),
        Verdict::RuledOut => ("Ruled out", "At least one requirement clearly does not fit your answers."),
        Verdict::NotAsPatient => (
            "Studies about leukemia you would not join as a patient",
            "These study caregivers, family members, donors or staff, or only stored samples and records.",
        ),
    }
}

#[component]
fn ResultGroup(groups: Memo<Option<Shared<Groups>>>, verdict: Verdict) -> impl IntoView {
    let answers = AnswersState::expect().0;
    let limit = RwSignal::new(PAGE);
    let g = group_index(&verdict);
    let key = verdict.key();
    let (title, explanation) = describe(&verdict);
    let heading_id = format!("tm-group-{key}");
    let labelled_by = heading_id.clone();
    let cards = move || {
        let groups = groups.get()?;
        let matched = &groups.matched;
        let catalog = &matched.data.catalog;
        let views = groups
            .first(g, limit.get())
            .map(|(found, trial)| {
                let reasons = answers.with_untracked(|a| shown_reasons(catalog, found, a));
                let site = matched.nearest[found.index].map(|(site, _)| site);
                let nearest = matched.nearest[found.index].map(|(site, km)| {
                    let site = &trial.locations[site];
                    let place = place_label(site).or_else(|| site.facility.clone()).unwrap_or_default();
                    let place = match &site.facility {
                        Some(facility) if !place.contains(facility.as_str()) => {
                            format!("{facility}, {place}")
                        }
                        _ => place,
                    };
                    (place, km)
                });
                view! { <li class="tm-group__item"><TrialCard trial verdict reasons nearest site/></li> }
            })
            .collect_view();
        Some(views)
    };
    let total = move || groups.with(|g_| g_.as_ref().map_or(0, |x| x.shown[g].len()));
    let hidden = move || groups.with(|g_| g_.as_ref().map(|x| x.hidden[g]).unwrap_or_default());
    let filters = UiState::expect().filters;
    // When neither likely nor possible has a trial, the "nothing fits" panel speaks instead.
    let nothing =
        move || groups.with(|g_| g_.as_ref().is_some_and(|x| x.shown[0].is_empty() && x.shown[1].is_empty()));
    view! {
        <section class=format!("tm-group tm-group--{key}") aria-labelledby=labelled_by data-testid=format!("group-{key}")>
            <h3 class="tm-group__title" id=heading_id>
                {title}" "
                <span class="tm-group__count" data-testid=format!("count-{key}")>{total}</span>
            </h3>
            // An empty group's explanation would describe trials that are not there.
            {move || (total() > 0).then(|| view! { <p class="tm-group__explanation">{explanation}</p> })}
            {move || (hidden().total() > 0).then(|| view! {
                <div class="tm-group__hidden" data-testid=format!("hidden-{key}")>
                    <p>{move || filters.with(|f| describe_hidden(&hidden(), f))}</p>
                    <button type="button" class="tm-button tm-button--quiet" data-testid=format!("show-hidden-{key}")
                        on:click=move |_| {
                            filters.update(|f| *f = f.showing_all());
                            // The button goes with the hidden trials: the focus goes to the results.
                            device::show_and_focus("tm-results-title");
                        }>
                        "Show them"<span class="tm-visually-hidden">{format!(" ({} hidden {} trials)", hidden().total(), title.to_lowercase())}</span>
                    </button>
                </div>
            })}
            {move || (total() == 0 && hidden().total() == 0 && !nothing()).then(|| view! {
                <p class="tm-group__empty">"None for these answers."</p>
            })}
            <ul class="tm-group__list">{cards}</ul>
            {move || (total() > limit.get()).then(|| view! {
                <button
                    type="button"
                    class="tm-button"
                    data-testid=format!("more-{key}")
                    on:click=move |_| limit.update(|l| *l += PAGE)
                >
                    {format!("Show more ({} not shown)", total() - limit.get())}
                </button>
            })}
        </section>
    }
}

/// A group folded away at first (ruled out; not as a patient): its items are built only once
/// someone opens it, so each answer change does not rebuild a list nobody is looking at.
#[component]
fn FoldedGroup(groups: Memo<Option<Shared<Groups>>>, verdict: Verdict) -> impl IntoView {
    let answers = AnswersState::expect().0;
    let limit = RwSignal::new(PAGE);
    let open = RwSignal::new(false);
    let g = group_index(&verdict);
    let key = verdict.key();
    let (title, explanation) = describe(&verdict);
    let total = move || groups.with(|x| x.as_ref().map_or(0, |x| x.shown[g].len()));
    let items = move || {
        if !open.get() {
            return None;
        }
        let groups = groups.get()?;
        let catalog = &groups.matched.data.catalog;
        let views = groups
            .first(g, limit.get())
            .map(|(found, trial)| {
                let reason = answers.with_untracked(|a| catalog.key_reasons(found, a, 1)).into_iter().next();
                let reason = reason.filter(|_| verdict == Verdict::RuledOut);
                let (id, title) = (trial.id.clone(), trial.brief_title.clone());
                view! {
                    <li class="tm-ruled-out__item" data-testid=format!("{}-item", key.replace('_', "-"))>
                        <A href=trial_path(&id)>{title}</A>
                        <span class="tm-ruled-out__id">" ("{id.clone()}")"</span>
                        <ul class="tm-reasons">{reason.map(|reason| view! { <ReasonItem reason/> })}</ul>
                    </li>
                }
            })
            .collect_view();
        Some(views)
    };
    let hint = if verdict == Verdict::RuledOut { " — show why" } else { " — show them" };
    let shown = move || verdict == Verdict::RuledOut || total() > 0;
    view! {
        <Show when=shown>
            <details
                class=format!("tm-group tm-group--{key}")
                data-testid=format!("group-{key}")
                on:toggle=move |ev| {
                    let opened = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
                    open.set(opened);
                }
            >
                <summary class="tm-group__title tm-group__summary">
                    {title}" "
                    <span class="tm-group__count" data-testid=format!("count-{key}")>{total}</span>
                    <span class="tm-group__summary-hint">{hint}</span>
                </summary>
                <p class="tm-group__explanation">{explanation}</p>
                <ul class="tm-ruled-out">{items}</ul>
                {move || (total() > limit.get()).then(|| view! {
                    <button type="button" class="tm-button" data-testid=format!("more-{key}") on:click=move |_| limit.update(|l| *l += PAGE)>
                        {format!("Show more ({} not shown)", total() - limit.get())}
                    </button>
                })}
            </details>
        </Show>
    }
}
