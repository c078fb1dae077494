//! Reads a whole trial: conditions and title give the diagnoses it is for; each criterion is
//! read on its own; statuses and CML phases named anywhere are combined into one allowed set
//! (naming more can only widen it); cohorts become alternatives.

use crate::pattern::patterns;

use super::coverage::ends_with_or;
use super::items::{read_item, ItemReading};
use super::memory::Memory;
use super::mentions::{find_mentions_in_list, Mention};
use super::participants::participants;
use super::scopes::scopes;
use super::{add_statuses, push_unique, AgeRange, Certainty, Need, Requirement, Source, TrialRules};
use crate::answers::{CmlPhase, Diagnosis, DiseaseStatus, Sex};
use crate::criteria::{split_criteria, Section};
use crate::lexicon::{Concept, StatusWord};
use crate::registry::{self, Trial};

patterns! {
    sources = trial_patterns;
    warm = warm_trial_patterns;
    ONE_OF = r"(?i)\b(?:one|any|either|at least one) of the following|\bone or more of the following|\beither\b";
    PARENT_EXCEPTIONS = r"(?i)\b(?:unless|except|exception|allowed|permitted|eligible|may|if|not excluded)\b";
    /// A lead-in whose list gives examples or permissions ("Any phase allowed, including:"):
    /// in older records the list's items follow it without indentation.
    EXAMPLES_LEAD = r"(?i)\b(?:including|such as|e\.g|for example|allowed|permitted|any (?:phase|stage|status|disease status|of the following)|one of the following)\b(?u-i:[^:]){0,60}:\s*$";
    /// A condition open to more than the diseases it names ("other IDH1-mutated hematologic
    /// malignancies"): its family widens even beside specific diagnoses.
    WIDE_FAMILY = r"(?i)\b(?:other|any|all|advanced|selected)\b(?u-i:[^;]){0,40}\b(?:hematologic|haematologic|blood|myeloid|lymphoid)\b(?u-i:[^;]){0,20}\b(?:malignanc|cancer|neoplas|disorder|disease)";
    /// Diseases the questionnaire does not ask about: a trial for several diseases, some of
    /// them these, has routes the reader cannot tell apart.
    OTHER_DISEASE = r"(?i)\b(?:myeloma|plasma cell|hodgkin|lymphoma|myelofibrosis|myeloid metaplasia|polycythemia|thrombocythemia|waldenstr|macroglobulinemia|amyloidosis|aplastic an(?:a)?emia|solid tumou?rs?|neuroblastoma|sarcoma|carcinoma|germ cell|fanconi|sickle cell|thalass(?:a)?emia|immunodeficiency|histiocytosis)";
    /// Words before a status in a title that make it an outcome the trial wants to change
    /// ("reduction of leukemic relapse"), not a status it asks for.
    OUTCOME_BEFORE = r"(?i)\b(?:reduc\w*|prevent\w*|risk of|decreas\w*|lower\w*|avoid\w*|delay\w*|predict\w*|incidence of|rate of)\s+(?:[\w-]+\s+){0,2}$";
    /// Criteria that let people outside the registry's age limits in ("or younger with
    /// parental consent", "younger patients allowed if …").
    AGE_WIDENED = r"(?i)\b(?:or|and) (?:younger|older)\b|\b(?:younger|older) (?:patients|children|adults|participants|subjects|people) (?:may|are|can|will|allowed|eligible|with|if)\b";
    /// Lymphomas that are one of our diagnoses under another name.
    OUR_LYMPHOMA = r"(?i)(?:lymphoblastic|lymphocytic|T-cell leukemia/|T-cell leukemia-|leukemia/|leukemia-)\s*$";
}

/// Whether a text names a disease the questionnaire does not ask about.
fn names_other_disease(text: &str) -> bool {
    OTHER_DISEASE.find_iter(text).any(|m| {
        let before = &text[text.floor_char_boundary(m.start().saturating_sub(25))..m.start()];
        !(m.as_str().eq_ignore_ascii_case("lymphoma") && OUR_LYMPHOMA.is_match(before.trim_end()))
    })
}

/// Requirements of one scope (the whole trial, or one cohort) collected while reading.
#[derive(Default)]
struct Scope {
    statuses: Vec<DiseaseStatus>,
    status_source: Option<Source>,
    /// The least certain reading that named a status (the union is only as sure as that).
    status_certainty: Option<Certainty>,
    phases: Vec<CmlPhase>,
    phase_source: Option<Source>,
    phase_certainty: Option<Certainty>,
    ecog_group: Option<u16>,
    /// Statuses named under a condition ("AML: in first remission"): each condition's union.
    conditioned: Vec<(Vec<Need>, Vec<DiseaseStatus>, Source, Certainty)>,
}

/// The less certain of two.
fn least(a: Option<Certainty>, b: Certainty) -> Option<Certainty> {
    Some(a.map_or(b, |a| a.max(b)))
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
    let participants = participants(trial, &criteria);
    let mut rules = TrialRules { criteria, participants, ..TrialRules::default() };

    // The routes into the trial (`scopes.rs`): alternatives are cohorts; a sub-header whose
    // condition was not understood makes its items checks only.
    let scopes = scopes(&rules.criteria, &mut |text| reader.mentions(text));
    let mut cohort_of_route: Vec<Option<u16>> = Vec::new();
    for route in &scopes.routes {
        if route.unread_condition {
            cohort_of_route.push(None);
        } else {
            rules.cohorts.push(route.label.clone());
            cohort_of_route.push(Some((rules.cohorts.len() - 1) as u16));
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
    let mut excluded: Vec<(Diagnosis, Source, Certainty)> = Vec::new();
    let mut general = Scope::default();
    let mut cohorts: Vec<Scope> = (0..rules.cohorts.len()).map(|_| Scope::default()).collect();
    let conditions_end = trial.conditions.iter().map(|c| c.len() + 2).sum::<usize>();
    let keywords_start =
        conditions_end.max(2) + trial.mesh_terms.iter().map(|m| m.len() + 2).sum::<usize>().max(2);
    let keywords_end = keywords_start + trial.keywords.iter().map(|k| k.len() + 2).sum::<usize>().max(2);
    let mut conditions_families: Vec<crate::lexicon::Family> = Vec::new();
    let mut named_outside_keywords = false;
    let joined = heading.join("; ");
    for m in find_mentions_in_list(&heading, &mut reader.pieces) {
        let in_titles = m.start >= titles_start;
        let outcome = joined
            .get(joined.floor_char_boundary(m.start.saturating_sub(40))..m.start)
            .is_some_and(|before| OUTCOME_BEFORE.is_match(before));
        let in_mesh = (conditions_end.max(2)..keywords_start).contains(&m.start);
        if !m.negated && !m.carved_out {
            if let (true, Concept::DiagnosisFamily(family)) = (m.start < conditions_end, m.concept) {
                push_unique(&mut conditions_families, family);
            }
            named_outside_keywords |= !(keywords_start..keywords_end).contains(&m.start)
                && matches!(m.concept, Concept::Diagnosis(_));
        }
        match m.concept {
            Concept::Diagnosis(dx) if m.carved_out || m.negated => {
                excluded.push((dx, Source::Conditions, Certainty::Whole))
            }
            // MeSH terms are indexed by a program from the conditions and can be more specific
            // than the trial ("B cell leukemia" indexed as chronic lymphocytic leukemia):
            // alone they only widen.
            Concept::Diagnosis(dx) if in_mesh => push_unique(&mut families, dx),
            Concept::Diagnosis(dx) => push_unique(&mut strong, dx),
            Concept::DiagnosisFamily(family) if !m.negated => {
                family.members().iter().for_each(|d| push_unique(&mut families, *d))
            }
            Concept::Status(word)
                if !m.negated
                    && !m.carved_out
                    && !outcome
                    && word != StatusWord::Remission
                    && (in_titles || statuses_from_conditions) =>
            {
                add_statuses(&mut general.statuses, word.statuses());
                general.status_source.get_or_insert(Source::Conditions);
                general.status_certainty = least(general.status_certainty, Certainty::Whole);
            }
            Concept::CmlPhase(phase) if !m.negated && !m.carved_out => {
                push_unique(&mut general.phases, phase);
                general.phase_source.get_or_insert(Source::Conditions);
                general.phase_certainty = least(general.phase_certainty, Certainty::Whole);
            }
            _ => {}
        }
    }

    // Read every item first: a "one of the following" list whose members cannot all be read
    // must not rule anyone out through the members that can.
    let readings: Vec<ItemReading> = (rules.criteria.items.iter().enumerate())
        .map(|(index, item)| {
            if scopes.label_only[index] || item.section == Section::Others {
                return ItemReading::default();
            }
            let parent = item.parent.map(|p| &rules.criteria.items[p as usize]);
            let parent_qualified = parent.is_some_and(|p| PARENT_EXCEPTIONS.is_match(&p.text));
            reader.read_item(&scopes.text_of[index], item.section, parent_qualified)
        })
        .collect();
    // Items the reading must not be sure of because of their neighbours: the one after an
    // item ending with "or" (the two are alternatives), and the items after a lead-in that
    // gives examples or permissions when the record lost the list's indentation.
    let items = &rules.criteria.items;
    let mut by_neighbour = vec![false; items.len()];
    for (index, item) in items.iter().enumerate() {
        let next = items.get(index + 1).filter(|next| next.section == item.section);
        if let (true, Some(_)) = (ends_with_or(&item.text), next) {
            by_neighbour[index + 1] = true;
        }
        if item.section != Section::Exclusion && EXAMPLES_LEAD.is_match(&item.text) {
            let flat = !items.iter().any(|other| other.parent == Some(index as u32));
            for (after, following) in items.iter().enumerate().skip(index + 1).take(6) {
                if !flat || following.section != item.section || following.text.trim_end().ends_with(':') {
                    break;
                }
                by_neighbour[after] = true;
            }
        }
    }
    // A trial for several diseases (three kinds of leukemia, or a leukemia beside diseases the
    // questionnaire does not ask about) has routes the reader cannot tell apart: what its
    // inclusion criteria ask about status, markers and treatment may belong to one route.
    let mut roots: Vec<Diagnosis> = Vec::new();
    let mut other_disease = trial.conditions.iter().any(|c| names_other_disease(c));
    let inclusion =
        |item: &crate::criteria::Item| matches!(item.section, Section::Inclusion | Section::Unlabelled);
    // What the inclusion criteria name, for a trial whose conditions only name a family
    // ("Leukemia"): the criteria then say which leukemias it is for, unless they name a family
    // or "other" diseases too.
    let mut named_in_criteria: Vec<Diagnosis> = Vec::new();
    let mut first_naming: Option<usize> = None;
    let mut criteria_widen = false;
    for (index, (item, reading)) in items.iter().zip(&readings).enumerate() {
        if inclusion(item) && !scopes.label_only[index] {
            reading.diagnoses.iter().for_each(|d| push_unique(&mut roots, d.group()));
            other_disease |= names_other_disease(&item.text);
            reading.named.iter().for_each(|d| push_unique(&mut named_in_criteria, *d));
            if !reading.named.is_empty() {
                first_naming.get_or_insert(index);
            }
            criteria_widen |= !reading.families.is_empty() || WIDE_FAMILY.is_match(&item.text);
        }
    }
    strong.iter().for_each(|d| push_unique(&mut roots, d.group()));
    let several_diseases = roots.len() >= 3 || (other_disease && !roots.is_empty());
    let mut partly_read_lists = vec![false; rules.criteria.items.len()];
    for (item, reading) in rules.criteria.items.iter().zip(&readings) {
        if let (Some(p), true) = (item.parent, reading.needs.is_empty()) {
            partly_read_lists[p as usize] = true;
        }
    }

    let mut next_group: u16 = 0;
    let mut child_groups: Vec<Option<u16>> = vec![None; rules.criteria.items.len()];
    let mut excluded_phases: Vec<(CmlPhase, Source, Certainty)> = Vec::new();
    let mut conditioned_exclusions: Vec<(Need, Source, Certainty)> = Vec::new();
    for (index, (item, reading)) in rules.criteria.items.iter().zip(readings).enumerate() {
        if scopes.label_only[index] || item.section == Section::Others {
            continue;
        }
        let route = scopes.route_of[index];
        let in_conditional = route.is_some_and(|r| scopes.routes[r].unread_condition);
        if !reading.understood && reading.needs.is_empty() {
            rules.unread.push(index);
        }
        let scope_index = route.and_then(|r| cohort_of_route[r]);
        let source = Source::Item(index);

        // Diagnoses named in criteria only widen what may fit; exclusions are kept for later.
        reading.diagnoses.iter().for_each(|d| push_unique(&mut weak, *d));
        for family in &reading.families {
            family.members().iter().for_each(|d| push_unique(&mut families, *d));
        }
        let asks_of_a_route = !reading.statuses.is_empty()
            || !reading.phases.is_empty()
            || reading.needs.iter().any(|(need, _)| need.belongs_to_a_route());
        let route_unsure = by_neighbour[index] || (several_diseases && inclusion(item) && asks_of_a_route);
        let certainty = if in_conditional || route_unsure { Certainty::Open } else { reading.certainty };
        let mut condition = scopes.condition_of[index].clone();
        if !reading.led_by.is_empty() && strong.len() > 1 {
            let named =
                Need::Diagnosis { strong: reading.led_by.clone(), weak: Vec::new(), topic: String::new() };
            condition.push(named);
        }
        let condition = &condition;
        let conditioned = !condition.is_empty();
        if conditioned {
            // An exclusion under a condition applies only to the people it describes.
            for dx in &reading.excluded_diagnoses {
                let need = Need::only_if(condition, Need::NotDiagnosis(*dx));
                conditioned_exclusions.push((need, source.clone(), certainty));
            }
        } else {
            excluded.extend(reading.excluded_diagnoses.iter().map(|d| (*d, source.clone(), certainty)));
        }
        excluded_phases.extend(reading.excluded_phases.iter().map(|p| (*p, source.clone(), certainty)));
        let scope = match scope_index {
            Some(c) => &mut cohorts[c as usize],
            None => &mut general,
        };
        if !reading.statuses.is_empty() && conditioned {
            match scope.conditioned.iter_mut().find(|(c, ..)| c == condition) {
                Some((_, statuses, _, sure)) => {
                    add_statuses(statuses, &reading.statuses);
                    *sure = (*sure).max(certainty);
                }
                None => scope.conditioned.push((
                    condition.clone(),
                    reading.statuses.clone(),
                    source.clone(),
                    certainty,
                )),
            }
        } else if !reading.statuses.is_empty() {
            add_statuses(&mut scope.statuses, &reading.statuses);
            scope.status_source.get_or_insert(source.clone());
            let certainty = if reading.statuses_of_one { Certainty::Open } else { certainty };
            scope.status_certainty = least(scope.status_certainty, certainty);
        }
        for phase in &reading.phases {
            push_unique(&mut scope.phases, *phase);
            scope.phase_source.get_or_insert(source.clone());
            scope.phase_certainty = least(scope.phase_certainty, certainty);
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
            let soft = soft
                || in_conditional
                || in_partly_read_list
                || by_neighbour[index]
                || (several_diseases && inclusion(item) && need.belongs_to_a_route());
            rules.requirements.push(Requirement {
                need: Need::only_if(condition, need),
                source: source.clone(),
                soft,
                certain: !soft && certainty == Certainty::Whole,
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

    // A family named in the conditions widens what may fit, unless a diagnosis the trial names
    // (outside the keywords) belongs to it — then the family is only its heading ("Leukemia;
    // Acute Myeloid Leukemia"). Older records list a few examples as keywords, not the trial's
    // limits, so keywords alone never stop a family.
    for family in &conditions_families {
        let headed = named_outside_keywords
            && !trial.conditions.iter().any(|c| WIDE_FAMILY.is_match(c))
            && strong.iter().any(|d| family.heads(*d));
        if !headed {
            family.members().iter().for_each(|d| push_unique(&mut weak, *d));
        }
    }
    let mut trial_level: Vec<(Need, Source, Option<u16>, Certainty)> = Vec::new();
    match first_naming {
        // Only a family in the conditions and titles, and criteria that name the diagnoses
        // plainly: the trial is for those (a reading of the criteria, so a match of it is not
        // certain, but a miss is).
        Some(index)
            if strong.is_empty() && !criteria_widen && !other_disease && !conditions_families.is_empty() =>
        {
            let topic = named_in_criteria.iter().map(|d| d.label()).collect::<Vec<_>>().join(", ");
            strong = named_in_criteria.clone();
            let diagnosis = Need::Diagnosis { strong: strong.clone(), weak: named_in_criteria, topic };
            trial_level.push((diagnosis, Source::Item(index), None, Certainty::Narrowed));
        }
        _ => {
            if strong.is_empty() {
                families.into_iter().for_each(|d| push_unique(&mut weak, d));
            }
            let topic = if trial.conditions.is_empty() {
                trial.brief_title.clone()
            } else {
                trial.conditions.join(", ")
            };
            let diagnosis = Need::Diagnosis { strong: strong.clone(), weak, topic };
            trial_level.push((diagnosis, Source::Conditions, None, Certainty::Whole));
        }
    }
    let mut seen_excluded = Vec::new();
    for (dx, source, certainty) in excluded {
        if !strong.contains(&dx) && !seen_excluded.contains(&dx) {
            seen_excluded.push(dx);
            trial_level.push((Need::NotDiagnosis(dx), source, None, certainty));
        }
    }
    // What each route's own label asks ("Cohort B (B-ALL)", "For treatment-naïve subjects").
    for (route, cohort) in scopes.routes.iter().zip(&cohort_of_route) {
        if let Some(cohort) = cohort {
            for need in &route.needs {
                trial_level.push((need.clone(), Source::Conditions, Some(*cohort), Certainty::Whole));
            }
        }
    }
    for (c, scope) in std::iter::once(&general).chain(cohorts.iter()).enumerate() {
        let cohort = c.checked_sub(1).map(|c| c as u16);
        if let (false, Some(source)) = (scope.statuses.is_empty(), &scope.status_source) {
            // A status allowed for some people ("AML: in first remission") is allowed by the
            // trial's own status list too: the lists widen each other.
            let mut statuses = scope.statuses.clone();
            scope.conditioned.iter().for_each(|(_, more, ..)| add_statuses(&mut statuses, more));
            let certainty = scope.status_certainty.unwrap_or(Certainty::Open);
            trial_level.push((Need::Status(statuses), source.clone(), cohort, certainty));
        }
        if let (false, Some(source)) = (scope.phases.is_empty(), &scope.phase_source) {
            let certainty = scope.phase_certainty.unwrap_or(Certainty::Open);
            trial_level.push((Need::CmlPhase(scope.phases.clone()), source.clone(), cohort, certainty));
        }
    }
    for (c, scope) in std::iter::once(&general).chain(cohorts.iter()).enumerate() {
        let cohort = c.checked_sub(1).map(|c| c as u16);
        for (condition, statuses, source, certainty) in &scope.conditioned {
            let mut statuses = statuses.clone();
            add_statuses(&mut statuses, &scope.statuses);
            let need = Need::only_if(condition, Need::Status(statuses));
            trial_level.push((need, source.clone(), cohort, *certainty));
        }
    }
    for (need, source, certainty) in conditioned_exclusions {
        trial_level.push((need, source, None, certainty));
    }
    let mut seen_phases = Vec::new();
    for (phase, source, certainty) in excluded_phases {
        if !general.phases.contains(&phase) && !seen_phases.contains(&phase) {
            seen_phases.push(phase);
            trial_level.push((Need::NotCmlPhase(phase), source, None, certainty));
        }
    }
    let eligibility = &trial.eligibility;
    if eligibility.min_age.is_some() || eligibility.max_age.is_some() {
        let range = AgeRange {
            min: eligibility.min_age.map(|a| a.years),
            max: eligibility.max_age.map(|a| a.years + if a.years.fract() == 0.0 { 1.0 } else { 1.0 / 12.0 }),
        };
        let widened = rules.criteria.items.iter().any(|item| {
            matches!(item.section, Section::Inclusion | Section::Unlabelled)
                && AGE_WIDENED.is_match(&item.text)
        });
        let certainty = if widened { Certainty::Open } else { Certainty::Whole };
        trial_level.push((Need::Age(range), Source::AgeFields, None, certainty));
    }
    let sex = match eligibility.sex {
        registry::Sex::Female => Some(Sex::Female),
        registry::Sex::Male => Some(Sex::Male),
        _ => None,
    };
    if let Some(sex) = sex {
        trial_level.push((Need::Sex(sex), Source::SexField, None, Certainty::Whole));
    }

    let mut requirements: Vec<Requirement> = trial_level
        .into_iter()
        .map(|(need, source, cohort, certainty)| Requirement {
            need,
            source,
            soft: certainty == Certainty::Open,
            certain: certainty == Certainty::Whole,
            cohort,
            group: None,
        })
        .collect();
    requirements.append(&mut rules.requirements);
    rules.requirements = requirements;
    rules
}
