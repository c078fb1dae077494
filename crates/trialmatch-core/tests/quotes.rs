//! Quotes as tables: criteria texts in `tests/data/quotes/items.txt` with every item's quote,
//! and whole trials in `tests/data/quotes/status.txt` with their disease-status reasons' quotes,
//! each with an `.expected` file beside it; and what every quote of the example trials keeps.
//! Regenerate with `UPDATE_EXPECT=1 cargo test -p trialmatch-core --test quotes` and review.

use std::collections::HashSet;
use std::fmt::Write;
use std::path::{Path, PathBuf};

use expect_test::expect_file;
use trialmatch_core::answers::Answers;
use trialmatch_core::criteria::{split_criteria, Criteria, Item, Section};
use trialmatch_core::matching::{Catalog, ReasonKind};
use trialmatch_core::quote;
use trialmatch_core::registry::load;

fn data(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/quotes").join(path)
}

/// The cases of a table file: each "## name" line and the text under it.
fn cases(file: &Path) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(file).unwrap();
    let mut cases: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        if let Some(name) = line.strip_prefix("## ") {
            cases.push((name.to_owned(), String::new()));
        } else if let Some((_, body)) = cases.last_mut() {
            body.push_str(line);
            body.push('\n');
        }
    }
    cases
}

#[test]
fn item_quotes_as_expected() {
    let cases = cases(&data("items.txt"));
    assert!(cases.len() >= 20, "the table lost cases: {}", cases.len());
    let mut out = String::new();
    for (name, text) in &cases {
        let criteria = split_criteria(text);
        assert!(!criteria.items.is_empty(), "{name}: no items");
        writeln!(out, "## {name}").unwrap();
        for index in 0..criteria.items.len() {
            writeln!(out, "[{index}] {}", quote::item(&criteria, index, None)).unwrap();
        }
        out.push('\n');
    }
    expect_file![data("items.txt.expected")].assert_eq(&out);
}

#[test]
fn status_quotes_as_expected() {
    let cases = cases(&data("status.txt"));
    assert!(cases.len() >= 8, "the table lost cases: {}", cases.len());
    let mut out = String::new();
    for (name, text) in &cases {
        let (head, criteria) = text.split_once("\n---\n").expect("a --- line");
        let field = |name: &str| {
            head.lines().find_map(|l| l.strip_prefix(name)).map(str::trim).unwrap_or_default().to_string()
        };
        let conditions: Vec<String> = field("conditions:").split("; ").map(String::from).collect();
        let record = serde_json::json!({"protocolSection": {
            "identificationModule": {"nctId": "TEST-QUOTE", "briefTitle": field("title:")},
            "conditionsModule": {"conditions": conditions},
            "eligibilityModule": {"eligibilityCriteria": criteria}}});
        let catalog = Catalog::new(load(record.to_string().as_bytes()).unwrap().trials);
        let answers = Answers::default();
        writeln!(out, "## {name}").unwrap();
        for found in catalog.match_all(&answers) {
            for reason in catalog.reasons(&found, &answers) {
                if reason.kind == ReasonKind::DiseaseStatus {
                    let list = if reason.list.is_empty() { "-" } else { reason.list };
                    writeln!(out, "{list} | {}", reason.quote.unwrap_or_default()).unwrap();
                }
            }
        }
        out.push('\n');
    }
    expect_file![data("status.txt.expected")].assert_eq(&out);
}

/// Items that are empty or out of range quote as nothing, never a panic.
#[test]
fn an_empty_item_quotes_as_nothing() {
    let item = |text: &str, parent| Item {
        section: Section::Inclusion,
        cohort: None,
        parent,
        depth: 0,
        text: text.into(),
    };
    let criteria =
        Criteria { items: vec![item("", None), item("Lead-in:", None), item("", Some(1))], cohorts: vec![] };
    assert_eq!(quote::item(&criteria, 0, None), "");
    assert_eq!(quote::item(&criteria, 1, None), "Lead-in: ");
    assert_eq!(quote::item(&criteria, 2, None), "Lead-in: … ");
    assert_eq!(quote::item(&criteria, 9, None), "");
}

/// Every quote of the example trials and of the table is made of the criteria's own words
/// (never a word cut in two) and of the quote's marks ("…", "(and 3 more)"); and a quote over
/// the limit is a single sentence kept whole, with what frames it.
#[test]
fn quotes_cut_only_between_words() {
    let examples =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/example-trials.json"));
    let mut texts: Vec<String> =
        load(&examples.unwrap()).unwrap().trials.into_iter().map(|t| t.eligibility.criteria).collect();
    texts.extend(cases(&data("items.txt")).into_iter().map(|(_, text)| text));
    let mut shortened = 0;
    for text in &texts {
        let criteria = split_criteria(text);
        let known: HashSet<String> = criteria.items.iter().flat_map(|i| words(&i.text)).collect();
        for index in 0..criteria.items.len() {
            let quoted = quote::item(&criteria, index, None);
            shortened += usize::from(quoted.contains('…'));
            for word in words(&quoted) {
                let mark = word == "…" || word == "and" || word == "more" || word.parse::<u32>().is_ok();
                assert!(mark || known.contains(&word), "{word:?} is not a word of the criteria: {quoted}");
            }
            if quoted.chars().count() > quote::LIMIT + 40 {
                let own = criteria.items[index].text.trim();
                let longest =
                    quote::split_sentences(own).iter().map(|s| own[s.clone()].chars().count()).max();
                assert!(longest.unwrap_or(0) + 40 > quote::LIMIT, "over the limit: {quoted}");
            }
        }
    }
    assert!(shortened >= 10, "no quote was shortened: the test checks nothing");
}

/// The words of a text, without the punctuation around them.
fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '…').to_owned())
        .filter(|w| !w.is_empty())
        .collect()
}
