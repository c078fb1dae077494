//! Sets of characters for the pattern matcher: ASCII as a bitmap, everything else as sorted
//! ranges, with the Unicode classes (`\w`, `\d`, `\s`) and the case folding the phrase tables
//! rely on. They match exactly what the `regex` crate's Unicode mode matches (a test compares
//! them), so moving off that crate changed no reading.

use std::sync::LazyLock;

use super::tables;

/// An inclusive range of characters.
type Range = (char, char);

/// A set of characters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct CharSet {
    ascii: u128,
    /// Non-ASCII members as sorted, merged, inclusive ranges.
    ranges: Vec<Range>,
}

/// Ranges longer than this are left unfolded: only the big Unicode classes have them, and
/// they are closed under case folding already.
const FOLD_LIMIT: u32 = 256;

impl CharSet {
    pub(crate) fn single(c: char) -> CharSet {
        let mut set = CharSet::default();
        set.add(c, c);
        set.normalize();
        set
    }

    /// `\w`, `\d` or `\s` in Unicode mode.
    pub(crate) fn perl(class: char) -> Option<CharSet> {
        let (ascii, table): (&[Range], &[Range]) = match class {
            'w' => (&[('0', '9'), ('A', 'Z'), ('_', '_'), ('a', 'z')], tables::WORD),
            'd' => (&[('0', '9')], tables::DIGIT),
            's' => (&[('\t', '\r'), (' ', ' ')], tables::SPACE),
            _ => return None,
        };
        let mut set = CharSet::default();
        for &(a, b) in ascii.iter().chain(table) {
            set.add(a, b);
        }
        set.normalize();
        Some(set)
    }

    /// Every character but `\n`, which is what `.` matches.
    pub(crate) fn dot() -> CharSet {
        let mut set = CharSet::single('\n');
        set.negate();
        set
    }

    /// Adds a range; call [`CharSet::normalize`] once all are added.
    pub(crate) fn add(&mut self, a: char, b: char) {
        let (a, b) = (a.min(b), a.max(b));
        for c in (a as u32)..=(b as u32).min(127) {
            self.ascii |= 1 << c;
        }
        if b as u32 >= 128 {
            self.ranges.push((a.max('\u{80}'), b));
        }
    }

    pub(crate) fn union(&mut self, other: &CharSet) {
        self.ascii |= other.ascii;
        self.ranges.extend_from_slice(&other.ranges);
        self.normalize();
    }

    /// Sorts and merges the ranges.
    pub(crate) fn normalize(&mut self) {
        self.ranges.sort_unstable();
        let mut merged: Vec<(char, char)> = Vec::with_capacity(self.ranges.len());
        for &(a, b) in &self.ranges {
            match merged.last_mut() {
                Some(last) if next(last.1).is_none_or(|n| a <= n) => last.1 = last.1.max(b),
                _ => merged.push((a, b)),
            }
        }
        self.ranges = merged;
    }

    /// Every character not in the set.
    pub(crate) fn negate(&mut self) {
        self.ascii = !self.ascii;
        let mut gaps = Vec::new();
        let mut from = Some('\u{80}');
        for &(a, b) in &self.ranges {
            if let Some(start) = from {
                if start < a {
                    gaps.push((start, previous(a)));
                }
            }
            from = next(b);
        }
        if let Some(start) = from {
            gaps.push((start, char::MAX));
        }
        self.ranges = gaps;
    }

    /// Adds every character that is the same letter in another case (simple case folding).
    pub(crate) fn fold_case(&mut self) {
        let mut added = Vec::new();
        for &(a, b) in &self.ranges {
            if b as u32 - a as u32 >= FOLD_LIMIT {
                continue;
            }
            for c in (a as u32..=b as u32).filter_map(char::from_u32) {
                added.extend(partners(c));
            }
        }
        for c in ascii_members(self.ascii) {
            added.extend_from_slice(&ASCII_PARTNERS[usize::from(c)]);
        }
        for c in added {
            if c.is_ascii() {
                self.ascii |= 1 << c as u32;
            } else {
                self.ranges.push((c, c));
            }
        }
        self.normalize();
    }

    pub(crate) fn contains(&self, c: char) -> bool {
        if c.is_ascii() {
            // Two 64-bit halves: a variable shift of all 128 bits is a library call.
            let c = c as u32;
            let half = if c < 64 { self.ascii as u64 } else { (self.ascii >> 64) as u64 };
            return (half >> (c % 64)) & 1 != 0;
        }
        let at = self.ranges.partition_point(|(_, b)| *b < c);
        self.ranges.get(at).is_some_and(|(a, _)| *a <= c)
    }

    /// Marks every byte that can start a member's UTF-8 encoding.
    pub(crate) fn first_bytes(&self, bytes: &mut ByteSet) {
        // ASCII characters are their own bytes, and both sets keep them as bits in order.
        bytes.0[0] |= self.ascii as u64;
        bytes.0[1] |= (self.ascii >> 64) as u64;
        for &(a, b) in &self.ranges {
            let lead = |c: char| c.encode_utf8(&mut [0; 4]).as_bytes()[0];
            for byte in lead(a)..=lead(b) {
                bytes.insert(byte);
            }
        }
    }

    /// Every member, if there are at most `most` of them.
    pub(crate) fn members(&self, most: usize) -> Option<Vec<char>> {
        let mut out: Vec<char> = ascii_members(self.ascii).map(char::from).collect();
        for &(a, b) in &self.ranges {
            if out.len() + (b as usize - a as usize) >= most {
                return None;
            }
            out.extend(a..=b);
        }
        (out.len() <= most).then_some(out)
    }

    /// The one ASCII character in the set, if that is all it holds.
    pub(crate) fn single_ascii(&self) -> Option<u8> {
        (self.ranges.is_empty() && self.ascii.count_ones() == 1).then(|| self.ascii.trailing_zeros() as u8)
    }

    pub(crate) fn has_ascii(&self) -> bool {
        self.ascii != 0
    }

    pub(crate) fn has_non_ascii(&self) -> bool {
        !self.ranges.is_empty()
    }

    /// The members as sorted inclusive ranges (ASCII ones included), for comparing classes.
    #[cfg(test)]
    pub(crate) fn ranges(&self) -> Vec<(char, char)> {
        let mut all = CharSet { ascii: 0, ranges: Vec::new() };
        for c in 0u8..128 {
            if self.ascii & (1 << c) != 0 {
                all.ranges.push((c as char, c as char));
            }
        }
        all.ranges.extend_from_slice(&self.ranges);
        all.normalize();
        all.ranges
    }
}

/// The ASCII characters whose bits are set, in order.
fn ascii_members(mut bits: u128) -> impl Iterator<Item = u8> {
    std::iter::from_fn(move || {
        let c = bits.trailing_zeros();
        bits &= bits.wrapping_sub(1);
        (c < 128).then_some(c as u8)
    })
}

/// The other-case forms of each ASCII character, worked out once: the phrase patterns fold
/// thousands of letters.
static ASCII_PARTNERS: LazyLock<Vec<Vec<char>>> =
    LazyLock::new(|| (0u8..128).map(|c| partners(char::from(c))).collect());

/// The other-case forms of one character under simple case folding: its one-to-one case
/// mappings, plus the few partners those miss (KELVIN SIGN, final sigma, ...) and less the
/// few they add wrongly (dotless i is not a form of I), from two small tables.
fn partners(c: char) -> Vec<char> {
    let at = tables::FOLD_EXTRA.partition_point(|(k, _)| *k < c);
    let extra = tables::FOLD_EXTRA[at..].iter().take_while(|(k, _)| *k == c).map(|(_, p)| *p);
    let mut out = mapped_partners(c);
    out.retain(|m| tables::FOLD_WRONG.binary_search(&(c, *m)).is_err());
    out.extend(extra);
    out.sort_unstable();
    out.dedup();
    out
}

/// The one-to-one case mappings alone, which the two tables correct.
pub(crate) fn mapped_partners(c: char) -> Vec<char> {
    let mut out = Vec::new();
    for mapped in [one(c.to_lowercase()), one(c.to_uppercase())].into_iter().flatten() {
        out.push(mapped);
        out.extend(one(mapped.to_lowercase()));
        out.extend(one(mapped.to_uppercase()));
    }
    out.retain(|m| *m != c);
    out.sort_unstable();
    out.dedup();
    out
}

/// The single character a case mapping gives, if it gives exactly one.
fn one(mut mapping: impl Iterator<Item = char>) -> Option<char> {
    let first = mapping.next()?;
    mapping.next().is_none().then_some(first)
}

fn next(c: char) -> Option<char> {
    match c {
        '\u{D7FF}' => Some('\u{E000}'),
        char::MAX => None,
        _ => char::from_u32(c as u32 + 1),
    }
}

fn previous(c: char) -> char {
    match c {
        '\u{E000}' => '\u{D7FF}',
        _ => char::from_u32(c as u32 - 1).unwrap_or(c),
    }
}

/// A set of bytes: which bytes may begin (or follow the first character of) a match.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct ByteSet([u64; 4]);

impl ByteSet {
    pub(crate) fn insert(&mut self, b: u8) {
        self.0[usize::from(b >> 6)] |= 1 << (b & 63);
    }

    pub(crate) fn contains(&self, b: u8) -> bool {
        self.0[usize::from(b >> 6)] & (1 << (b & 63)) != 0
    }
}
