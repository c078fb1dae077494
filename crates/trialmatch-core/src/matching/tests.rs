//! The fold as a table: small trials written out as requirements with given outcomes, and the
//! verdict each must get. Each row names the rule it pins.

use super::fold::{fold, Kind, Step};
use super::verdict::{Outcome, Verdict};

use Outcome::{Met as M, NotApplicable as NA, NotMet as N, Unknown as U};

/// One requirement of a table row: its outcome, and where it belongs.
#[derive(Clone, Copy)]
struct Row {
    outcome: Outcome,
    soft: bool,
    certain: bool,
    kind: Kind,
    cohort: Option<u16>,
    group: Option<u16>,
}

fn plain(outcome: Outcome) -> Row {
    Row { outcome, soft: false, certain: true, kind: Kind::Other, cohort: None, group: None }
}

/// The trial names a diagnosis / a disease status.
fn dx(outcome: Outcome) -> Row {
    Row { kind: Kind::Diagnosis, ..plain(outcome) }
}

fn status(outcome: Outcome) -> Row {
    Row { kind: Kind::Status, ..plain(outcome) }
}

fn soft(outcome: Outcome) -> Row {
    Row { soft: true, certain: false, ..plain(outcome) }
}

/// Read from a criterion only partly understood: a miss rules out, a match is not certain.
fn narrowed(outcome: Outcome) -> Row {
    Row { certain: false, ..plain(outcome) }
}

fn in_group(group: u16, outcome: Outcome) -> Row {
    Row { group: Some(group), ..plain(outcome) }
}

fn in_cohort(cohort: u16, outcome: Outcome) -> Row {
    Row { cohort: Some(cohort), ..plain(outcome) }
}

fn verdict(rows: &[Row], cohorts: usize) -> Verdict {
    let steps: Vec<Step> = (rows.iter().enumerate())
        .map(|(i, r)| Step {
            need: i as u32,
            soft: r.soft,
            certain: r.certain,
            kind: r.kind,
            cohort: r.cohort,
            group: r.group,
        })
        .collect();
    let table: Vec<Outcome> = rows.iter().map(|r| r.outcome).collect();
    fold(0, &steps, cohorts, &table).verdict
}

#[test]
fn the_fold_table() {
    use Verdict::{Likely, Possible, RuledOut};
    let named = [dx(M), status(M)];
    let with = |rows: &[Row]| [&named[..], rows].concat();
    let table: &[(&str, &[Row], usize, Verdict)] = &[
        ("nothing to check is possible, never likely", &[], 0, Possible),
        ("diagnosis and status named and met, the rest surely met, is likely", &with(&[plain(M)]), 0, Likely),
        ("a trial that does not name a status is never likely", &[dx(M), plain(M)], 0, Possible),
        ("a trial that does not name a diagnosis is never likely", &[status(M), plain(M)], 0, Possible),
        ("one unknown keeps it possible", &with(&[plain(U)]), 0, Possible),
        ("one firm miss rules out", &with(&[plain(N)]), 0, RuledOut),
        ("a soft miss only asks to check", &with(&[soft(N)]), 0, Possible),
        ("a soft match is not certain", &with(&[soft(M)]), 0, Possible),
        (
            "a match read from a partly understood criterion is not certain",
            &with(&[narrowed(M)]),
            0,
            Possible,
        ),
        ("a miss read from a partly understood criterion rules out", &with(&[narrowed(N)]), 0, RuledOut),
        ("a requirement that does not apply counts for nothing", &with(&[plain(NA)]), 0, Likely),
        ("only requirements that do not apply is possible", &[plain(NA)], 0, Possible),
        ("one member of a group met is enough", &with(&[in_group(0, N), in_group(0, M)]), 0, Likely),
        ("a group with every member missed rules out", &[in_group(0, N), in_group(0, N)], 0, RuledOut),
        ("a group with a member unknown is open", &[in_group(0, N), in_group(0, U)], 0, Possible),
        ("two groups must each be met", &[in_group(0, M), in_group(1, N)], 0, RuledOut),
        ("fitting one cohort is enough", &with(&[in_cohort(0, N), in_cohort(1, M)]), 2, Likely),
        ("missing every cohort rules out", &[in_cohort(0, N), in_cohort(1, N)], 2, RuledOut),
        ("a cohort with nothing to check may fit", &[in_cohort(0, N)], 2, Possible),
        ("a lone named cohort cannot rule out", &[in_cohort(0, N)], 1, Possible),
        (
            "the whole trial's miss closes every cohort",
            &[plain(N), in_cohort(0, M), in_cohort(1, M)],
            2,
            RuledOut,
        ),
        ("a cohort the rules do not list has no say", &with(&[in_cohort(5, N)]), 0, Likely),
    ];
    for (rule, rows, cohorts, expected) in table {
        assert_eq!(verdict(rows, *cohorts), *expected, "{rule}");
    }
}
