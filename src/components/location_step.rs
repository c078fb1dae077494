//! Step "Location": a city chosen from the sites in the loaded trials (with their
//! coordinates), a city or US ZIP code typed and looked up in the page's own table of places
//! (fetched whole when the step opens, so what is typed is never sent), or the device's
//! position — asked only when the person presses the button. Distances are computed on the
//! device; the location never leaves it.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::sync::OnceLock;

use leptos::prelude::*;
use trialmatch_core::answers::Location;
use trialmatch_core::places::Places;
use trialmatch_core::registry::Site;

use crate::data;
use crate::device;
use crate::state::{AnswersState, TrialsState};

/// "City, State, Country" for a site, when it has a city.
pub fn place_label(site: &Site) -> Option<String> {
    let city = site.city.as_deref()?.trim();
    let parts: Vec<&str> = [Some(city), site.state.as_deref(), site.country.as_deref()]
        .into_iter()
        .flatten()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    Some(parts.join(", "))
}

/// The cities and ZIP3 areas built by `scripts/build-places`: fetched from the page's own
/// `data/places.tsv` when the Location step first opens (36 KB gzipped, kept for offline use
/// by the service worker), and read once.
static PLACES: OnceLock<Places> = OnceLock::new();

/// Something to run once the table of places is there.
type Waiter = Box<dyn FnOnce(Result<(), String>)>;

thread_local! {
    /// Who waits for the table: every Location step opened while it is on its way (the page
    /// runs on one thread). `None` while no download is going on.
    static WAITING: RefCell<Option<Vec<Waiter>>> = const { RefCell::new(None) };
}

/// Fetches the table unless it is here; `done` runs when it is (or with why it is not). A
/// failed download is not kept: the next look-up tries again.
fn fetch_places(done: impl FnOnce(Result<(), String>) + 'static) {
    if PLACES.get().is_some() {
        return done(Ok(()));
    }
    let first = WAITING.with_borrow_mut(|waiting| {
        let first = waiting.is_none();
        waiting.get_or_insert_with(Vec::new).push(Box::new(done));
        first
    });
    if first {
        leptos::task::spawn_local(async move {
            let outcome = data::fetch_places().await.map(|text| {
                let _ = PLACES.set(Places::parse(&text).0);
            });
            for done in WAITING.with_borrow_mut(|waiting| waiting.take().unwrap_or_default()) {
                done(outcome.clone());
            }
        });
    }
}

#[component]
pub fn LocationStep() -> impl IntoView {
    let answers = AnswersState::expect().0;
    let trials = TrialsState::expect();
    let places = Memo::new(move |_| {
        let mut places: BTreeMap<String, (f64, f64)> = BTreeMap::new();
        if let Some(data) = trials.data.get() {
            for site in data.catalog.trials().iter().flat_map(|t| &t.locations) {
                if let (Some(label), Some(geo)) = (place_label(site), site.geo) {
                    places.entry(label).or_insert(geo);
                }
            }
        }
        places.into_iter().collect::<Vec<_>>()
    });
    let current = Memo::new(move |_| answers.with(|a| a.location.clone()));
    let text = RwSignal::new(current.get_untracked().map(|l| l.label).unwrap_or_default());
    let message = RwSignal::new(String::new());

    let set_location = move |location: Option<Location>| answers.update(|a| a.location = location);
    // A place of the loaded trials' sites whose label is the typed text, in any case. (`try_`:
    // leaving the page while typing fires `change` as the step is taken down.)
    let site_place = move |typed: &str| {
        let wanted = typed.trim().to_lowercase();
        places
            .try_with_untracked(|p| p.iter().find(|(label, _)| label.to_lowercase() == wanted).cloned())
            .flatten()
    };
    let on_text = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev);
        text.set(typed.clone());
        if let Some((label, (lat, lon))) = site_place(&typed) {
            message.set(String::new());
            set_location(Some(Location { lat, lon, label }));
        } else if typed.trim().is_empty() {
            message.set(String::new());
        } else {
            message
                .set("Choose a suggested place, or type a city or US ZIP code and press Enter.".to_owned());
        }
    };
    // A look-up asked for before the table arrived, to run when it does.
    let pending = StoredValue::new(false);
    let arrived = RwSignal::new(0u32);
    // When a download of the table ends: wake the look-up, or say why it cannot be done.
    let arrival = move |outcome: Result<(), String>| match outcome {
        Ok(()) => {
            arrived.try_update(|n| *n += 1);
        }
        Err(why) if pending.try_get_value() == Some(true) => {
            pending.set_value(false);
            message.try_set(format!("{why} Choose a suggested place, or use your current location."));
        }
        Err(_) => {}
    };
    // Enter or leaving the field: a site's place as above, else the table of places.
    let look_up = move || {
        let Some(typed) = text.try_get_untracked() else { return };
        let wanted = typed.trim();
        let unchanged = current.try_with_untracked(|c| c.as_ref().is_some_and(|l| l.label == wanted));
        if wanted.is_empty() || unchanged != Some(false) {
            return;
        }
        if let Some((label, (lat, lon))) = site_place(wanted) {
            message.set(String::new());
            set_location(Some(Location { lat, lon, label }));
        } else {
            match PLACES.get() {
                Some(places) => match places.find(wanted) {
                    Some(found) => {
                        message.set(found.note().unwrap_or_default().to_owned());
                        text.set(found.label.clone());
                        set_location(Some(Location { lat: found.lat, lon: found.lon, label: found.label }));
                    }
                    None => message.set(format!(
                        "We don't know “{wanted}”. Try a larger nearby city or a US ZIP code, or use your current location."
                    )),
                },
                // Not here yet (or an earlier download failed): fetched now, and the look-up
                // runs again when it arrives.
                None => {
                    message.set(format!("Looking up “{wanted}”…"));
                    pending.set_value(true);
                    fetch_places(arrival);
                }
            }
        }
    };
    // The table is fetched as soon as the step opens, so Enter is usually answered at once.
    fetch_places(arrival);
    Effect::new(move |_| {
        arrived.track();
        if PLACES.get().is_some() && pending.try_get_value() == Some(true) {
            pending.set_value(false);
            look_up();
        }
    });
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" {
            ev.prevent_default();
            look_up();
        }
    };
    let use_device = move |_| {
        message.set("Asking this browser for your location…".to_owned());
        device::current_position(move |result| match result {
            Ok((lat, lon)) => {
                let label = "My current location".to_owned();
                text.set(label.clone());
                message.set(String::new());
                set_location(Some(Location { lat, lon, label }));
            }
            Err(why) => message.set(why),
        });
    };
    let clear = move |_| {
        text.set(String::new());
        message.set(String::new());
        set_location(None);
    };

    view! {
        <div class="tm-step" data-testid="step-location">
            <fieldset class="tm-question">
                <legend class="tm-question__legend">"Where would you travel from?"</legend>
                <p class="tm-question__hint" id="location-hint">
                    "Used only on this device, to show the nearest trial sites and distances. Type a city or a US ZIP code and press Enter, or choose a suggested place that has trial sites."
                </p>
                <label class="tm-number__label" for="location-input">"City or US ZIP code"</label>
                <div class="tm-location__row">
                    <input
                        class="tm-location__input"
                        type="text"
                        id="location-input"
                        data-testid="location-input"
                        list="tm-places"
                        autocomplete="off"
                        aria-describedby="location-hint"
                        prop:value=move || text.get()
                        on:input=on_text
                        on:keydown=on_key
                        on:change=move |_| look_up()
                    />
                    <datalist id="tm-places">
                        {move || {
                            places
                                .get()
                                .into_iter()
                                .map(|(label, _)| view! { <option value=label></option> })
                                .collect_view()
                        }}
                    </datalist>
                </div>
                <div class="tm-location__buttons">
                    <button type="button" class="tm-button" data-testid="use-my-location" on:click=use_device>
                        "Use my current location"
                    </button>
                    <button type="button" class="tm-button tm-button--quiet" data-testid="location-clear" on:click=clear>
                        "Not sure / clear"
                    </button>
                </div>
                <p class="tm-location__message" role="status" data-testid="location-message">
                    {move || message.get()}
                </p>
                <p class="tm-location__current" data-testid="location-current">
                    {move || match current.get() {
                        Some(l) => format!("Distances are measured from: {}", l.label),
                        None => "No location set: trials are not sorted by distance.".to_owned(),
                    }}
                </p>
            </fieldset>
        </div>
    }
}
