//! Reads one criterion: its mentions, their polarity in this section, and the numbers near
//! them, into needs. The rules are few and general — the phrasings live in the lexicon and in
//! the test tables — and every doubtful reading is marked soft.

use crate::pattern::patterns;

use super::coverage::{certainty, is_definition, Certainty};
use super::mentions::{cue_before, find_mentions, head, tail, Mention, CONTEXT};
use super::numbers::{
    age_condition, age_requirement, count_before, ecog_limit, karnofsky_as_ecog, prior_lines,
};
use super::{add_statuses, push_unique, Need};
use crate::answers::{Biomarker, CmlPhase, Diagnosis, DiseaseStatus, PriorTherapy, THERAPIES};
use crate::criteria::Section;
use crate::lexicon::{Concept, Family};

/// What one criterion says.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemReading {
    /// Needs with their softness.
    pub needs: Vec<(Need, bool)>,
    /// The needs are alternatives ("age ≥ 75 or unfit for intensive chemotherapy").
    pub alternatives: bool,
    /// Diagnoses the criterion asks for (inclusion), families named, and diagnoses it
    /// excludes; the trial reader decides how far to trust them.
    pub diagnoses: Vec<Diagnosis>,
    pub families: Vec<Family>,
    /// Diagnoses an inclusion criterion names as welcome (required, allowed or an example).
    pub named: Vec<Diagnosis>,
    /// The statuses read may qualify only one of several diseases the criterion names
    /// ("relapsed or refractory AML or high-risk MDS").
    pub statuses_of_one: bool,
    pub excluded_diagnoses: Vec<Diagnosis>,
    /// Disease statuses and CML phases named as allowed (inclusion).
    pub statuses: Vec<DiseaseStatus>,
    pub phases: Vec<CmlPhase>,
    pub excluded_phases: Vec<CmlPhase>,
    /// The diagnoses an inclusion criterion starts with ("CLL (more than one prior regimen)",
    /// "AML in first remission"): what else it asks is asked of people with them.
    pub led_by: Vec<Diagnosis>,
    /// Whether anything at all was understood.
    pub understood: bool,
    /// How much of the criterion the reading accounts for (`coverage.rs`).
    pub certainty: Certainty,
    /// A drug was named that is one member of the class an answer stands for ("no prior
    /// decitabine" for "a hypomethylating agent"), and the class itself was not: what was
    /// read is narrower than the answer.
    pub member_only: bool,
    /// Treatments named by one of their drugs only, while reading.
    members_named: Vec<PriorTherapy>,
    /// Where each kind of need was read, to tell "A or B" from "A after B or C".
    spots: Vec<(usize, std::mem::Discriminant<Need>)>,
}

impl Default for ItemReading {
    fn default() -> Self {
        ItemReading {
            needs: Vec::new(),
            alternatives: false,
            diagnoses: Vec::new(),
            families: Vec::new(),
            named: Vec::new(),
            statuses_of_one: false,
            excluded_diagnoses: Vec::new(),
            statuses: Vec::new(),
            phases: Vec::new(),
            excluded_phases: Vec::new(),
            led_by: Vec::new(),
            understood: false,
            certainty: Certainty::Whole,
            member_only: false,
            members_named: Vec::new(),
            spots: Vec::new(),
        }
    }
}

impl ItemReading {
    /// Adds a need read at byte `at`, once.
    fn add(&mut self, need: Need, soft: bool, at: usize) {
        self.spots.push((at, std::mem::discriminant(&need)));
        if !self.needs.iter().any(|(n, _)| *n == need) {
            self.needs.push((need, soft));
        }
    }

    /// Whether two different kinds of need are joined by "or" ("age ≥ 75 or unfit").
    fn joined_by_or(&self, text: &str) -> bool {
        let mut spots = self.spots.clone();
        spots.sort_by_key(|(at, _)| *at);
        spots.windows(2).any(|pair| {
            let ((a, kind_a), (b, kind_b)) = (pair[0], pair[1]);
            kind_a != kind_b && a < b && {
                let between = &text[a..b];
                ALTERNATIVES.is_match(between) && !between.contains(';')
            }
        })
    }
}

/// The statuses of disease that has been treated before.
const TREATED: [DiseaseStatus; 4] = [
    DiseaseStatus::Relapsed,
    DiseaseStatus::Refractory,
    DiseaseStatus::RemissionMrdPositive,
    DiseaseStatus::RemissionMrdNegative,
];

patterns! {
    sources = item_patterns;
    warm = warm_item_patterns;
    /// Words that make a criterion conditional or give it exceptions: its failures are soft.
    QUALIFIED = r"(?i)\b(?:unless|allowed|permitted|if|provided|within|in the (?:last|past|previous)|(?:prior to|before) (?:the )?(?:start|enrollment|enrolment|first dose|randomi[sz]ation|study|day|registration|screening|treatment)|\d+\s*(?:hours?|days?|weeks?|months?|years?)\s+(?:before|prior|from|since|after|following)|may|including|such as|e\.g|unknown|pending|suspected)\b|^(?u-i:[^0-9A-Za-z_])*(?:[a-z0-9]{1,2}[.)]\s*)?for (?:[\w+/-]+ ){0,3}?(?:patients|participants|subjects|those|people|children|adults)\b";
    /// Words showing a drug was given before (not planned, not an allergy).
    PRIOR_CUE = r"(?i)\b(?:prior|previous(?:ly)?|received|receiving|treated|treatment with|therapy with|exposure|exposed|fail(?:ure|ed|ing)|refractory|resistant|resistance|relapsed?|progress\w*|history of|intoleran\w+|underwent|undergone|had|after|following|post|naive|naïve)\b";
    NOT_PRIOR = r"(?i)\b(?:hypersensitivity|hypersensitive|allerg\w*|contraindicat\w*|concurrent\w*|concomitant\w*|ongoing|currently|planned|scheduled|will receive|to receive|candidates? for|(?:in)?eligible for|able to receive|in combination|combined with|investigational|study drug|study treatment|recovered|recovery|toxicit\w*|start\w*|initiat\w*|decision to|elapsed|washout|wash-out|waiting|wait|last dose|since|while|during|contracept\w*|pregnan\w*|breast-?feeding|lactating|donors?|intend\w*|plan to|willing|agree\w*|on (?:active |current )?(?:treatment|therapy))\b";
    /// Words that make "prior X" in inclusion a firm demand rather than a mention.
    DEMAND = r"(?i)\b(?:must have|have (?:previously )?(?:received|been treated)|previously (?:received|treated)|prior (?:treatment|therapy|exposure) (?:with|to)|(?:relapsed|refractory|resistant|intolerant|progress\w*)\s+(?:to|after|following|on|with)|fail(?:ure|ed|ing)\b|after (?:at least |≥ ?)?\d|after (?:prior |previous )|received (?:at least|≥)|^(?u-i:[^0-9A-Za-z_])*(?:prior|previous(?:ly)?)\b)";
    UNFIT_CUE = r"(?i)\b(?:ineligible|not eligible|unfit|not fit|not (?:be )?(?:a )?candidates?|not suitable|unsuitable|not appropriate|inappropriate|unable to|not able to|cannot|can not|not considered|preclud\w*|contraindicat\w*|declin\w*|refus\w*)\b";
    FIT_CUE = r"(?i)\b(?:fit|eligible|candidates?|suitable|appropriate|able|considered|deemed)\s+(?:for|to)\b";
    DECLINE = r"(?i)\b(?:declin\w*|refus\w*|choose not|elect\w* not)\b";
    AND_BETWEEN = r"(?i)\band\b|\bplus\b|\+|combination";
    OR_BETWEEN = r"(?i)\bor\b|/|,";
    AND_OR = r"(?i)and/or";
    /// An amount after a marker: "expression on at least 20% of blasts", "(≥ 30%)".
    MARKER_AMOUNT = r"(?i)^(?u-i:[^.;0-9]){0,40}?\d{1,3}(?:\.\d+)?\s*%";
    /// Lines of one kind of treatment only.
    LINE_KIND = r"(?i)\b(?:chemo\w*|immuno\w*|targeted|biologic\w*|hormon\w*|radiation|cytotoxic|induction|salvage|intensive|TKIs?|BTK\w*|hypomethylating|HMAs?)\b";
    ALTERNATIVES = r"(?i)\bor\b|\beither\b";
    ABOUT_START = r"(?i)^(?u-i:[^0-9A-Za-z_])*(?:(?:patients?|participants?|subjects?)\s+(?:with|who have)\s+|(?:known|confirmed|active|documented)\s+|(?:a )?diagnosis of\s+|(?:evidence of\s+))?$";
}

/// Reads one item. `parent_qualified` carries a parent's exceptions to its sub-items.
pub fn read_item(text: &str, section: Section, parent_qualified: bool) -> ItemReading {
    let mut reading = ItemReading::default();
    // A definition asks nothing itself; what it defines is asked elsewhere.
    if is_definition(text) {
        reading.certainty = Certainty::Open;
        return reading;
    }
    let mentions = find_mentions(text);
    // What the reading understood, for the certainty rule: every mention, and each number a
    // reader bound to its measure.
    let mut understood: Vec<std::ops::Range<usize>> = mentions.iter().map(|m| m.start..m.end).collect();
    let text_qualified = QUALIFIED.is_match(text);
    let qualified = parent_qualified || text_qualified;
    let declined = DECLINE.is_match(text);
    let mut lines_read = false;
    let unlabelled = section == Section::Unlabelled;
    let exclusion = section == Section::Exclusion;
    let soft = |extra: bool| extra || qualified || unlabelled;

    // A marker in a list of several diseases may qualify only one of them.
    let diseases = mentions.iter().filter(|m| matches!(m.concept, Concept::Diagnosis(_))).count();
    read_markers(text, &mentions, exclusion, &mut reading, soft(!exclusion && diseases > 1));
    if !exclusion {
        reading.led_by = leading_diagnoses(text, &mentions);
    }
    let only_diagnoses = mentions.iter().all(|o| {
        matches!(
            o.concept,
            Concept::Diagnosis(_) | Concept::DiagnosisFamily(_) | Concept::CmlPhase(_) | Concept::Marker(_)
        )
    });
    // "No blast-phase CML" excludes the phase, not every CML.
    let phase_named = mentions.iter().any(|o| matches!(o.concept, Concept::CmlPhase(_)));
    for (i, m) in mentions.iter().enumerate() {
        let before = tail(&text[..m.start], CONTEXT);
        let after = head(&text[m.end..], CONTEXT);
        match m.concept {
            Concept::Diagnosis(dx) => {
                if m.carved_out || (m.negated && !exclusion) {
                    if !phase_named {
                        reading.excluded_diagnoses.push(dx);
                    }
                } else if exclusion && text_qualified && !m.negated {
                    // "No CML in blast crisis unless …": some people with it may join.
                    reading.diagnoses.push(dx);
                } else if exclusion && !m.negated && !m.permitted && !m.example {
                    if only_diagnoses && text.len() <= 160 && ABOUT_START.is_match(before) && !phase_named {
                        reading.excluded_diagnoses.push(dx);
                    }
                } else if !exclusion && !m.negated {
                    reading.diagnoses.push(dx);
                    reading.named.push(dx);
                }
                reading.understood = true;
            }
            Concept::DiagnosisFamily(family) if !exclusion && !m.negated && !m.carved_out => {
                reading.families.push(family)
            }
            Concept::CmlPhase(phase) => {
                // An excluded phase alone ("CML in blast crisis"), not one qualified by other
                // words the exclusion also needs ("untreated blast crisis").
                if (exclusion && !m.negated && !m.permitted && !m.carved_out && only_diagnoses)
                    || (!exclusion && (m.negated || m.carved_out))
                {
                    reading.excluded_phases.push(phase);
                } else if !exclusion && !m.permitted && !m.example {
                    reading.phases.push(phase);
                }
                reading.understood = true;
            }
            Concept::Status(word) if !exclusion && !m.negated && !m.carved_out && !m.example => {
                add_statuses(&mut reading.statuses, word.statuses());
                reading.spots.push((m.start, std::mem::discriminant(&Need::Status(Vec::new()))));
                reading.understood = true;
            }
            Concept::AnyTreatment => {
                // "Prior therapy for AML" (excluded) or "no prior therapy for AML" (required)
                // asks for newly diagnosed disease; a time window makes it a wash-out instead,
                // and "no concurrent therapy" is about now, not the past.
                let asks_untreated = if exclusion { !m.negated && !m.permitted } else { m.negated };
                if asks_untreated && !text_qualified && !NOT_PRIOR.is_match(clause_around(text, m.start)) {
                    reading.add(Need::Status(vec![DiseaseStatus::NewlyDiagnosed]), soft(false), m.start);
                    reading.understood = true;
                }
            }
            Concept::Therapy(therapy) => {
                read_therapy(text, m, therapy, exclusion, &mentions, i, &mut reading, soft(false))
            }
            // A transplant of unstated kind may be an autologous one: it counts towards an
            // allogeneic transplant only softly.
            Concept::Transplant => {
                read_therapy(text, m, PriorTherapy::AlloSct, exclusion, &mentions, i, &mut reading, true)
            }
            Concept::Tki => {
                let clause = clause_around(text, m.start);
                if m.permitted || m.example || NOT_PRIOR.is_match(clause) || !PRIOR_CUE.is_match(clause) {
                    continue;
                }
                let counted = count_before(before).map(|(n, at)| {
                    understood.push(m.start - before.len() + at..m.start);
                    n
                });
                let need = match (exclusion, m.negated) {
                    (false, false) => Need::TkiCount { min: counted.unwrap_or(1), max: None },
                    (false, true) | (true, false) if counted.is_none() => {
                        Need::TkiCount { min: 0, max: Some(0) }
                    }
                    _ => continue,
                };
                let undemanded = !exclusion && !m.negated && counted.is_none() && !DEMAND.is_match(clause);
                reading.add(need, soft(undemanded), m.start);
                reading.understood = true;
            }
            Concept::Ecog | Concept::Karnofsky => {
                let after = head(after, 100);
                let limit = if m.concept == Concept::Ecog {
                    ecog_limit(after, section)
                } else {
                    karnofsky_as_ecog(after, section)
                };
                if let Some((max, end)) = limit {
                    understood.push(m.end..m.end + end);
                    let clause = clause_around(text, m.start);
                    let offset = clause.as_ptr() as usize - text.as_ptr() as usize;
                    let age = age_condition(clause).map(|(range, span)| {
                        understood.push(offset + span.start..offset + span.end);
                        range
                    });
                    reading.add(Need::Ecog { max, age }, unlabelled, m.start);
                    reading.understood = true;
                }
            }
            Concept::Cns => {
                let need = match (exclusion, m.negated, m.permitted) {
                    (_, _, true) => None,
                    (true, false, false) | (false, true, false) => Some(Need::Cns { allowed: false }),
                    _ => None,
                };
                if let Some(need) = need {
                    reading.add(need, soft(false), m.start);
                }
                reading.understood = true;
            }
            Concept::Intensive => {
                let wants_unfit = if cue_before(&UNFIT_CUE, before, 60) {
                    Some(true)
                } else if cue_before(&FIT_CUE, before, 40) {
                    Some(false)
                } else {
                    None
                };
                if let Some(unfit) = wants_unfit {
                    let fit = if exclusion { unfit } else { !unfit };
                    reading.add(
                        Need::FitForIntensive(fit),
                        unlabelled || declined || (exclusion && qualified),
                        m.start,
                    );
                    reading.understood = true;
                }
            }
            Concept::PriorLines => {
                if lines_read {
                    continue;
                }
                lines_read = true;
                if let Some(((min, max), span)) = prior_lines(text, section) {
                    // Lines of one kind of treatment ("lines of chemotherapy") are not all lines.
                    let kind = LINE_KIND.is_match(head(&text[span.end..], 30))
                        || LINE_KIND.is_match(&text[span.clone()]);
                    if !kind {
                        understood.push(span);
                    }
                    if !exclusion && min.is_some_and(|n| n >= 1) {
                        add_statuses(&mut reading.statuses, &TREATED);
                    }
                    reading.add(Need::PriorLines { min, max }, unlabelled, m.start);
                    reading.understood = true;
                }
            }
            _ => {}
        }
    }

    if !exclusion {
        let performance = mentions.iter().any(|m| matches!(m.concept, Concept::Ecog | Concept::Karnofsky));
        if !performance {
            if let Some((range, span)) = age_requirement(text) {
                understood.push(span);
                reading.add(Need::Age(range), soft(false), 0);
                reading.understood = true;
            }
        }
        reading.alternatives = reading.joined_by_or(text);
        if reading.alternatives && !reading.statuses.is_empty() {
            let statuses = reading.statuses.clone();
            reading.needs.push((Need::Status(statuses), soft(false)));
        }
    }
    // A drug of a class counts as the class when the criterion names the class too.
    let class_named: Vec<PriorTherapy> = mentions
        .iter()
        .filter_map(|m| match m.concept {
            Concept::Therapy(t) if !names_member_only(t, &text[m.start..m.end]) => Some(t),
            _ => None,
        })
        .collect();
    reading.member_only = reading.members_named.iter().any(|t| !class_named.contains(t));
    let mut roots: Vec<Diagnosis> = Vec::new();
    for m in &mentions {
        if let (Concept::Diagnosis(dx), false) = (m.concept, m.negated || m.carved_out) {
            if !roots.contains(&dx.group()) {
                roots.push(dx.group());
            }
        }
    }
    reading.statuses_of_one = roots.len() > 1 && !reading.statuses.is_empty();
    // The certainty rule: what was read from a criterion with anything unread that could
    // widen it only asks to check with the study team.
    // An amount of a marker ("CD22 on at least 20% of blasts") narrows what was read: the
    // number is bound, but the match is no longer certain.
    let mut amounts = false;
    for m in mentions.iter().filter(|m| matches!(m.concept, Concept::Marker(_))) {
        if let Some(amount) = MARKER_AMOUNT.find(&text[m.end..]) {
            understood.push(m.end..m.end + amount.end());
            amounts = true;
        }
    }
    let unsure = mentions.iter().any(|m| m.negation_unsure);
    reading.certainty = match certainty(text, &understood) {
        _ if qualified || unsure => Certainty::Open,
        Certainty::Narrowed if exclusion => Certainty::Open,
        Certainty::Whole if (amounts || reading.member_only) && exclusion => Certainty::Open,
        Certainty::Whole if amounts || reading.member_only => Certainty::Narrowed,
        other => other,
    };
    if reading.certainty == Certainty::Open {
        reading.needs.iter_mut().for_each(|(_, soft)| *soft = true);
    }
    reading
}

/// The diagnoses a criterion starts with, over filler words and list punctuation only, when
/// something else follows them.
fn leading_diagnoses(text: &str, mentions: &[Mention]) -> Vec<Diagnosis> {
    let spans = super::coverage::Spans::new(mentions.iter().map(|m| m.start..m.end));
    let mut led = Vec::new();
    let mut at = 0;
    for m in mentions {
        let Concept::Diagnosis(dx) = m.concept else { break };
        if m.negated || m.carved_out || !super::coverage::only_filler_between(text, at..m.start, &spans) {
            break;
        }
        led.push(dx);
        at = m.end;
    }
    let rest = mentions.iter().skip(led.len()).any(|m| !matches!(m.concept, Concept::DiagnosisFamily(_)));
    if rest {
        led
    } else {
        Vec::new()
    }
}

/// Biomarkers: in inclusion, markers joined by "or" are alternatives; in exclusion each
/// marker named is excluded on its own.
fn read_markers(text: &str, mentions: &[Mention], exclusion: bool, reading: &mut ItemReading, soft: bool) {
    let markers: Vec<(&Mention, Biomarker)> = mentions
        .iter()
        .filter_map(|m| match m.concept {
            Concept::Marker(b) if !m.example && !m.permitted => Some((m, b)),
            _ => None,
        })
        .collect();
    if markers.is_empty() {
        return;
    }
    reading.understood = true;
    let mut wanted: Vec<(usize, Vec<Biomarker>)> = Vec::new();
    let mut previous_end = None;
    for (m, marker) in markers {
        let present = if exclusion { m.negated } else { !(m.negated || m.carved_out) };
        if exclusion && m.carved_out {
            continue;
        }
        if !present {
            reading.add(Need::Marker { markers: vec![marker], present: false }, soft, m.start);
            previous_end = None;
            continue;
        }
        let joined_by_or = previous_end.is_some_and(|end: usize| {
            let between = &text[end..m.start];
            between.len() < 40
                && OR_BETWEEN.is_match(between)
                && (!AND_BETWEEN.is_match(between) || AND_OR.is_match(between))
                || between.trim().is_empty()
        });
        if wanted.iter().any(|(_, g)| g.contains(&marker)) {
            previous_end = Some(m.end);
            continue;
        }
        match wanted.last_mut() {
            Some((_, group)) if joined_by_or => group.push(marker),
            _ => wanted.push((m.start, vec![marker])),
        }
        previous_end = Some(m.end);
    }
    for (at, markers) in wanted {
        // An exclusion that names a marker as absent ("FLT3-negative disease") asks for it
        // present; that reading is unusual enough to be soft.
        reading.add(Need::Marker { markers, present: true }, soft || exclusion, at);
    }
}

#[allow(clippy::too_many_arguments)]
fn read_therapy(
    text: &str,
    m: &Mention,
    therapy: PriorTherapy,
    exclusion: bool,
    mentions: &[Mention],
    index: usize,
    reading: &mut ItemReading,
    soft: bool,
) {
    if m.permitted || m.example {
        reading.understood = true;
        return;
    }
    let clause = clause_around(text, m.start);
    if NOT_PRIOR.is_match(clause) || !PRIOR_CUE.is_match(clause) {
        return;
    }
    // "Other than azacitidine" or "except hydroxyurea" names what is allowed.
    if m.carved_out {
        reading.understood = true;
        return;
    }
    let received = match (exclusion, m.negated) {
        (false, false) => true,
        (false, true) | (true, false) => false,
        (true, true) => return,
    };
    let undemanded = !exclusion && received && !DEMAND.is_match(clause);
    // In exclusion, "venetoclax and azacitidine" or "X plus Y" may exclude only the pair.
    let near = |o: &Mention| o.start.abs_diff(m.start) <= 80;
    let paired = exclusion
        && mentions.iter().enumerate().any(|(j, o)| {
            j != index && near(o) && matches!(o.concept, Concept::Therapy(_)) && {
                let (a, b) = if o.start < m.start { (o.end, m.start) } else { (m.end, o.start) };
                a <= b && AND_BETWEEN.is_match(&text[a..b]) && !OR_BETWEEN.is_match(&text[a..b])
            }
        });
    // One drug of a class (whether the criterion names the class too is settled by the caller).
    if names_member_only(therapy, &text[m.start..m.end]) {
        push_unique(&mut reading.members_named, therapy);
    }
    reading.add(Need::Prior { therapy, received }, soft || paired || undemanded, m.start);
    reading.understood = true;
}

/// Whether `name` is one drug of the class `therapy` stands for, not the class itself.
fn names_member_only(therapy: PriorTherapy, name: &str) -> bool {
    static CLASSES: std::sync::LazyLock<Vec<Option<regex::Regex>>> = std::sync::LazyLock::new(|| {
        THERAPIES
            .iter()
            .map(|row| {
                (!row.class.is_empty())
                    .then(|| crate::pattern::compile(&format!("(?i){}", row.class)).expect("class pattern"))
            })
            .collect()
    });
    CLASSES[therapy as usize].as_ref().is_some_and(|class| !class.is_match(name))
}

/// The clause (between semicolons or sentence ends) that contains `at`.
fn clause_around(text: &str, at: usize) -> &str {
    let before = tail(&text[..at], CONTEXT);
    let offset = at - before.len();
    let start = offset + before.rfind(';').map_or(0, |i| i + 1).max(before.rfind(". ").map_or(0, |i| i + 2));
    let after = head(&text[at..], CONTEXT);
    let end = at + [after.find(';'), after.find(". ")].into_iter().flatten().min().unwrap_or(after.len());
    &text[start..end]
}
