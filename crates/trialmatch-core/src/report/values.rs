//! What a clause says about each of its tokens: present, absent, unreadable or nothing.
/*!
The rules, in order:

1. **Its own words.** The cues between a token and the next token (or the clause's end),
   up to a cue that belongs to something else ("… and negative for"): a result word
   ("detected", "negative"), else what its kind takes as evidence (a variant for a mutation,
   a percentage for a fusion, dim or 20 % for a surface protein, a place in a karyotype).
   A sign stuck to it ("CD19+", "CD20-") is its own word too. An uncertain word anywhere in
   them ("tier III", "equivocal") makes it unreadable.
2. **The words before its list.** Walking back over a list ("positive for CD34, CD19, CD10
   (partial), CD22"), the cue that opens it. A negation ("no", "without") there overrules
   its own words: "no FLT3-ITD was detected".
3. **The words after its list.** "FLT3-ITD, NPM1 and IDH1: not detected".
4. A thing named as stated ("complex karyotype", a diagnosis) is present when nothing says
   otherwise.
*/

use std::ops::Range;

use super::cues::{self, Cue};
use super::karyotype;
use super::markers::{Kind, Target};
use super::tokens::Token;
use crate::pattern::patterns;

/// What the clause says about one token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Value {
    Present,
    Absent,
    /// Words make the result unreadable (uncertain significance, equivocal, not tested).
    Unsure,
}

patterns! {
    sources = value_patterns;
    warm = warm_value_patterns;
    /// A plus sign stuck to a marker: "CD19+", "CD19 (+)", "CD19pos".
    /// A table's cell holding only the sign counts too: "CD22      +      cyCD79a".
    SIGN_PLUS = r"^\s?\(?\s?(?:\+|pos\b)|^\s{2,}\+(?:\s{2,}|\s*$)|^\s*\.{2,}\s*\+(?:\s|[,;/|(]|$)";
    /// A minus sign stuck to a marker, with nothing after it but its count and a separator:
    /// "CD20-", "CD20 (-)", "CD7- (1 %)", "CD7 - (2 %)   CD19", "CD20 ...... -  (4%)".
    SIGN_MINUS = r"^\s?\(?\s?(?:-|neg\b)\s?\)?\s*(?:\(\s*[<>]?\s*\d{1,3}(?:[.,]\d+)?\s*%\s*\)\s*)?(?:[,;/|]|$|\s{2,})|^\s{2,}-(?:\s{2,}|\s*$)|^\s?\(?\s?-\s?\)?\s*\(\s*[<>]?\s*\d{1,3}(?:[.,]\d+)?\s*%\s*\)|^\s*\.{2,}\s*-\s*(?:\(\s*[<>]?\s*\d{1,3}(?:[.,]\d+)?\s*%\s*\)\s*)?(?:[,;/|]|$|\s{2,})";
    /// A dash with spaces on both sides before a name other than an antigen joins them
    /// ("CD103 and CD123 - HCL score 4/4"): not a sign.
    DASH_BETWEEN = r"^\s+-\s+$";
    /// A table's percentage then the laboratory's call as a sign: "CD19   96.4   +".
    /// The sign ends the cell: a separator, the end or a wide gap follows, not a word ("38 -
    /// POSITIVE" is a dash between two cells).
    NUMBER_SIGN = r"^\s*\d{1,3}(?:\.\d+)?\s*%?\s+([+-])(?:\s*(?:[,;/|]|$)|\s{2,})";
    /// A sign written right against a mutation or fusion, then a space, a separator or the
    /// end: "FLT3: ITD+ (AR 1.4), TKD-". Never with a space first, where a dash is a table's
    /// empty cell.
    STUCK_PLUS = r"^\+(?:\s|[,;/|)]|$)";
    STUCK_MINUS = r"^-\s*(?:[,;/|)]|$)";
    /// One named variant (HGVS): "TP53 c.524G>A p.(Arg175His): not detected" says nothing of
    /// the gene's other variants.
    HGVS = r"\bc\.\s?-?\*?\d+[_+\-\d]*(?:[ACGT]>[ACGT]|del|dup|ins)|\bp\.\s?\(?[A-Z][a-z]{0,2}\d+[A-Z*]";
    /// A diagnosis followed by these names a test or a service ("AML FISH panel", "MDS/AML
    /// NGS profile", "Adult ALL service").
    TEST_NAME = r"(?i)^\s*(?:(?:/|,|&|\band\b|\bor\b)\s*[\w-]+\s*)*(?:(?:prognostic|molecular|mutation|FISH|NGS|sequencing|fusion|hotspot|genomic|myeloid|lymphoid|cytogenetic|MRD)\s+)*(?:panel|profile|protocol|work-?up|screen|FISH|MRD|service|clinic|team|unit|department|programme|program|ward)\b";
    /// The laboratory's own call just before a result word ("is expressed on a small
    /// minority of blasts only and is therefore reported as negative"): it wins over the
    /// result words before it.
    CALL = r"(?i)\b(?:interpreted|classified|regarded|scored)\s+as\s*$|\b(?:reported|called)\s*(?:as\s*)?$";
    /// A percentage of cells or nuclei counted by FISH or a karyotype: not a mutation's
    /// allele fraction ("TP53 probe: 4.0% of nuclei").
    CELLS_AFTER = r"(?i)^\s*(?:of\s+)?(?:(?:the|all|interphase|scored|analy[sz]ed)\s+)?(?:nuclei|cells|metaphases|interphases)\b";
    /// Under the limit of detection: a negative, unless a variant was seen.
    BELOW_LIMIT = r"(?i)\bbelow\b|<|\bless than\b";
    /// A call denied ("not reported as detected") is no call.
    NOT_CALL = r"(?i)\bnot\s+(?:reported|called|interpreted|scored|classified|regarded)(?:\s+as)?\s*$";
    /// Result words used before the marker they describe: "mutated NPM1", "undetectable BCR-ABL1".
    ADJECTIVE = r"(?i)(?:mutated|rearranged|amplified|over-?expressed|undetectable)\s*$";
    /// A thing named as stated followed by a test's name names the test ("Ph-like screening",
    /// "Ph-like (BCR::ABL1-like) ALL evaluation"), or closing a label ("Interpretation
    /// (Ph-like): …"), not a finding.
    STATED_TEST = r"(?i)^\s*(?:\((?u-i:[^)]){0,40}\)\s*)?(?:[\w-]+\s+){0,3}(?:screen(?:ing)?|testing|evaluation|assessment|work-?up|panel|profile|classifier)\b|^-(?:screening|testung|test)\b|^\s*\)\s*:";
    /// The same test named before the thing, in other languages too ("la recherche d'une
    /// signature « Ph-like »", "testing for a Ph-like signature").
    /// A population named after the antigen ("No CD117+/CD33 bright abnormal promyelocyte
    /// population identified"): what is absent is the population, not the antigen.
    POPULATION_AFTER = r"(?i)^(?u-i:[^.;]){0,60}\bpopulations?\b";
    POPULATION_BEFORE = r"(?i)\b(?:populations?|phenotype|LAIP|clone)\s*\((?u-i:[^)]){0,80}$";
    STATED_TESTED = r"(?i)\b(?:triagem|cribado|rastreio|criblage|d(?u-i:[éÉ])pistage|recherche|b(?u-i:[úÚuU])squeda|ricerca|untersuchung|pesquisa|onderzoek|testing|screening|evaluation|assessment)\s+(?:d'une |d'un |de la |de una |de un |de |di una |di un |di |auf (?:eine[n]? )?|naar (?:een )?|for (?:a |an )?|of (?:a |an )?)?(?:signature |firma |signatur |assinatura |handtekening |profil |profile |perfil |profilo |profiel )?(?:\x22)?\s*$";
}

/// The words a list may hold between its members besides names: at most this many.
const LIST_WORDS: usize = 3;
/// The words between a cue before a list and the list: at most this many ("positive for the
/// following antigens: CD19").
const LEAD_WORDS: usize = 4;

/// What `clause` says about each of `tokens`; `None` when it says nothing.
pub(super) fn read(
    clause: &str,
    tokens: &[Token],
    found: &[cues::Found],
    karyotypes: &[Range<usize>],
) -> Vec<Option<Value>> {
    let owns: Vec<Own> = (0..tokens.len()).map(|i| own(clause, tokens, found, karyotypes, i)).collect();
    let doubted = found.iter().any(|f| f.cue == Cue::Unsure);
    let values: Vec<Option<Value>> = (0..tokens.len())
        .map(|i| {
            let row = tokens[i].row.filter(|r| r.kind != Kind::Ignored)?;
            let left = before(clause, tokens, found, i, matches!(row.target, Target::Diagnosis(_)));
            let own = owns[i];
            if let Kind::Fixed(value) = row.kind {
                return Some(match left {
                    Some(Left::Unsure) => Value::Unsure,
                    // "Not detected: T315I, E255K" lists what was looked for and not found.
                    Some(Left::Not | Left::Value(false)) => Value::Absent,
                    _ => present(value),
                });
            }
            if own.unsure {
                return Some(Value::Unsure);
            }
            // "Abnormal population (cyCD3+ CD7+): NOT DETECTED": the antigens describe the
            // population looked for, which is absent; the antigens' own signs say nothing.
            let absent_after = found.iter().any(|f| f.start >= tokens[i].end && f.cue == Cue::After(false));
            if absent_after && POPULATION_BEFORE.is_match(&clause[..tokens[i].start]) {
                return Some(Value::Unsure);
            }
            if matches!(row.target, Target::Diagnosis(_)) && own.test_name {
                return None;
            }
            let marker = matches!(row.target, Target::Marker(_));
            let tested = STATED_TEST.is_match(&clause[tokens[i].end..])
                || STATED_TESTED.is_match(&clause[..tokens[i].start]);
            if marker && row.kind == Kind::Stated && tested {
                // "Ph-like screen negative": only a result word of its own says anything.
                return own.value.filter(|_| own.word).map(present);
            }
            // "CD33 12% (below the threshold), CD7- (2%)": a sign stuck to the name is its own,
            // whatever the name before it left open.
            if own.sign && left == Some(Left::Unsure) {
                return own.value.map(present);
            }
            match left {
                Some(Left::Residual) => return Some(Value::Present),
                Some(Left::Unsure) => return Some(Value::Unsure),
                // "No abnormal CD19+ CD10+ population": the population is absent, not CD19.
                Some(Left::Not) if own.sign || POPULATION_AFTER.is_match(&clause[tokens[i].end..]) => {
                    return Some(Value::Unsure);
                }
                Some(Left::Not) => return Some(Value::Absent),
                _ => {}
            }
            // "Not detected: T315I, E255K": the list's result outweighs a variant named in it.
            if left == Some(Left::Value(false)) && !own.word && !own.sign {
                return Some(Value::Absent);
            }
            if let Some(value) = own.value {
                return Some(present(value));
            }
            if let Some(Left::Value(value)) = left {
                return Some(present(value));
            }
            // A diagnosis is not a member of a list of markers: "B-lymphoblastic leukemia
            // (CD10-negative)".
            let diagnosis = matches!(row.target, Target::Diagnosis(_) | Target::Phase(_));
            if let Some(value) = after_list(clause, tokens, found, &owns, i).filter(|_| !diagnosis) {
                return Some(present(value));
            }
            // Named and nothing more is the weakest reading: a clause that doubts or denies a
            // test anywhere ("Ph-like work-up … has not been performed") does not give it.
            (row.kind == Kind::Stated && !(marker && doubted)).then_some(Value::Present)
        })
        .collect();
    // A marker the clause calls uncertain once is uncertain all through it: "The TP53 variant
    // is a VUS and is not evidence of TP53-mutated disease".
    let unsure: Vec<_> = tokens
        .iter()
        .zip(&values)
        .filter(|(_, v)| **v == Some(Value::Unsure))
        .filter_map(|(t, _)| t.row.map(|r| r.target))
        .collect();
    tokens
        .iter()
        .zip(values)
        .map(|(t, v)| if t.row.is_some_and(|r| unsure.contains(&r.target)) { Some(Value::Unsure) } else { v })
        .collect()
}

fn present(value: bool) -> Value {
    if value {
        Value::Present
    } else {
        Value::Absent
    }
}

/// What a token's own words say.
#[derive(Debug, Clone, Copy, Default)]
struct Own {
    value: Option<bool>,
    /// The value came from a result word, which a list may share.
    word: bool,
    unsure: bool,
    test_name: bool,
    /// The value came from a sign stuck to the name ("CD19+").
    sign: bool,
}

/// Where a token's own words end: the next token or the end of the clause.
/// A FISH result in ISCN after the token's own result starts another probe's ("17p13.1 / TP53
/// deletion 71% nuc ish(D13S319x1)[88/200] 13q14.3 deletion 44% … normal"); one before any
/// result is the token's own ("PML/RARA … nuc ish(PML,RARA)x2[200] -- no fusion").
fn window_end(clause: &str, tokens: &[Token], found: &[cues::Found], i: usize) -> usize {
    let next = tokens.get(i + 1).map_or(clause.len(), |next| next.start);
    let start = tokens[i].end;
    let ish = karyotype::ish_spans(clause).into_iter().map(|s| s.start).find(|&s| {
        s >= start
            && s < next
            && cues_in(found, start..s).any(|c| matches!(c.cue, Cue::After(_) | Cue::Percent | Cue::Variant))
    });
    ish.unwrap_or(next)
}

/// The cues fully inside `range`.
fn cues_in(found: &[cues::Found], range: Range<usize>) -> impl Iterator<Item = &cues::Found> {
    found.iter().filter(move |f| f.start >= range.start && f.end <= range.end)
}

/// A token's own words: up to the next token, or to a cue that belongs to what follows.
pub(super) fn window(clause: &str, tokens: &[Token], found: &[cues::Found], i: usize) -> Range<usize> {
    let start = tokens[i].end;
    let end = window_end(clause, tokens, found, i);
    let cut = cues_in(found, start..end)
        .find(|c| matches!(c.cue, Cue::Stop | Cue::Break | Cue::Before(_) | Cue::Not))
        .map_or(end, |c| c.start);
    start..cut
}

fn own(clause: &str, tokens: &[Token], found: &[cues::Found], karyotypes: &[Range<usize>], i: usize) -> Own {
    let token = tokens[i];
    let end = window_end(clause, tokens, found, i);
    let Some(row) = token.row else {
        // Another name: only its result word, which a list before it may share.
        let mut own = Own::default();
        for cue in cues_in(found, token.end..end) {
            match cue.cue {
                Cue::Stop | Cue::Break | Cue::Before(_) | Cue::Not => break,
                Cue::Unsure => own.unsure = true,
                Cue::After(value) if own.value.is_none() => (own.value, own.word) = (Some(value), true),
                _ => {}
            }
        }
        return own;
    };
    let window = &clause[token.end..end];
    // A test's name may follow other diagnoses: "AML/MDS NGS panel".
    let mut own = Own { test_name: TEST_NAME.is_match(&clause[token.end..]), ..Own::default() };
    if row.kind == Kind::Surface {
        // In a row of signs ("CD33 - CD7 - cCD3 -") the next name is another antigen.
        let next_is_surface = tokens.get(i + 1).is_none_or(|t| t.row.is_none_or(|r| r.kind == Kind::Surface));
        if SIGN_PLUS.is_match(window) {
            (own.value, own.sign) = (Some(true), true);
        } else if SIGN_MINUS.is_match(window) && (next_is_surface || !DASH_BETWEEN.is_match(window)) {
            (own.value, own.sign) = (Some(false), true);
        } else if let Some(sign) = NUMBER_SIGN.captures(window).and_then(|c| c.get(1)) {
            // The call wins over the number's own reading.
            (own.value, own.sign, own.word) = (Some(sign.as_str() == "+"), true, true);
        }
    } else if matches!(row.kind, Kind::Mutation | Kind::Fusion) {
        if STUCK_PLUS.is_match(window) {
            own.value = Some(true);
        } else if STUCK_MINUS.is_match(window) {
            own.value = Some(false);
        }
    }
    let (mut evidence, mut expressed) = (None, false);
    let mut stopped = false;
    // The laboratory's own call settles what a cut-off left unsure.
    let (mut called, mut under_cut_off) = (false, false);
    // A named variant not found leaves the gene's other variants unsaid ("TP53 c.524G>A: not
    // detected").
    let named_variant =
        |cue: &cues::Found| row.kind == Kind::Mutation && HGVS.is_match(&clause[token.end..cue.start]);
    // The first percentage, which a cut-off after it may show to be normal.
    let mut counted: Option<f64> = None;
    // With no name after this one, "with" leads nothing of its own ("7.9% of nuclei with a
    // split signal; cut-off 8.2%").
    let last = tokens.get(i + 1).is_none();
    for cue in cues_in(found, token.end..end) {
        match cue.cue {
            Cue::Before(_) if last && clause[cue.start..cue.end].eq_ignore_ascii_case("with") => {}
            Cue::Break | Cue::Before(_) | Cue::Not => break,
            // Past a reference range or cut-off only an uncertain word still counts ("4% of
            // nuclei (cutoff 5%); result equivocal").
            Cue::Stop => stopped = true,
            // Only a cut-off's "under the threshold" is settled by the laboratory's call; a
            // variant of uncertain significance or an equivocal result is not.
            Cue::Unsure if cues::under_cut_off(&clause[cue.start..cue.end]) => under_cut_off = true,
            Cue::Unsure => own.unsure = true,
            // A count under the cut-off given after it shows nothing ("3.5% of nuclei
            // [cut-off 7%]").
            Cue::Percent if stopped => {
                let cut_off = cues::percent(&clause[cue.start..cue.end]).map(|(n, _)| n);
                if counted.zip(cut_off).is_some_and(|(count, cut_off)| count < cut_off) {
                    evidence = None;
                }
            }
            // The laboratory's own call counts even past its cut-off ("18%; under the 20%
            // threshold, called negative").
            Cue::After(value)
                if CALL.is_match(&clause[..cue.start]) && !NOT_CALL.is_match(&clause[..cue.start]) =>
            {
                own.unsure |= !value && named_variant(cue);
                (own.value, own.word, called) = (Some(value), true, true);
            }
            _ if stopped => {}
            // A variant seen but under the limit of detection is not a result ("IDH1 R132C
            // observed at 1.1% VAF, below the limit of detection"); alone, it is a negative.
            Cue::After(false)
                if BELOW_LIMIT.is_match(&clause[cue.start..cue.end])
                    && (own.value == Some(true) || evidence.is_some()) =>
            {
                own.unsure = true;
            }
            Cue::After(value) if own.value.is_none() => {
                own.unsure |= !value && named_variant(cue);
                own.value = Some(value);
                own.word = true;
            }
            Cue::Expressed => expressed = true,
            Cue::Variant if row.kind == Kind::Mutation => evidence = evidence.or(Some(true)),
            Cue::Percent => {
                let Some((number, below)) = cues::percent(&clause[cue.start..cue.end]) else { continue };
                counted = counted.or(Some(number));
                let shows = match row.kind {
                    Kind::Mutation if CELLS_AFTER.is_match(&clause[cue.end..]) => None,
                    Kind::Mutation | Kind::Fusion => (number > 0.0 && !below).then_some(true),
                    Kind::Surface => (number >= 20.0 && !below).then_some(true),
                    _ => None,
                };
                evidence = evidence.or(shows);
            }
            _ => {}
        }
    }
    // A surface protein on fewer cells than the laboratory's cut-off is not expressed; a
    // count under a FISH or PCR cut-off leaves the result open.
    if under_cut_off && !called && row.kind == Kind::Surface && !own.unsure {
        own.value = Some(false);
    } else {
        own.unsure |= under_cut_off && !called;
    }
    if own.value.is_none() && expressed && row.kind == Kind::Surface {
        own.value = Some(true);
    }
    let in_karyotype = karyotypes.iter().any(|k| k.start <= token.start && token.end <= k.end);
    if own.value.is_none() && in_karyotype && row.kind != Kind::Surface {
        own.value = Some(true);
    }
    own.value = own.value.or(evidence);
    own
}

/// What the words before a token's list say.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Left {
    Value(bool),
    Not,
    Unsure,
    /// "Residual", "relapsed" just before a diagnosis.
    Residual,
}

fn words(text: &str) -> usize {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
        .count()
}

/// The words of `range` outside the cues that may sit in a list (dim, 40 %).
fn list_words(clause: &str, found: &[cues::Found], range: Range<usize>) -> usize {
    let mut text = clause[range.clone()].to_string();
    for cue in cues_in(found, range.clone()).filter(|c| matches!(c.cue, Cue::Expressed | Cue::Percent)) {
        let (a, b) = (cue.start - range.start, cue.end - range.start);
        text.replace_range(a..b, &" ".repeat(b - a));
    }
    words(&text)
}

fn before(clause: &str, tokens: &[Token], found: &[cues::Found], i: usize, diagnosis: bool) -> Option<Left> {
    let mut j = i;
    loop {
        let gap = if j == 0 { 0 } else { tokens[j - 1].end }..tokens[j].start;
        let in_gap: Vec<&cues::Found> = cues_in(found, gap.clone()).collect();
        if diagnosis && j == i {
            if let Some(last) = in_gap.last() {
                if last.cue == Cue::Residual && words(&clause[last.end..gap.end]) == 0 {
                    return Some(Left::Residual);
                }
            }
        }
        // "dim CD20", "partial CD7": a strength just before a name says it is expressed.
        if let Some(last) = in_gap.last() {
            if j == i && last.cue == Cue::Expressed && clause[last.end..gap.end].trim().is_empty() {
                return Some(Left::Value(true));
            }
        }
        let meaningful =
            in_gap.iter().rev().find(|c| !matches!(c.cue, Cue::Residual | Cue::Expressed | Cue::Percent));
        if let Some(cue) = meaningful {
            let after = &clause[cue.end..gap.end];
            let near = list_words(clause, found, cue.end..gap.end) <= LEAD_WORDS;
            // A negation reaches only a name close after it: "no FLT3-ITD", not "no increase in
            // blasts, CD19 …".
            let close = words(after) <= 3 && !after.contains([',', ':']);
            // "No abnormal population expressing CD33": what the negation denies is the
            // population, so the list's own cue cannot be trusted.
            let denied = found.iter().take_while(|c| c.start < cue.start).any(|c| c.cue == Cue::Not);
            return match cue.cue {
                Cue::Before(_) if near && denied => Some(Left::Unsure),
                Cue::Before(value) if near => Some(Left::Value(value)),
                Cue::Not if close => Some(Left::Not),
                Cue::Unsure if near => Some(Left::Unsure),
                Cue::After(value)
                    if after.trim().is_empty() && ADJECTIVE.is_match(&clause[cue.start..cue.end]) =>
                {
                    Some(Left::Value(value))
                }
                _ => None,
            };
        }
        if j == 0 || list_words(clause, found, gap) > LIST_WORDS {
            return None;
        }
        j -= 1;
    }
}

/// The result word after the list a token is in, when the members after it have no other.
fn after_list(clause: &str, tokens: &[Token], found: &[cues::Found], owns: &[Own], i: usize) -> Option<bool> {
    let mut j = i;
    while j + 1 < tokens.len() {
        let gap = tokens[j].end..tokens[j + 1].start;
        let clean = cues_in(found, gap.clone()).all(|c| matches!(c.cue, Cue::Expressed | Cue::Percent));
        if !clean || list_words(clause, found, gap) > LIST_WORDS {
            return None;
        }
        j += 1;
        let next = owns[j];
        if next.unsure {
            return None;
        }
        if next.value.is_some() {
            return if next.word { next.value } else { None };
        }
    }
    None
}
