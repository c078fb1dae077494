//! Karyotypes written in ISCN ("47,XY,+8,t(9;22)(q34;q11.2)[18]/46,XY[2]"): where they are
//! in a clause, whether they are normal, and how many abnormalities they hold — three or more
//! is a complex karyotype, unless they are only whole chromosomes gained (a hyperdiploid
//! karyotype). A marker written inside a karyotype is present. FISH written in ISCN ("nuc
//! ish(ABL1,BCR)x2[200]") is left to the report's own words.

use std::ops::Range;

use crate::pattern::patterns;

patterns! {
    sources = karyotype_patterns;
    warm = warm_karyotype_patterns;
    /// The start of a karyotype: the chromosome count and the sex chromosomes.
    ISCN_START = r"(?-i:(?:^|[\s:(=])([1-9]\d(?:~[1-9]\d)?(?:<\dn>)?,\s?(?:X{1,4}Y{0,3}|Y{1,2})(?:,|\[|c\b|$|\s|\.)))";
    /// The start of FISH written in ISCN, on nuclei or metaphases.
    ISH_START = r"(?-i:\b(nuc ish|ish)\b)";
}

/// A karyotype found in a clause.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Karyotype {
    pub span: Range<usize>,
    pub text: String,
    /// The chromosome count of the first abnormal clone (or the only clone).
    pub modal: Option<u32>,
    /// The distinct abnormalities of all clones.
    pub abnormalities: Vec<String>,
    /// Every clone is 46,XX or 46,XY.
    pub normal: bool,
}

impl Karyotype {
    /// Three or more abnormalities that are not only whole chromosomes gained.
    pub fn complex(&self) -> bool {
        let gains_only = self.abnormalities.iter().all(|a| is_whole_gain(a));
        self.abnormalities.len() >= 3 && !gains_only
    }
}

fn is_whole_gain(abnormality: &str) -> bool {
    abnormality.strip_prefix('+').is_some_and(|rest| {
        rest == "X" || rest == "Y" || (!rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit()))
    })
}

/// Where a FISH result in ISCN is: tokens inside it are not read.
pub(super) fn ish_spans(clause: &str) -> Vec<Range<usize>> {
    ISH_START
        .captures_iter(clause)
        .filter_map(|c| c.get(1))
        .map(|m| m.start()..extend(clause, m.end(), true))
        .collect()
}

/// Every karyotype in `clause`, and a sentence for each that could not be counted.
pub(super) fn find(clause: &str, diagnostics: &mut Vec<String>) -> Vec<Karyotype> {
    let mut found = Vec::new();
    for captures in ISCN_START.captures_iter(clause) {
        let Some(start) = captures.get(1).map(|m| m.start()) else { continue };
        if found.iter().any(|k: &Karyotype| k.span.contains(&start)) {
            continue;
        }
        let end = extend(clause, start, false);
        let text = clause[start..end].trim_end_matches(['.', ',', ';', ':']).to_string();
        match parse(&text) {
            Some((modal, abnormalities, normal)) => {
                found.push(Karyotype { span: start..start + text.len(), text, modal, abnormalities, normal })
            }
            None => diagnostics.push(format!("the karyotype \"{text}\" could not be read")),
        }
    }
    found
}

/// The end of ISCN text starting at `start`: its characters, spaces only inside brackets or
/// after a comma or slash (or first, when `leading_space`).
fn extend(clause: &str, start: usize, leading_space: bool) -> usize {
    let mut depth = 0i32;
    let mut previous = if leading_space { '/' } else { ' ' };
    let mut end = start;
    for (offset, c) in clause[start..].char_indices() {
        let allowed = c.is_ascii_alphanumeric() || "(),;.[]+-~/?:<>".contains(c);
        let space_ok = c == ' ' && (depth > 0 || previous == ',' || previous == '/');
        if !(allowed || space_ok) || (c == ' ' && previous == ' ') {
            break;
        }
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            break;
        }
        previous = c;
        end = start + offset + c.len_utf8();
    }
    end
}

/// The modal number, the distinct abnormalities and whether it is normal; `None` when the
/// brackets do not close or a clone has no sex chromosomes.
fn parse(text: &str) -> Option<(Option<u32>, Vec<String>, bool)> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let balanced = |open: char, close: char| compact.matches(open).count() == compact.matches(close).count();
    if !balanced('(', ')') || !balanced('[', ']') {
        return None;
    }
    let mut abnormalities: Vec<String> = Vec::new();
    let (mut first_count, mut abnormal_count) = (None, None);
    let mut previous_sex: Option<&str> = None;
    let mut normal = true;
    for clone in split_top(&compact, '/') {
        let clone = strip_cells(clone);
        let fields = split_top(clone, ',');
        let count: Option<u32> =
            fields.first().and_then(|f| f.split(['~', '<']).next().and_then(|n| n.parse().ok()));
        // "47,idem,+8": a clone described from the one before keeps its sex chromosomes.
        let derived = fields.get(1).is_some_and(|f| is_reference(f));
        let sex = if derived { previous_sex? } else { *fields.get(1)? };
        if sex.is_empty() || !sex.chars().all(|c| c == 'X' || c == 'Y' || c == 'c') {
            return None;
        }
        previous_sex = Some(sex);
        let first_own = if derived { 1 } else { 2 };
        let own: Vec<&str> = fields[first_own..]
            .iter()
            .copied()
            .filter(|a| !a.is_empty() && !is_reference(a))
            .filter(|a| !a.ends_with('c'))
            .collect();
        let clone_normal = own.is_empty() && count == Some(46) && matches!(sex, "XX" | "XY");
        first_count = first_count.or(count);
        if !clone_normal {
            abnormal_count = abnormal_count.or(count);
        }
        normal &= clone_normal;
        for abnormality in own {
            if !abnormalities.iter().any(|a| named(a) == named(abnormality)) {
                abnormalities.push(abnormality.to_string());
            }
        }
    }
    Some((abnormal_count.or(first_count), abnormalities, normal))
}

/// An abnormality without its bands, so that one clone's "t(9;22)(q34;q11.2)" and the next
/// clone's "t(9;22)" count once.
fn named(abnormality: &str) -> &str {
    match abnormality.find(")(") {
        Some(i) => &abnormality[..=i],
        None => abnormality,
    }
}

/// "idem", "sl", "sdl1": the clone before, named instead of written again.
fn is_reference(field: &str) -> bool {
    matches!(field, "idem" | "sl" | "sdl" | "sdl1" | "sdl2")
}

/// A clone without its cell count: "47,XY,+8[12]" → "47,XY,+8".
fn strip_cells(clone: &str) -> &str {
    match clone.rfind('[') {
        Some(i) if clone.ends_with(']') => &clone[..i],
        _ => clone,
    }
}

/// `text` split at `separator` outside brackets; `None` pieces are never made.
fn split_top(text: &str, separator: char) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            c if c == separator && depth == 0 => {
                pieces.push(&text[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    pieces.push(&text[start..]);
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(clause: &str) -> Karyotype {
        let mut found = find(clause, &mut Vec::new());
        assert_eq!(found.len(), 1, "{clause}");
        found.remove(0)
    }

    #[test]
    fn karyotypes_are_found_and_counted() {
        let k = one("Karyotype: 46,XY,t(9;22)(q34;q11.2)[20]. Normal otherwise");
        assert_eq!(k.text, "46,XY,t(9;22)(q34;q11.2)[20]");
        assert_eq!((k.abnormalities.len(), k.normal, k.complex()), (1, false, false));
        let k = one("47,XX,+8,del(5)(q13q33),-7,t(3;3)(q21;q26.2)[15]/46,XX[5]");
        assert_eq!((k.abnormalities.len(), k.modal, k.complex()), (4, Some(47), true));
        let k = one("46,XX[20]");
        assert!(k.normal && !k.complex());
        let k = one("55,XY,+4,+6,+10,+14,+17,+18,+21,+21[12]/46,XY[8]");
        assert_eq!((k.modal, k.complex()), (Some(55), false));
        let k = one("46,XY,del(9)(p13)[6]/47,idem,+8,add(17)(p11.2)[10]/46,XY[4]");
        assert_eq!(k.abnormalities, ["del(9)(p13)", "+8", "add(17)(p11.2)"]);
        // The same translocation in two clones, once with its bands, counts once.
        let k = one("46,XY,t(9;22)(q34;q11.2)[4]/47,XY,+der(22)t(9;22),t(9;22)[16]");
        assert_eq!((k.abnormalities.len(), k.complex()), (2, false));
        let k = one("47,XY, +21c,t(12;21)(p13;q22)[20]");
        assert_eq!(k.abnormalities, ["t(12;21)(p13;q22)"]);
    }

    #[test]
    fn broken_karyotypes_are_said_not_read() {
        let mut diagnostics = Vec::new();
        assert!(find("46,XY,t(9;22)(q34;q11.2[20]", &mut diagnostics).len() <= 1);
        assert!(find("46, blah", &mut diagnostics).is_empty());
    }
}
