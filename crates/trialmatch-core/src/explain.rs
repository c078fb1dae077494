//! Plain-English reasons: what the trial asks, and what the person said. Built only for the
//! trials someone looks at, so matching thousands of trials never formats a sentence.

use crate::answers::{Answers, Biomarker};
use crate::criteria::Section;
use crate::matching::{Catalog, Mark, Outcome, Reason, ReasonKind, TrialMatch, Verdict};
use crate::quote;
use crate::reading::{AgeRange, Need, Requirement, Source};
use crate::registry::Trial;

impl Catalog {
    /// Every requirement of a match as a reason, then every criterion that could not be read.
    pub fn reasons(&self, found: &TrialMatch, answers: &Answers) -> Vec<Reason> {
        let trial = &self.trials()[found.index];
        let rules = self.rules(found.index);
        let outcomes = self.outcomes(found.index, answers);
        // Groups of alternatives still open: one member met or unknown.
        let open_groups: std::collections::HashSet<(Option<u16>, Option<u16>)> = rules
            .requirements
            .iter()
            .zip(&outcomes)
            .filter(|(r, (outcome, _))| {
                r.group.is_some() && !matches!(outcome, Outcome::NotMet | Outcome::NotApplicable)
            })
            .map(|(r, _)| (r.group, r.cohort))
            .collect();
        let mut reasons: Vec<Reason> = rules
            .requirements
            .iter()
            .zip(&outcomes)
            .filter(|(_, (outcome, _))| *outcome != Outcome::NotApplicable)
            // An alternative missed while another of its group is met or still open says
            // nothing about the trial: showing it as ✗ would contradict the verdict.
            .filter(|(requirement, (outcome, _))| {
                *outcome != Outcome::NotMet || !open_groups.contains(&(requirement.group, requirement.cohort))
            })
            .map(|(requirement, &(outcome, softened))| {
                reason(trial, rules, requirement, outcome, softened, answers)
            })
            .collect();
        // A limit stated in the registry's fields and again in the criteria reads the same:
        // the first (the fields, read first) stands for both.
        let mut seen = std::collections::HashSet::new();
        reasons.retain(|r| seen.insert((r.outcome, r.text.clone())));
        reasons.extend(rules.unread.iter().map(|&index| {
            let item = &rules.criteria.items[index];
            Reason {
                kind: ReasonKind::Unread,
                outcome: Outcome::Unknown,
                softened: false,
                mark: Mark::NotKnown,
                part: None,
                list: list_of(item.section),
                text: "We could not read this criterion — check it with the study team".to_owned(),
                quote: Some(quote::item(&rules.criteria, index, None)),
            }
        }));
        reasons
    }

    /// The reasons that decide the verdict, most telling first, so a card never hides the
    /// reason for its group: a ruled-out trial leads with a miss that closes the whole trial
    /// (then a part's miss), a possible one with what is open (checks, then the unknown), a
    /// likely one with why it fits. Unread criteria are left out.
    pub fn key_reasons(&self, found: &TrialMatch, answers: &Answers, limit: usize) -> Vec<Reason> {
        let mut reasons: Vec<Reason> =
            self.reasons(found, answers).into_iter().filter(|r| r.kind != ReasonKind::Unread).collect();
        let order = |r: &Reason| match (found.verdict, r.mark) {
            (Verdict::RuledOut, Mark::DoesNotFit) if r.part.is_none() => 0,
            (Verdict::RuledOut, Mark::DoesNotFit) => 1,
            (Verdict::Possible | Verdict::NotAsPatient, Mark::Check) => 0,
            (Verdict::Possible | Verdict::NotAsPatient, Mark::NotKnown) => 1,
            (Verdict::Likely, Mark::Fits) => 0,
            (_, Mark::Fits) => 2,
            (_, Mark::Check) => 3,
            (_, Mark::NotKnown) => 4,
            (_, Mark::DoesNotFit) => 5,
        };
        reasons.sort_by_key(order);
        reasons.truncate(limit);
        reasons
    }
}

fn list_of(section: Section) -> &'static str {
    match section {
        Section::Inclusion => "inclusion",
        Section::Exclusion => "exclusion",
        // Criteria without headers: the record does not say which list an item is on.
        Section::Unlabelled => "unlabelled",
        Section::Others => "",
    }
}

fn reason(
    trial: &Trial,
    rules: &crate::reading::TrialRules,
    requirement: &Requirement,
    outcome: Outcome,
    softened: bool,
    answers: &Answers,
) -> Reason {
    let (kind, asks, said) = describe(&requirement.need, answers);
    let mark = match outcome {
        Outcome::Met => Mark::Fits,
        Outcome::NotMet => Mark::DoesNotFit,
        _ if softened => Mark::Check,
        _ => Mark::NotKnown,
    };
    let mut text = match mark {
        Mark::Check => format!("Check with the study team: we read this as “{asks}” — {said}"),
        _ => format!("{asks} — {said}"),
    };
    let part = requirement.cohort.map(|cohort| rules.cohorts[cohort as usize].clone());
    if let Some(label) = &part {
        let only = if label.to_ascii_lowercase().ends_with("only") { "" } else { " only" };
        text = format!("{label}{only}: {text}");
    }
    // A status read from the conditions list is quoted from the criterion that states it,
    // when one does: the trial's own words about the disease, not a list of disease names.
    let stated = match (&requirement.source, &requirement.need) {
        (Source::Conditions, Need::Status(statuses)) => {
            let part = requirement.cohort.map(|cohort| rules.cohorts[cohort as usize].as_str());
            quote::status_item(&rules.criteria, statuses, part)
        }
        _ => None,
    };
    let list = match (&requirement.source, &stated) {
        (_, Some((i, _))) | (Source::Item(i), None) => list_of(rules.criteria.items[*i].section),
        _ => "",
    };
    let quote = match (&requirement.source, stated) {
        (_, Some((i, at))) => Some(quote::item(&rules.criteria, i, Some(at))),
        (Source::Item(i), None) => Some(quote::item(&rules.criteria, *i, None)),
        (Source::Conditions, None) => Some(format!("Conditions: {}", trial.conditions.join("; "))),
        (Source::AgeFields, None) => Some(format!(
            "Minimum age: {}; maximum age: {}",
            trial.eligibility.min_age.map_or("none".to_owned(), |a| years(a.years)),
            trial.eligibility.max_age.map_or("none".to_owned(), |a| years(a.years)),
        )),
        (Source::SexField, None) => Some(format!("Sex: {}", trial.eligibility.sex.as_wire())),
    };
    Reason { kind, outcome, softened, mark, part, list, text, quote }
}

fn years(value: f64) -> String {
    if value >= 2.0 || (value >= 1.0 && value.fract() == 0.0) {
        format!("{} years", value.round())
    } else if value >= 1.0 / 12.0 - 0.001 {
        format!("{} months", (value * 12.0).round())
    } else {
        format!("{} days", (value * 365.25).round())
    }
}

fn yes_no(value: Option<bool>) -> &'static str {
    match value {
        Some(true) => "you said yes",
        Some(false) => "you said no",
        None => "not answered",
    }
}

fn or_list<T>(items: &[T], label: impl Fn(&T) -> String) -> String {
    let labels: Vec<String> = items.iter().map(label).collect();
    match labels.len() {
        0 => String::new(),
        1 => labels[0].clone(),
        n => format!("{} or {}", labels[..n - 1].join(", "), labels[n - 1]),
    }
}

fn age_text(range: &AgeRange) -> String {
    match (range.min, range.max) {
        (Some(min), Some(max)) => format!("ages {} to {}", years(min), years(max - 1.0)),
        (Some(min), None) => format!("ages {} and over", years(min)),
        (None, Some(max)) => format!("ages up to {}", years(max - 1.0)),
        (None, None) => "any age".to_owned(),
    }
}

/// What the person said about these markers, in the questionnaire's words ("you said yes to a
/// FLT3 mutation"), not the answers document's keys.
fn marker_said(answers: &Answers, markers: &[Biomarker]) -> String {
    let answered: Vec<String> = markers
        .iter()
        .filter_map(|m| {
            crate::matching::marker_value(answers, *m)
                .map(|v| format!("{} to {}", if v { "yes" } else { "no" }, m.label()))
        })
        .collect();
    if answered.is_empty() {
        "not answered".to_owned()
    } else {
        format!("you said {}", answered.join(" and "))
    }
}

/// "For people with AML", "For people aged 60 or over", from a condition.
fn condition_text(condition: &Need) -> String {
    match condition {
        Need::Diagnosis { strong, .. } => {
            format!("For people with {}", or_list(strong, |d| d.key().to_owned()))
        }
        Need::Status(statuses) => {
            format!("For people whose disease is {}", or_list(statuses, |s| s.label().to_owned()))
        }
        Need::CmlPhase(phases) => format!("For CML in {}", or_list(phases, |p| p.label().to_owned())),
        Need::Age(range) => format!("For people {}", age_text(range)),
        Need::If { condition, then } => {
            format!("{}, {}", condition_text(condition), lower_first(&condition_text(then)))
        }
        other => format!("When {other:?}"),
    }
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
}

fn describe(need: &Need, answers: &Answers) -> (ReasonKind, String, String) {
    let said_dx = || answers.diagnosis.map_or("not answered".to_owned(), |d| format!("you said {}", d.key()));
    match need {
        Need::If { condition, then } => {
            let (kind, asks, said) = describe(then, answers);
            (kind, format!("{} — {}", condition_text(condition), lower_first(&asks)), said)
        }
        Need::Diagnosis { strong, weak, topic } => {
            let asks = if strong.is_empty() && weak.is_empty() {
                format!("This trial is about {topic}, not leukemia")
            } else {
                format!("For {topic}")
            };
            (ReasonKind::Diagnosis, asks, said_dx())
        }
        Need::NotDiagnosis(dx) => (ReasonKind::Diagnosis, format!("Not for {}", dx.label()), said_dx()),
        Need::CmlPhase(phases) => (
            ReasonKind::CmlPhase,
            format!("For CML in {}", or_list(phases, |p| p.label().to_owned())),
            answers.cml_phase.map_or("not answered".to_owned(), |p| format!("you said {}", p.label())),
        ),
        Need::NotCmlPhase(phase) => (
            ReasonKind::CmlPhase,
            format!("Not for CML in {}", phase.label()),
            answers.cml_phase.map_or("not answered".to_owned(), |p| format!("you said {}", p.label())),
        ),
        Need::Status(statuses) => (
            ReasonKind::DiseaseStatus,
            format!("For disease that is {}", or_list(statuses, |s| s.label().to_owned())),
            answers.disease_status.map_or("not answered".to_owned(), |s| format!("you said {}", s.label())),
        ),
        Need::Marker { markers, present: true } => (
            ReasonKind::Biomarker,
            format!("Needs {}", or_list(markers, |m| m.label().to_owned())),
            marker_said(answers, markers),
        ),
        Need::Marker { markers, present: false } => (
            ReasonKind::Biomarker,
            format!("Not for people with {}", or_list(markers, |m| m.label().to_owned())),
            marker_said(answers, markers),
        ),
        Need::Prior { therapy, received: true } => (
            ReasonKind::PriorTherapy,
            format!("Only for people who already had {}", therapy.label()),
            yes_no(answers.prior(*therapy)).into(),
        ),
        Need::Prior { therapy, received: false } => (
            ReasonKind::PriorTherapy,
            format!("Not for people who already had {}", therapy.label()),
            yes_no(answers.prior(*therapy)).into(),
        ),
        Need::PriorLines { min, max } => {
            let asks = match (min, max) {
                (Some(a), Some(b)) => format!("Asks for {a} to {b} prior lines of therapy"),
                (Some(a), None) => format!("Asks for at least {a} prior lines of therapy"),
                (None, Some(b)) => format!("Asks for at most {b} prior lines of therapy"),
                (None, None) => "Asks about prior lines of therapy".to_owned(),
            };
            let said = answers.prior_lines.map_or("not answered".to_owned(), |n| format!("you said {n}"));
            (ReasonKind::PriorLines, asks, said)
        }
        Need::TkiCount { min, max } => (
            ReasonKind::PriorTherapy,
            match max {
                Some(0) => "Not for people who already had a tyrosine-kinase inhibitor (TKI)".to_owned(),
                Some(max) => format!("Asks for {min} to {max} prior tyrosine-kinase inhibitors"),
                None => format!("Asks for at least {min} prior tyrosine-kinase inhibitors"),
            },
            answers.tki_count.map_or("not answered".to_owned(), |n| format!("you said {n}")),
        ),
        Need::Ecog { max, age } => {
            let mut asks = format!("Asks for ECOG 0–{max}");
            if let Some(range) = age {
                asks.push_str(&format!(" for {}", age_text(range)));
            }
            (
                ReasonKind::Performance,
                asks,
                answers.ecog.map_or("not answered".to_owned(), |e| format!("you said {e}")),
            )
        }
        Need::Cns { .. } => (
            ReasonKind::Cns,
            "Not for people with leukemia in the brain or spinal fluid (CNS) now".to_owned(),
            yes_no(answers.cns_involvement).into(),
        ),
        Need::FitForIntensive(fit) => (
            ReasonKind::Fitness,
            if *fit {
                "For people fit for intensive chemotherapy".to_owned()
            } else {
                "For people who cannot have intensive chemotherapy".to_owned()
            },
            match answers.fit_for_intensive {
                Some(true) => "you said fit".to_owned(),
                Some(false) => "you said not fit".to_owned(),
                None => "not answered".to_owned(),
            },
        ),
        Need::Age(range) => (
            ReasonKind::Age,
            format!("For {}", age_text(range)),
            answers.age_years.map_or("not answered".to_owned(), |a| format!("you said {}", years(a))),
        ),
        Need::Sex(sex) => (
            ReasonKind::Sex,
            format!("For {} participants only", sex.label()),
            answers.sex.map_or("not answered".to_owned(), |s| format!("you said {}", s.label())),
        ),
    }
}
