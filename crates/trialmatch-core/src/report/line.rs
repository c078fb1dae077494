//! Reads one line of a report: cuts it into clauses, leaves out the asides (advice, methods,
//! general statements, earlier results), and turns what each clause names and says into
//! findings.

use super::combine::{self, Finding, Findings};
use super::markers::{self, Kind, Polarity, Target};
use super::sections::{Placed, Section};
use super::values::{self, Value};
use super::{clauses, cues, details, joins, karyotype, tokens};
use crate::answers::Biomarker;

/// The rank of a diagnosis named in a section: its own diagnosis over results over history.
fn rank(section: Section) -> u8 {
    match section {
        Section::Diagnosis => 3,
        Section::Result => 2,
        _ => 1,
    }
}

pub(super) fn read_line(line: &Placed, findings: &mut Findings, diagnostics: &mut Vec<String>) {
    if !matches!(line.section, Section::Diagnosis | Section::Result | Section::History) {
        return;
    }
    let quote = line.line.text.trim();
    for clause in joins::merge_results(clauses::split(&line.line.text)) {
        let blanked = clauses::blank_asides(&clause);
        let clause = blanked.as_str();
        let aside = clauses::aside(clause);
        if aside == Some(clauses::Aside::Advice) {
            read_relapse(clause, quote, findings);
            continue;
        }
        if matches!(aside, Some(clauses::Aside::Method | clauses::Aside::General)) {
            continue;
        }
        let current = line.section.is_current() && aside.is_none();
        let ish = karyotype::ish_spans(clause);
        let tokens: Vec<tokens::Token> = tokens::find(clause)
            .into_iter()
            .filter(|t| !ish.iter().any(|s| s.start <= t.start && t.end <= s.end))
            .collect();
        let found = cues::find_around(clause, &tokens);
        let karyotypes = if current {
            karyotype::find(clause, diagnostics)
        } else {
            karyotype::find(clause, &mut Vec::new())
        };
        let spans: Vec<_> = karyotypes.iter().map(|k| k.span.clone()).collect();
        let values = values::read(clause, &tokens, &found, &spans);
        let earlier = clauses::earlier_from(clause).filter(|_| aside.is_some());
        for (i, (token, value)) in tokens.iter().zip(&values).enumerate() {
            let (Some(row), Some(value)) = (token.row, value) else { continue };
            let own_words = &clause[values::window(clause, &tokens, &found, i)];
            // A FLT3 mutation's type may be named after it, even as its own word ("FLT3 -
            // negative (both ITD and TKD checked)").
            let flt3_type = |t: &&tokens::Token| {
                t.row.is_some_and(|r| {
                    matches!(r.target, Target::Marker(Biomarker::Flt3Itd | Biomarker::Flt3Tkd))
                })
            };
            let next_other = tokens[i + 1..].iter().find(|t| !flt3_type(t)).map_or(clause.len(), |t| t.start);
            let all_words = &clause[token.end..next_other];
            match row.target {
                Target::Diagnosis(_) | Target::Phase(_) => {
                    if *value != Value::Present {
                        continue;
                    }
                    let after_earlier = earlier.is_some_and(|at| at < token.start);
                    let rank =
                        if after_earlier || !line.section.is_current() { 1 } else { rank(line.section) };
                    let named = &clause[token.start..token.end];
                    findings.name(row.target, named, rank, quote);
                }
                Target::Marker(_) | Target::Found(_) => {
                    if !current || *value == Value::Unsure {
                        continue;
                    }
                    let present = *value == Value::Present;
                    if !takes(row, present, clause) {
                        continue;
                    }
                    for target in typed(row.target, row.typed, all_words) {
                        findings.add(Finding { target, present, quote: quote.to_string() });
                    }
                    if present {
                        let named = &clause[token.start..token.end];
                        details::add_details(row.target, named, own_words, clause, quote, findings);
                    }
                }
            }
        }
        if current {
            details::read_numbers(clause, &tokens, &found, &karyotypes, quote, findings);
        }
    }
}

/// A clause that gives advice still names the diagnosis when it is a relapse of it ("rule out
/// relapse of B-ALL"); that is history.
fn read_relapse(clause: &str, quote: &str, findings: &mut Findings) {
    for token in tokens::find(clause) {
        if let Some(row) = token.row.filter(|r| matches!(r.target, Target::Diagnosis(_))) {
            if clauses::residual_before(clause, token.start) {
                findings.name(row.target, &clause[token.start..token.end], 1, quote);
            }
        }
    }
}

/// Whether a row's result is taken: its polarity, a follow-up test's absent marker, a
/// surface protein on other cells.
fn takes(row: &markers::Row, present: bool, clause: &str) -> bool {
    let polarity = match row.polarity {
        Polarity::Both => true,
        Polarity::OnlyPositive => present,
        Polarity::OnlyNegative => !present,
    };
    let kept_absent =
        present || !matches!(row.kind, Kind::Mutation | Kind::Fusion) || !clauses::monitoring(clause);
    let own_cells = row.kind != Kind::Surface || !clauses::other_cells(clause);
    polarity && kept_absent && own_cells
}

/// The targets of a finding: a FLT3 mutation becomes its type when its words give one.
fn typed(target: Target, typed: bool, own_words: &str) -> Vec<Target> {
    if !typed {
        return vec![target];
    }
    let types = combine::flt3_types(own_words);
    if types.is_empty() {
        vec![target]
    } else {
        types.into_iter().map(Target::Marker).collect()
    }
}
