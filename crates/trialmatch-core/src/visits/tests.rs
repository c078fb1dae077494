//! Changes since the last visit, as a table of small before-and-after trial lists.

use super::{compare, next, record, Changes, StatusChange, Visit};
use crate::matching::{TrialMatch, Verdict};
use crate::registry::{load, Status, Trial};

/// A trial with an ID, a status and sites given as (facility, latitude, longitude).
fn trial(id: &str, status: &str, sites: &[(&str, f64, f64)]) -> String {
    let sites: Vec<String> = sites
        .iter()
        .map(|(facility, lat, lon)| {
            format!(r#"{{"facility": "{facility}", "city": "Lyon", "country": "France", "geoPoint": {{"lat": {lat}, "lon": {lon}}}}}"#)
        })
        .collect();
    format!(
        r#"{{"protocolSection": {{"identificationModule": {{"nctId": "{id}", "briefTitle": "{id}"}},
            "statusModule": {{"overallStatus": "{status}", "lastUpdatePostDateStruct": {{"date": "2026-11-01"}}}},
            "contactsLocationsModule": {{"locations": [{}]}}}}}}"#,
        sites.join(",")
    )
}

fn trials(records: &[String]) -> Vec<Trial> {
    load(format!("[{}]", records.join(",")).as_bytes()).unwrap().trials
}

fn verdicts(list: &[Verdict]) -> Vec<TrialMatch> {
    list.iter()
        .enumerate()
        .map(|(index, verdict)| TrialMatch {
            index,
            verdict: *verdict,
            score: 0.0,
            met: 0,
            not_met: 0,
            unknown: 0,
        })
        .collect()
}

const HERE: (f64, f64) = (45.76, 4.84);
const NEAR: (&str, f64, f64) = ("Near", 45.75, 4.85);
const FAR: (&str, f64, f64) = ("Far", 48.85, 2.35);

use Verdict::{Likely as L, Possible as P, RuledOut as R};

#[test]
fn new_trials_status_changes_and_new_near_sites_for_trials_that_fit() {
    let before = trials(&[
        trial("NCT1", "NOT_YET_RECRUITING", &[FAR]),
        trial("NCT2", "RECRUITING", &[FAR]),
        trial("NCT3", "RECRUITING", &[FAR]),
        trial("NCT4", "RECRUITING", &[FAR]),
    ]);
    let previous = record(&before, &verdicts(&[L, P, P, R]), "2026-11-20", "2026-11-19");
    let now = trials(&[
        trial("NCT1", "RECRUITING", &[FAR]),       // now recruiting
        trial("NCT2", "RECRUITING", &[FAR, NEAR]), // a new site near the person
        trial("NCT3", "RECRUITING", &[FAR, ("Also far", 40.4, -3.7)]), // a new site, far away
        trial("NCT4", "RECRUITING", &[FAR, NEAR]), // did not fit then: sites unknown
        trial("NCT5", "RECRUITING", &[NEAR]),      // new and possible
        trial("NCT6", "RECRUITING", &[NEAR]),      // new but ruled out
    ]);
    let changes = compare(&previous, &now, &verdicts(&[L, P, P, P, P, R]), Some(HERE), 100.0);
    assert_eq!(
        changes,
        Changes {
            since: "2026-11-20".into(),
            since_data: "2026-11-19".into(),
            new_trials: vec![4],
            status_changes: vec![StatusChange {
                trial: 0,
                before: Status::NotYetRecruiting,
                now: Status::Recruiting
            }],
            new_sites: vec![(1, 1)],
        }
    );
    // Without a location, no site is near; a trial ruled out now is not news.
    let changes = compare(&previous, &now, &verdicts(&[R, P, P, P, P, R]), None, 100.0);
    assert_eq!((changes.new_trials, changes.status_changes, changes.new_sites), (vec![4], vec![], vec![]));
}

#[test]
fn the_same_data_changes_nothing() {
    let list = trials(&[trial("NCT1", "RECRUITING", &[NEAR])]);
    let visit = record(&list, &verdicts(&[L]), "2026-11-20", "2026-11-19");
    assert!(compare(&visit, &list, &verdicts(&[L]), Some(HERE), 100.0).is_empty());
}

fn visit(date: &str, data_date: &str) -> Visit {
    Visit { date: date.into(), data_date: data_date.into(), trials: Vec::new() }
}

#[test]
fn the_record_moves_on_only_with_newer_data() {
    let first = visit("2026-11-20", "2026-11-19");
    // First visit: nothing to compare with.
    assert_eq!(next(None, first.clone()), (None, first.clone()));
    // Newer data: the last visit becomes the one to compare with.
    let second = visit("2026-11-27", "2026-11-26");
    assert_eq!(next(Some((None, first.clone())), second.clone()), (Some(first.clone()), second.clone()));
    // The same data again: the comparison stays; the record keeps its first day.
    let again = visit("2026-11-28", "2026-11-26");
    assert_eq!(
        next(Some((Some(first.clone()), second.clone())), again),
        (Some(first.clone()), second.clone())
    );
    // Older data (a file from before): nothing moves.
    let older = visit("2026-11-29", "2026-10-01");
    assert_eq!(next(Some((Some(first.clone()), second.clone())), older), (Some(first), second));
}

#[test]
fn a_record_reads_back_and_stays_small() {
    let list = trials(&[trial("NCT1", "RECRUITING", &[NEAR, FAR]), trial("NCT2", "COMPLETED", &[FAR])]);
    let visit = record(&list, &verdicts(&[P, R]), "2026-11-20", "2026-11-19");
    let text = serde_json::to_string(&visit).unwrap();
    assert_eq!(serde_json::from_str::<Visit>(&text).unwrap(), visit);
    assert!(
        text.contains("near|lyon|france")
            && !text.contains("NCT2\",\"status\":\"COMPLETED\",\"updated\":\"2026-11-01\",\"sites"),
        "{text}"
    );
}
