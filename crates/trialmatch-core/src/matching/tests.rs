//! The fold as a table: small trials written out as requirements with given outcomes, and the
//! verdict each must get. Each row names the rule it pins.

use super::fold::{fold, Step};
use super::verdict::{Outcome, Verdict};

use Outcome::{Met as M, NotApplicable as NA, NotMet as N, Unknown as U};

/// One requirement of a table row: its outcome, and where it belongs.
#[derive(Clone, Copy)]
struct Row {
    outcome: Outcome,
    soft: bool,
    cohort: Option<u16>,
    group: Option<u16>,
}

fn plain(outcome: Outcome) -> Row {
    Row { outcome, soft: false, cohort: None, group: None }
}

fn soft(outcome: Outcome) -> Row {
    Row { soft: true, ..plain(outcome) }
}

fn in_group(group: u16, outcome: Outcome) -> Row {
    Row { group: Some(group), ..plain(outcome) }
}

fn in_cohort(cohort: u16, outcome: Outcome) -> Row {
    Row { cohort: Some(cohort), ..plain(outcome) }
}

fn verdict(rows: &[Row], cohorts: usize) -> Verdict {
    let steps: Vec<Step> = (rows.iter().enumerate())
        .map(|(i, r)| Step { need: i as u32, soft: r.soft, cohort: r.cohort, group: r.group })
        .collect();
    let table: Vec<Outcome> = rows.iter().map(|r| r.outcome).collect();
    fold(0, &steps, cohorts, &table).verdict
}

#[test]
fn the_fold_table() {
    use Verdict::{Likely, Possible, RuledOut};
    let table: &[(&str, &[Row], usize, Verdict)] = &[
        ("nothing to check is possible, never likely", &[], 0, Possible),
        ("every requirement met is likely", &[plain(M), plain(M)], 0, Likely),
        ("one unknown keeps it possible", &[plain(M), plain(U)], 0, Possible),
        ("one firm miss rules out", &[plain(M), plain(N)], 0, RuledOut),
        ("a soft miss only asks to check", &[plain(M), soft(N)], 0, Possible),
        ("a requirement that does not apply counts for nothing", &[plain(M), plain(NA)], 0, Likely),
        ("only requirements that do not apply is possible", &[plain(NA)], 0, Possible),
        ("one member of a group met is enough", &[in_group(0, N), in_group(0, M)], 0, Likely),
        ("a group with every member missed rules out", &[in_group(0, N), in_group(0, N)], 0, RuledOut),
        ("a group with a member unknown is open", &[in_group(0, N), in_group(0, U)], 0, Possible),
        ("two groups must each be met", &[in_group(0, M), in_group(1, N)], 0, RuledOut),
        ("fitting one cohort is enough", &[in_cohort(0, N), in_cohort(1, M)], 2, Likely),
        ("missing every cohort rules out", &[in_cohort(0, N), in_cohort(1, N)], 2, RuledOut),
        ("a cohort with nothing to check may fit", &[in_cohort(0, N)], 2, Possible),
        ("a lone named cohort cannot rule out", &[in_cohort(0, N)], 1, Possible),
        (
            "the whole trial's miss closes every cohort",
            &[plain(N), in_cohort(0, M), in_cohort(1, M)],
            2,
            RuledOut,
        ),
        ("a cohort the rules do not list has no say", &[plain(M), in_cohort(5, N)], 0, Likely),
    ];
    for (rule, rows, cohorts, expected) in table {
        assert_eq!(verdict(rows, *cohorts), *expected, "{rule}");
    }
}
