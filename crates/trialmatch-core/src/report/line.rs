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

/// One clause with what was found in it.
struct Clause<'a> {
    text: &'a str,
    tokens: Vec<tokens::Token>,
    found: Vec<cues::Found>,
    karyotypes: Vec<karyotype::Karyotype>,
    values: Vec<Option<Value>>,
}

impl<'a> Clause<'a> {
    fn read(text: &'a str, diagnostics: &mut Vec<String>) -> Clause<'a> {
        let ish = karyotype::ish_spans(text);
        let tokens: Vec<tokens::Token> = tokens::find(text)
            .into_iter()
            .filter(|t| !ish.iter().any(|s| s.start <= t.start && t.end <= s.end))
            .collect();
        let found = cues::find_around(text, &tokens);
        let karyotypes = karyotype::find(text, diagnostics);
        let spans: Vec<_> = karyotypes.iter().map(|k| k.span.clone()).collect();
        let values = values::read(text, &tokens, &found, &spans);
        Clause { text, tokens, found, karyotypes, values }
    }
}

/// Reads one line. Each clause is read twice: for the diagnosis and CML phase with only
/// bracketed advice, methods and general statements blanked (a diagnosis named after words
/// saying "earlier" in it counts as history); and, when it is a current result, for markers
/// and numbers with every bracketed aside blanked ("CD19 negative (loss of CD19 compared with
/// the prior study)").
/// `follow_up`: what the report's title says of it (a follow-up test, a residual-disease
/// specimen), so that a marker not found in it is the disease in remission, in every line.
pub(super) fn read_line(
    line: &Placed,
    follow_up: clauses::FollowUp,
    findings: &mut Findings,
    diagnostics: &mut Vec<String>,
) {
    // Said anywhere, methods and notes included.
    for (marker, outright) in clauses::untested_flt3(&line.line.text) {
        findings.untested(marker, outright);
    }
    if !matches!(line.section, Section::Diagnosis | Section::Result | Section::History) {
        return;
    }
    let quote = line.line.text.trim();
    // A line labelled as an earlier sample is history in every clause ("Diagnostic sample
    // (03/2025): NPM1 type D; FLT3-ITD positive"), not only in the one the label is in.
    let earlier_line = clauses::earlier_label(&line.line.text);
    if clauses::relative_label(&line.line.text) {
        return;
    }
    let section = if earlier_line { Section::History } else { line.section };
    let caveat = clauses::negative_caveat(&line.line.text);
    let unsure_line = clauses::unsure_label(&line.line.text);
    let listed = line.listed.or_else(|| clauses::listed_label(&line.line.text));
    for clause in joins::merge_results(clauses::split(&line.line.text)) {
        let for_names = clauses::blank_asides(&clause, true);
        match clauses::aside(&for_names) {
            Some(clauses::Aside::Advice) => read_relapse(&for_names, quote, findings),
            Some(clauses::Aside::Method | clauses::Aside::General) => {}
            aside => {
                let earlier = clauses::earlier_from(&for_names).filter(|_| aside.is_some());
                let names = Clause::read(&for_names, &mut Vec::new());
                read_names(&names, earlier, section, quote, findings);
            }
        }
        let for_markers = clauses::blank_asides(&clause, false);
        if section.is_current() && clauses::aside(&for_markers).is_none() && !unsure_line {
            if clauses::no_disease(&for_markers) {
                findings.no_disease(quote);
            }
            let markers = Clause::read(&for_markers, diagnostics);
            read_markers(&markers, listed, caveat, follow_up, quote, findings);
            let Clause { text, tokens, found, karyotypes, .. } = &markers;
            details::read_numbers(
                text,
                tokens,
                found,
                karyotypes,
                follow_up.after_treatment,
                quote,
                findings,
            );
        }
    }
}

/// The diagnoses and CML phases a clause names as the person's.
fn read_names(
    clause: &Clause,
    earlier: Option<usize>,
    section: Section,
    quote: &str,
    findings: &mut Findings,
) {
    let is_diagnosis = |t: &tokens::Token| t.row.is_some_and(|r| matches!(r.target, Target::Diagnosis(_)));
    // "The diagnosis of CML (BCR::ABL1-positive) is excluded": the last diagnosis named before
    // the words that rule one out is the one ruled out, whatever its own words say.
    let rules_out_at = clauses::rules_out_at(clause.text);
    let ruled_out = rules_out_at
        .filter(|_| section.is_current())
        .and_then(|at| clause.tokens.iter().rposition(|t| is_diagnosis(t) && t.end <= at));
    for (i, (token, value)) in clause.tokens.iter().zip(&clause.values).enumerate() {
        let Some(row) = token.row.filter(|r| matches!(r.target, Target::Diagnosis(_) | Target::Phase(_)))
        else {
            continue;
        };
        if ruled_out == Some(i) {
            if let Target::Diagnosis(diagnosis) = row.target {
                findings.exclude(diagnosis);
            }
            continue;
        }
        // "Acute promyelocytic leukemia is excluded": the report rules that diagnosis out.
        if *value == Some(Value::Absent) && section.is_current() && rules_out_at.is_some() {
            if let Target::Diagnosis(diagnosis) = row.target {
                findings.exclude(diagnosis);
            }
        }
        if *value != Some(Value::Present) {
            continue;
        }
        // "… argue against lymphoid blast phase of an undiagnosed CML": a phase named with
        // words ruling something out is not the person's.
        if matches!(row.target, Target::Phase(_)) && rules_out_at.is_some() {
            continue;
        }
        // The words saying "earlier" reach the diagnosis after them, not one the clause turns
        // to after it ("known chronic lymphocytic leukemia - consistent with Richter
        // transformation").
        let after_earlier = earlier.is_some_and(|at| {
            at < token.start
                && !clause.tokens.iter().any(|t| {
                    at < t.start
                        && t.end <= token.start
                        && t.row.is_some_and(|r| matches!(r.target, Target::Diagnosis(_)))
                        && clauses::turns_to_now(&clause.text[t.end..token.start])
                })
        });
        let rank = if after_earlier || !section.is_current() { 1 } else { rank(section) };
        findings.name(row.target, &clause.text[token.start..token.end], rank, quote);
    }
}

/// The markers and keyed findings of a clause that is a current result; `listed` is what a
/// marker with no result of its own is under a header such as "NOT DETECTED".
/// `caveat`: the line says a negative result does not settle the marker.
fn read_markers(
    clause: &Clause,
    listed: Option<bool>,
    caveat: bool,
    follow_up: clauses::FollowUp,
    quote: &str,
    findings: &mut Findings,
) {
    let Clause { text, tokens, found, values, .. } = clause;
    for (i, (token, value)) in tokens.iter().zip(values).enumerate() {
        let Some(row) = token.row.filter(|r| matches!(r.target, Target::Marker(_) | Target::Found(_))) else {
            continue;
        };
        // "The laboratory has amended the NPM1 result": what the report said of it before no
        // longer stands, even when the new result is not read here.
        if value.is_none() && clauses::corrected_before(&text[..token.start]) {
            findings.corrects(row.target);
        }
        let listable = matches!(row.kind, Kind::Mutation | Kind::Fusion | Kind::Surface);
        let present = match (value, listed) {
            (Some(Value::Present), _) => true,
            (Some(Value::Absent), _) => false,
            (None, Some(listed)) if listable => listed,
            (Some(Value::Unsure), _) => {
                if clauses::doubt(text) {
                    findings.doubt(row.target, clauses::open_call(text));
                }
                continue;
            }
            _ => continue,
        };
        findings.corrects(row.target);
        // "The diagnosis of CML (BCR::ABL1-positive) is excluded": what the excluded
        // diagnosis would have shown is not found.
        if present && clauses::rules_out(text) {
            continue;
        }
        // In a follow-up report, the leukemia-associated immunophenotype is the one found at
        // diagnosis and searched for now.
        let negative = || {
            found.iter().any(|c| {
                matches!(c.cue, cues::Cue::After(false) | cues::Cue::Before(false) | cues::Cue::Not)
                    && clauses::not_found(&text[c.start..c.end])
            })
        };
        if follow_up.after_treatment
            && row.kind == Kind::Surface
            && clauses::laip(text)
            && (negative() || clauses::laip_label(text))
        {
            continue;
        }
        // A negative stain on a biopsy rules a lineage out; it is not flow cytometry's count.
        if !present && row.kind == Kind::Surface && clauses::ihc(quote) {
            continue;
        }
        if !takes(row, present, text, follow_up.test) || (caveat && !present && row.kind != Kind::Surface) {
            continue;
        }
        // In a residual-disease report, a mutation or fusion named with the diagnosis ("AML
        // with mutated NPM1, in remission") is what the leukemia had, not this specimen's result.
        let is_diagnosis =
            |t: &&tokens::Token| t.row.is_some_and(|r| matches!(r.target, Target::Diagnosis(_)));
        let with_diagnosis = tokens[..i]
            .iter()
            .rev()
            .find(is_diagnosis)
            .is_some_and(|d| clauses::names_with(&text[d.end..token.start]))
            || tokens[i + 1..]
                .iter()
                .find(is_diagnosis)
                .is_some_and(|d| clauses::named_before(&text[token.end..d.start]));
        if follow_up.after_treatment
            && present
            && with_diagnosis
            && matches!(row.kind, Kind::Mutation | Kind::Fusion | Kind::Fixed(true))
        {
            continue;
        }
        // A FLT3 mutation's type may be named after it, even as its own word ("FLT3 -
        // negative (both ITD and TKD checked)").
        let flt3_type = |t: &&tokens::Token| {
            t.row.is_some_and(|r| matches!(r.target, Target::Marker(Biomarker::Flt3Itd | Biomarker::Flt3Tkd)))
        };
        let next_other = tokens[i + 1..].iter().find(|t| !flt3_type(t)).map_or(text.len(), |t| t.start);
        // A negative is untyped only when the test covered both types at once.
        let untyped = if present { clauses::flt3_untyped(quote) } else { clauses::flt3_combined(quote) };
        for target in typed(row.target, row.typed, &text[token.end..next_other]) {
            // "FLT3 mutation detected; the screen does not distinguish ITD from TKD".
            let target = match target {
                Target::Marker(Biomarker::Flt3Itd | Biomarker::Flt3Tkd) if untyped => {
                    Target::Marker(Biomarker::Flt3Any)
                }
                target => target,
            };
            findings.add(Finding { target, present, quote: quote.to_string() });
        }
        if present {
            let own_words = &text[values::window(text, tokens, found, i)];
            let named = &text[token.start..token.end];
            details::add_details(row.target, named, own_words, text, quote, findings);
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

/// Whether a row's result is taken: its polarity, a mutation or fusion absent in a follow-up
/// test or a follow-up report (the leukemia is in remission, not without it), a surface
/// protein on other cells.
fn takes(row: &markers::Row, present: bool, clause: &str, follow_up: bool) -> bool {
    let polarity = match row.polarity {
        Polarity::Both => true,
        Polarity::OnlyPositive => present,
        Polarity::OnlyNegative => !present,
    };
    // In a report that is a follow-up test as a whole, a mutation or fusion not found is
    // remission in every line; a surface protein is still said of the cells counted.
    let follow_up_absent = follow_up && row.kind != Kind::Surface;
    // "Ph-negative" in a follow-up report names the leukemia at diagnosis; "not complex" is
    // still said of this specimen's karyotype.
    let fixed_absent = follow_up
        && matches!(row.kind, Kind::Fixed(_))
        && row.target != Target::Marker(Biomarker::ComplexKaryotype);
    let kept_absent = present
        || (!matches!(row.kind, Kind::Mutation | Kind::Fusion | Kind::Surface) && !fixed_absent)
        || !(clauses::monitoring(clause) || follow_up_absent);
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
