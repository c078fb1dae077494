//! A trial's sites, nearest first when a location is set, with status and contacts, plus the
//! study's central contacts.

use leptos::prelude::*;
use trialmatch_core::geo::{describe_km, sites_by_distance};
use trialmatch_core::glossary::status_label;
use trialmatch_core::registry::{Contact, Trial};

use crate::components::location_step::place_label;
use crate::state::ResultsState;

/// How many sites are listed before "Show all".
const FIRST_SITES: usize = 20;

#[component]
pub fn ContactLine(contact: Contact) -> impl IntoView {
    view! {
        <li class="tm-contact">
            {contact.name.clone().map(|n| view! { <span class="tm-contact__name">{n}</span> })}
            {contact.phone.clone().map(|p| view! { " · " <a href=format!("tel:{}", p.replace(' ', ""))>{p.clone()}</a> })}
            {contact.email.clone().map(|e| view! { " · " <a href=format!("mailto:{e}")>{e.clone()}</a> })}
        </li>
    }
}

#[component]
pub fn SiteList(trial: Trial) -> impl IntoView {
    let location = ResultsState::expect().location;
    let show_all = RwSignal::new(false);
    let total = trial.locations.len();
    let central = trial.central_contacts.clone();
    let sites = move || {
        let here = location.with(|l| l.as_ref().map(|l| (l.lat, l.lon)));
        let limit = if show_all.get() { usize::MAX } else { FIRST_SITES };
        sites_by_distance(&trial, here)
            .into_iter()
            .take(limit)
            .map(|(i, km)| {
                let site = trial.locations[i].clone();
                view! {
                    <li class="tm-site" data-testid="site">
                        <p class="tm-site__name">
                            <strong>{site.facility.clone().unwrap_or_else(|| "Site".to_owned())}</strong>
                            {place_label(&site).map(|p| format!(" — {p}"))}
                        </p>
                        <p class="tm-site__meta">
                            {site.status.as_ref().map(|s| status_label(s).to_owned()).unwrap_or_else(|| "Status not given".to_owned())}
                            {km.map(|km| format!(" · {}", describe_km(km)))}
                        </p>
                        {(!site.contacts.is_empty()).then(|| view! {
                            <ul class="tm-contacts">
                                {site.contacts.into_iter().map(|contact| view! { <ContactLine contact/> }).collect_view()}
                            </ul>
                        })}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="tm-section" aria-labelledby="tm-sites-title" data-testid="sites">
            <h2 id="tm-sites-title">"Where it takes place"</h2>
            {(!central.is_empty()).then(|| view! {
                <h3>"Study contacts"</h3>
                <ul class="tm-contacts">{central.into_iter().map(|contact| view! { <ContactLine contact/> }).collect_view()}</ul>
            })}
            <p class="tm-sites__note">
                {move || location.with(|l| match l {
                    Some(l) => format!("Nearest first, measured from {}.", l.label),
                    None => "Set a location in the questionnaire to sort sites by distance.".to_owned(),
                })}
            </p>
            {if total == 0 {
                view! { <p>"The record lists no sites yet."</p> }.into_any()
            } else {
                view! { <ol class="tm-sites">{sites}</ol> }.into_any()
            }}
            {(total > FIRST_SITES).then(|| view! {
                <button type="button" class="tm-button" on:click=move |_| show_all.update(|s| *s = !*s)>
                    {move || if show_all.get() { "Show fewer sites".to_owned() } else { format!("Show all {total} sites") }}
                </button>
            })}
        </section>
    }
}
