//! The filter and sort bar. Filters only change what is shown, never a verdict.

use leptos::prelude::*;
use trialmatch_core::glossary::DrugClass;

use crate::filters::{AgeGroup, Filters, SortBy, StatusFilter};
use crate::state::{ResultsState, TrialsState, UiState};

const DISTANCES: [(&str, Option<f64>, &str); 6] = [
    ("any", None, "Any distance"),
    ("50", Some(50.0), "Within 50 km (31 mi)"),
    ("100", Some(100.0), "Within 100 km (62 mi)"),
    ("250", Some(250.0), "Within 250 km (155 mi)"),
    ("500", Some(500.0), "Within 500 km (311 mi)"),
    ("1000", Some(1000.0), "Within 1,000 km (621 mi)"),
];

/// A labelled `<select>` whose options are `(key, label)`.
#[component]
fn FilterSelect(
    id: &'static str,
    label: &'static str,
    options: Signal<Vec<(String, String)>>,
    #[prop(into)] selected: Signal<String>,
    on_pick: Callback<String>,
    #[prop(optional, into)] disabled: Signal<bool>,
) -> impl IntoView {
    view! {
        <div class="tm-filters__field">
            <label for=id class="tm-filters__label">{label}</label>
            <select
                id=id
                data-testid=id
                class="tm-filters__select"
                disabled=move || disabled.get()
                on:change=move |ev| on_pick.run(event_target_value(&ev))
            >
                {move || {
                    let current = selected.get();
                    options
                        .get()
                        .into_iter()
                        .map(|(key, text)| {
                            let is = key == current;
                            view! { <option value=key selected=is>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}

fn owned(options: &[(impl Copy, &str, &str)]) -> Vec<(String, String)> {
    options.iter().map(|(_, k, l)| (k.to_string(), l.to_string())).collect()
}

#[component]
pub fn ResultFilters() -> impl IntoView {
    let filters = UiState::expect().filters;
    let located = ResultsState::expect().location;
    let trials = TrialsState::expect();
    let update = move |change: Box<dyn FnOnce(&mut Filters)>| filters.update(|f| change(f));

    let status_options = Signal::derive(|| owned(&StatusFilter::ALL));
    let status = Signal::derive(move || {
        let now = filters.with(|f| f.status);
        StatusFilter::ALL.iter().find(|s| s.0 == now).map(|s| s.1.to_owned()).unwrap_or_default()
    });
    let on_status = Callback::new(move |key: String| {
        if let Some(s) = StatusFilter::ALL.iter().find(|s| s.1 == key) {
            update(Box::new(move |f| f.status = s.0));
        }
    });

    let phase_options = Signal::derive(|| {
        std::iter::once(("any".to_owned(), "Any phase".to_owned()))
            .chain((1..=4).map(|p| (p.to_string(), format!("Phase {p}"))))
            .collect()
    });
    let phase = Signal::derive(move || filters.with(|f| f.phase.map_or("any".to_owned(), |p| p.to_string())));
    let on_phase = Callback::new(move |key: String| update(Box::new(move |f| f.phase = key.parse().ok())));

    let distance_options =
        Signal::derive(|| DISTANCES.iter().map(|(k, _, l)| (k.to_string(), l.to_string())).collect());
    let distance = Signal::derive(move || {
        let now = filters.with(|f| f.max_km);
        DISTANCES.iter().find(|d| d.1 == now).map(|d| d.0.to_owned()).unwrap_or_default()
    });
    let on_distance = Callback::new(move |key: String| {
        let km = DISTANCES.iter().find(|d| d.0 == key).and_then(|d| d.1);
        update(Box::new(move |f| f.max_km = km));
    });
    let no_location = Signal::derive(move || located.with(|l| l.is_none()));

    let age_options = Signal::derive(|| owned(&AgeGroup::ALL));
    let ages = Signal::derive(move || {
        let now = filters.with(|f| f.ages);
        AgeGroup::ALL.iter().find(|a| a.0 == now).map(|a| a.1.to_owned()).unwrap_or_default()
    });
    let on_ages = Callback::new(move |key: String| {
        if let Some(a) = AgeGroup::ALL.iter().find(|a| a.1 == key) {
            update(Box::new(move |f| f.ages = a.0));
        }
    });

    let class_options = Signal::derive(move || {
        let present = trials.data.with(|d| {
            d.as_ref().map(|d| DrugClass::distinct(d.classes.iter().flatten().copied())).unwrap_or_default()
        });
        std::iter::once(("any".to_owned(), "Any kind of treatment".to_owned()))
            .chain(present.into_iter().map(|c| (c.key().to_owned(), c.label().to_owned())))
            .collect()
    });
    let class =
        Signal::derive(move || filters.with(|f| f.class.map_or("any".to_owned(), |c| c.key().to_owned())));
    let on_class =
        Callback::new(move |key: String| update(Box::new(move |f| f.class = DrugClass::from_key(&key))));

    let sort_options = Signal::derive(|| owned(&SortBy::ALL));
    let sort = Signal::derive(move || {
        let now = filters.with(|f| f.sort);
        SortBy::ALL.iter().find(|s| s.0 == now).map(|s| s.1.to_owned()).unwrap_or_default()
    });
    let on_sort = Callback::new(move |key: String| {
        if let Some(s) = SortBy::ALL.iter().find(|s| s.1 == key) {
            update(Box::new(move |f| f.sort = s.0));
        }
    });
    let active = move || {
        filters.with(|f| {
            let d = Filters::default();
            [
                f.status != d.status,
                f.phase.is_some(),
                f.max_km.is_some() && located.with(|l| l.is_some()),
                f.ages != d.ages,
                f.class.is_some(),
            ]
            .iter()
            .filter(|x| **x)
            .count()
        })
    };

    view! {
        <details class="tm-filters" data-testid="filters">
            <summary class="tm-filters__summary">
                "Filter and sort"
                {move || match active() {
                    0 => String::new(),
                    n => format!(" ({n} changed)"),
                }}
            </summary>
            <p class="tm-filters__note">"Filters only change what is shown here; they never change a verdict."</p>
            <div class="tm-filters__grid">
                <FilterSelect id="filter-status" label="Status" options=status_options selected=status on_pick=on_status/>
                <FilterSelect id="filter-phase" label="Phase" options=phase_options selected=phase on_pick=on_phase/>
                <FilterSelect
                    id="filter-distance"
                    label="Distance from you"
                    options=distance_options
                    selected=distance
                    on_pick=on_distance
                    disabled=no_location
                />
                <FilterSelect id="filter-ages" label="Age group" options=age_options selected=ages on_pick=on_ages/>
                <FilterSelect id="filter-class" label="Kind of treatment" options=class_options selected=class on_pick=on_class/>
                <FilterSelect id="sort" label="Sort by" options=sort_options selected=sort on_pick=on_sort/>
            </div>
        </details>
    }
}
