//! Reads a whole trial: conditions and title give the diagnoses it is for; each criterion is
//! read on its own; statuses and CML phases named anywhere are combined into one allowed set
//! (naming more can only widen it); cohorts become alternatives.

use crate::pattern::patterns;

use super::items::{read_item, ItemReading};
use super::memory::Memory;
use super::mentions::{find_mentions_in_list, Mention};
use super::{AgeRange, Need, Requirement, Source, TrialRules};
use crate::answers::{CmlPhase, Diagnosis, DiseaseStatus, Sex};
use crate::criteria::{split_criteria, Section};
use crate::lexicon::{Concept, StatusWord};
use crate::registry::{self, Trial};

patterns! {
    sources = trial_patterns;
    ONE_OF = r"(?i)\b(?:one|any|either|at least one) of the following|\bone or more of the following|\beither\b";
    PARENT_EXCEPTIONS = r"(?i)\b(?:unless|except|exception|allowed|permitted|eligible|may|if|not excluded)\b";
    CONDITIONAL_COHORT = r"(?i)^(?:for|in|if)\b|\bonly if\b|\bpatients (?:aged|who|with)\b";
}

/// Requirements of one scope (the whole trial, or one cohort) collected while reading.
#[derive(Default)]
struct Scope {
    statuses: Vec<DiseaseStatus>,
    status_source: Option<Source>,
    phases: Vec<CmlPhase>,
    phase_source: Option<Source>,
    ecog_group: Option<u16>,
}

/// Reads everything the engine can from one trial.
pub fn read_trial(trial: &Trial) -> TrialRules {
    Reader::new().read_trial(trial)
}

/// Reads trials one after another, remembering what each distinct criterion said. Registry
/// records and generated catalogs repeat the same lines many times, and an item's reading
/// depends only on its text, its section and whether its parent has exceptions, so a line
/// read once need not be read again. Keep one reader for a whole catalog (or across the steps
/// of a catalog built in parts); every reading is the same as [`read_trial`]'s.
#[derive(Debug, Clone, Default)]
pub struct Reader {
    items: Memory<Vec<(Section, bool, ItemReading)>>,
    /// Mentions in conditions, MeSH terms, keywords, titles and cohort labels.
    pieces: Memory<Option<Vec<Mention>>>,
}

impl Reader {
    pub fn new() -> Reader {
        Reader::default()
    }

    /// Reads everything the engine can from one trial.
    pub fn read_trial(&mut self, trial: &Trial) -> TrialRules {
        read_with(self, trial)
    }

    /// The reading of one item, from memory when this text was read before in this place.
    fn read_item(&mut self, text: &str, section: Section, parent_qualified: bool) -> ItemReading {
        let Some(places) = self.items.slot(text) else {
            return read_item(text, section, parent_qualified);
        };
        if let Some((_, _, reading)) = places.iter().find(|(s, p, _)| *s == section && *p == parent_qualified)
        {
            return reading.clone();
        }
        let reading = read_item(text, section, parent_qualified);
        places.push((section, parent_qualified, reading.clone()));
        reading
    }

    /// The mentions in one condition, title or label, from memory when read before.
    fn mentions(&mut self, text: &str) -> Vec<Mention> {
        find_mentions_in_list(&[text], &mut self.pieces)
    }
}

fn read_with(reader: &mut Reader, trial: &Trial) -> TrialRules {
    let criteria = split_criteria(&trial.eligibility.criteria);
    let mut rules = TrialRules { criteria, ..TrialRules::default() };

    // Cohort sub-headers: named ones are alternatives; "For patients ≥ 60 years:" style
    // ones are conditions we cannot always check, so their items are soft.
    let mut cohort_scope: Vec<Option<u16>> = Vec::new();
    let mut conditional: Vec<bool> = Vec::new();
    for cohort in &rules.criteria.cohorts {
        let is_conditional = CONDITIONAL_COHORT.is_match(&cohort.label);
        conditional.push(is_conditional);
        if is_conditional {
            cohort_scope.push(None);
        } else {
            let existing = rules.cohorts.iter().position(|c| *c == cohort.label);
            let index = existing.unwrap_or_else(|| {
                rules.cohorts.push(cohort.label.clone());
                rules.cohorts.len() - 1
            });
            cohort_scope.push(Some(index as u16));
        }
    }

    // What the trial is for: conditions, MeSH terms and titles. A status named in the
    // conditions counts only when every condition carries one ("Recurrent AML" beside a
    // plain "AML" means both are welcome).
    let statuses_from_conditions = trial.conditions.iter().all(|condition| {
        let mentions = reader.mentions(condition);
        let names_disease =
            mentions.iter().any(|m| matches!(m.concept, Concept::Diagnosis(_) | Concept::DiagnosisFamily(_)));
        !names_disease || mentions.iter().any(|m| matches!(m.concept, Concept::Status(_)))
    });
    // The heading is conditions, MeSH terms, keywords and titles joined with "; ", each
    // list standing as one empty piece when it is empty.
    let mut heading: Vec<&str> = Vec::new();
    for list in [&trial.conditions, &trial.mesh_terms, &trial.keywords] {
        if list.is_empty() {
            heading.push("");
        } else {
            heading.extend(list.iter().map(String::as_str));
        }
    }
    heading.extend([trial.brief_title.as_str(), trial.official_title.as_deref().unwrap_or_default()]);
    let heading_len = heading.iter().map(|piece| piece.len() + 2).sum::<usize>() - 2;
    let titles_start =
        heading_len - trial.brief_title.len() - trial.official_title.as_deref().map_or(0, str::len) - 2;
    let mut strong: Vec<Diagnosis> = Vec::new();
    // Families ("leukemia", "acute leukemia") widen only when no specific diagnosis is
    // named: MeSH adds ancestors such as "Leukemia" to every leukemia trial.
    let mut families: Vec<Diagnosis> = Vec::new();
    let mut weak: Vec<Diagnosis> = Vec::new();
    let mut excluded: Vec<(Diagnosis, Source)> = Vec::new();
    let mut general = Scope::default();
    let mut cohorts: Vec<Scope> = (0..rules.cohorts.len()).map(|_| Scope::default()).collect();
    for m in find_mentions_in_list(&heading, &mut reader.pieces) {
        let in_titles = m.start >= titles_start;
        match m.concept {
            Concept::Diagnosis(dx) if m.carved_out || m.negated => excluded.push((dx, Source::Conditions)),
            Concept::Diagnosis(dx) => push_unique(&mut strong, dx),
            Concept::DiagnosisFamily(family) if !m.negated => {
                family.members().iter().for_each(|d| push_unique(&mut families, *d))
            }
            Concept::Status(word)
                if !m.negated
                    && !m.carved_out
                    && word != StatusWord::Remission
                    && (in_titles || statuses_from_conditions) =>
            {
                add_statuses(&mut general.statuses, word.statuses());
                general.status_source.get_or_insert(Source::Conditions);
            }
            Concept::CmlPhase(phase) if !m.negated && !m.carved_out => {
                push_unique(&mut general.phases, phase);
                general.phase_source.get_or_insert(Source::Conditions);
            }
            _ => {}
        }
    }

    // Read every item first: a "one of the following" list whose members cannot all be read
    // must not rule anyone out through the members that can.
    let readings: Vec<ItemReading> = rules
        .criteria
        .items
        .iter()
        .map(|item| {
            let parent = item.parent.map(|p| &rules.criteria.items[p as usize]);
            let parent_qualified = parent.is_some_and(|p| PARENT_EXCEPTIONS.is_match(&p.text));
            reader.read_item(&item.text, item.section, parent_qualified)
        })
        .collect();
    let mut partly_read_lists = vec![false; rules.criteria.items.len()];
    for (item, reading) in rules.criteria.items.iter().zip(&readings) {
        if let (Some(p), true) = (item.parent, reading.needs.is_empty()) {
            partly_read_lists[p as usize] = true;
        }
    }

    let mut next_group: u16 = 0;
    let mut child_groups: Vec<Option<u16>> = vec![None; rules.criteria.items.len()];
    let mut excluded_phases: Vec<(CmlPhase, Source)> = Vec::new();
    for (index, (item, reading)) in rules.criteria.items.iter().zip(readings).enumerate() {
        let in_conditional = item.cohort.is_some_and(|c| conditional[c as usize]);
        if !reading.understood && reading.needs.is_empty() {
            rules.unread.push(index);
        }
        let scope_index = item.cohort.and_then(|c| cohort_scope[c as usize]);
        let source = Source::Item(index);

        // Diagnoses named in criteria only widen what may fit; exclusions are kept for later.
        reading.diagnoses.iter().for_each(|d| push_unique(&mut weak, *d));
        for family in &reading.families {
            family.members().iter().for_each(|d| push_unique(&mut families, *d));
        }
        excluded.extend(reading.excluded_diagnoses.iter().map(|d| (*d, source.clone())));
        excluded_phases.extend(reading.excluded_phases.iter().map(|p| (*p, source.clone())));
        let scope = match scope_index {
            Some(c) => &mut cohorts[c as usize],
            None => &mut general,
        };
        if !reading.statuses.is_empty() {
            add_statuses(&mut scope.statuses, &reading.statuses);
            scope.status_source.get_or_insert(source.clone());
        }
        for phase in &reading.phases {
            push_unique(&mut scope.phases, *phase);
            scope.phase_source.get_or_insert(source.clone());
        }

        // Groups: a parent's "one of the following" makes its children alternatives; an item
        // joining different kinds with "or" makes its own needs alternatives.
        let parent_group = item.parent.and_then(|p| {
            let parent_item = &rules.criteria.items[p as usize];
            if parent_item.section != Section::Exclusion && ONE_OF.is_match(&parent_item.text) {
                if child_groups[p as usize].is_none() {
                    child_groups[p as usize] = Some(next_group);
                    next_group += 1;
                }
                child_groups[p as usize]
            } else {
                None
            }
        });
        let item_group = (reading.alternatives && parent_group.is_none()).then(|| {
            next_group += 1;
            next_group - 1
        });
        for (need, soft) in reading.needs {
            let group = if matches!(need, Need::Ecog { .. }) {
                let scope = match scope_index {
                    Some(c) => &mut cohorts[c as usize],
                    None => &mut general,
                };
                Some(*scope.ecog_group.get_or_insert_with(|| {
                    next_group += 1;
                    next_group - 1
                }))
            } else {
                parent_group.or(item_group)
            };
            let in_partly_read_list =
                parent_group.is_some() && item.parent.is_some_and(|p| partly_read_lists[p as usize]);
            rules.requirements.push(Requirement {
                need,
                source: source.clone(),
                soft: soft || in_conditional || in_partly_read_list,
                cohort: scope_index,
                group,
            });
        }
    }

    // A status named in any cohort is allowed for the trial as a whole too: the general
    // list must never be narrower than a cohort's.
    for cohort in &cohorts {
        add_statuses(&mut general.statuses, &cohort.statuses);
        if general.status_source.is_none() {
            general.status_source = cohort.status_source.clone();
        }
    }

    if strong.is_empty() {
        families.into_iter().for_each(|d| push_unique(&mut weak, d));
    }
    let mut trial_level = Vec::new();
    let topic =
        if trial.conditions.is_empty() { trial.brief_title.clone() } else { trial.conditions.join(", ") };
    trial_level.push((Need::Diagnosis { strong: strong.clone(), weak, topic }, Source::Conditions, None));
    let mut seen_excluded = Vec::new();
    for (dx, source) in excluded {
        if !strong.contains(&dx) && !seen_excluded.contains(&dx) {
            seen_excluded.push(dx);
            trial_level.push((Need::NotDiagnosis(dx), source, None));
        }
    }
    for (c, label) in rules.cohorts.iter().enumerate() {
        let named: Vec<Diagnosis> = reader
            .mentions(label)
            .into_iter()
            .filter_map(|m| match m.concept {
                Concept::Diagnosis(d) if !m.negated && !m.carved_out => Some(d),
                _ => None,
            })
            .collect();
        if !named.is_empty() {
            let need = Need::Diagnosis { strong: named, weak: Vec::new(), topic: label.clone() };
            trial_level.push((need, Source::Conditions, Some(c as u16)));
        }
    }
    for (c, scope) in std::iter::once(&general).chain(cohorts.iter()).enumerate() {
        let cohort = c.checked_sub(1).map(|c| c as u16);
        if let (false, Some(source)) = (scope.statuses.is_empty(), &scope.status_source) {
            trial_level.push((Need::Status(scope.statuses.clone()), source.clone(), cohort));
        }
        if let (false, Some(source)) = (scope.phases.is_empty(), &scope.phase_source) {
            trial_level.push((Need::CmlPhase(scope.phases.clone()), source.clone(), cohort));
        }
    }
    let mut seen_phases = Vec::new();
    for (phase, source) in excluded_phases {
        if !general.phases.contains(&phase) && !seen_phases.contains(&phase) {
            seen_phases.push(phase);
            trial_level.push((Need::NotCmlPhase(phase), source, None));
        }
    }
    let eligibility = &trial.eligibility;
    if eligibility.min_age.is_some() || eligibility.max_age.is_some() {
        let range = AgeRange {
            min: eligibility.min_age.map(|a| a.years),
            max: eligibility.max_age.map(|a| a.years + if a.years.fract() == 0.0 { 1.0 } else { 1.0 / 12.0 }),
        };
        trial_level.push((Need::Age(range), Source::AgeFields, None));
    }
    match eligibility.sex {
        registry::Sex::Female => trial_level.push((Need::Sex(Sex::Female), Source::SexField, None)),
        registry::Sex::Male => trial_level.push((Need::Sex(Sex::Male), Source::SexField, None)),
        _ => {}
    }

    let mut requirements: Vec<Requirement> = trial_level
        .into_iter()
        .map(|(need, source, cohort)| Requirement { need, source, soft: false, cohort, group: None })
        .collect();
    requirements.append(&mut rules.requirements);
    rules.requirements = requirements;
    rules
}

fn push_unique<T: PartialEq>(list: &mut Vec<T>, value: T) {
    if !list.contains(&value) {
        list.push(value);
    }
}

fn add_statuses(list: &mut Vec<DiseaseStatus>, statuses: &[DiseaseStatus]) {
    statuses.iter().for_each(|s| push_unique(list, *s));
}
