//! The engine's own small pattern matcher, which reads the phrase tables and the number
//! patterns. It replaced the `regex` crate, which was a third of the page's download, for the
//! few features the tables use; tests check it against that crate, match for match.
/*!
Semantics, all as in the `regex` crate's Unicode mode except `\b`:

* `\b` and `\B` are ASCII word boundaries (our words are ASCII; criteria are full of `≥` and
  accented names, and a Unicode boundary there would change nothing we read).
* `\w`, `\d`, `\s` are the Unicode classes; `(?i)` is Unicode simple case folding.
* Alternatives are tried in the order written and the first match wins (leftmost-first).
* A pattern that the parser does not know is an error, never a different meaning.
*/

mod chars;
mod parse;
mod prefixes;
mod program;
mod run;
mod tables;
#[cfg(test)]
mod tests;

use std::cell::RefCell;
use std::ops::Range;

#[cfg(test)]
use chars::CharSet;
pub use parse::PatternError;
use prefixes::Trie;
use program::Program;
use run::{run_at, Scratch};

/// One compiled pattern.
#[derive(Debug, Clone)]
pub struct Pattern {
    program: Program,
    /// The first few bytes its matches can begin with.
    beginnings: Trie,
}

/// Where a match or a group matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Found<'t> {
    pub fn start(&self) -> usize {
        self.start
    }

    pub fn end(&self) -> usize {
        self.end
    }

    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    pub fn as_str(&self) -> &'t str {
        &self.text[self.start..self.end]
    }
}

/// The groups of one match; group 0 is the whole match.
#[derive(Debug, Clone)]
pub struct Captures<'t> {
    text: &'t str,
    slots: Vec<Option<usize>>,
}

impl<'t> Captures<'t> {
    pub fn get(&self, group: usize) -> Option<Found<'t>> {
        let start = (*self.slots.get(2 * group)?)?;
        let end = (*self.slots.get(2 * group + 1)?)?;
        Some(Found { text: self.text, start, end })
    }

    /// The number of groups, counting group 0.
    pub fn len(&self) -> usize {
        self.slots.len() / 2
    }

    pub fn is_empty(&self) -> bool {
        false
    }

    pub fn iter(&self) -> impl Iterator<Item = Option<Found<'t>>> + '_ {
        (0..self.len()).map(|g| self.get(g))
    }
}

impl Pattern {
    pub fn new(pattern: &str) -> Result<Pattern, PatternError> {
        let parsed = parse::parse(pattern)?;
        let program = program::compile(&parsed.node, parsed.groups);
        Ok(Pattern { beginnings: Trie::of(&program), program })
    }

    pub fn is_match(&self, text: &str) -> bool {
        with_scratch(|scratch| self.search(text, 0, scratch).is_some())
    }

    pub fn find<'t>(&self, text: &'t str) -> Option<Found<'t>> {
        let (start, end) = with_scratch(|scratch| self.search(text, 0, scratch))?;
        Some(Found { text, start, end })
    }

    pub fn captures<'t>(&self, text: &'t str) -> Option<Captures<'t>> {
        with_scratch(|scratch| {
            self.search(text, 0, scratch)?;
            Some(Captures { text, slots: scratch.slots.clone() })
        })
    }

    /// Every match, left to right, none overlapping. After an empty match the next search
    /// starts one character on, as in the `regex` crate.
    pub fn find_iter<'p, 't>(&'p self, text: &'t str) -> impl Iterator<Item = Found<'t>> + 'p
    where
        't: 'p,
    {
        let mut scratch = Scratch::default();
        let mut at = 0;
        let mut last_end = None;
        std::iter::from_fn(move || loop {
            if at > text.len() {
                return None;
            }
            let (start, end) = self.search(text, at, &mut scratch)?;
            if start == end && last_end == Some(end) {
                at = end + 1;
                continue;
            }
            at = end;
            last_end = Some(end);
            return Some(Found { text, start, end });
        })
    }

    /// The instructions run to find every match in `text`: the work a search costs.
    #[cfg(test)]
    pub(crate) fn steps(&self, text: &str) -> usize {
        let mut scratch = Scratch::default();
        let mut at = 0;
        while let Some((start, end)) = self.search(text, at, &mut scratch) {
            at = if end > start { end } else { end + 1 };
            if at > text.len() {
                break;
            }
        }
        scratch.steps
    }

    /// Whether some match could contain `c`.
    pub fn can_match_char(&self, c: char) -> bool {
        self.program.sets.iter().any(|set| set.contains(c))
    }

    /// The leftmost match starting at or after `from`.
    fn search(&self, text: &str, from: usize, scratch: &mut Scratch) -> Option<(usize, usize)> {
        let program = &self.program;
        let found = |scratch: &Scratch| Some((scratch.slots[0]?, scratch.slots[1]?));
        let bytes = text.as_bytes();
        let rest = bytes.get(from..).unwrap_or_default();
        if !program.required.iter().all(|b| rest.contains(b)) {
            return None;
        }
        let mut at = from;
        while at <= bytes.len() {
            if at > 0 {
                if program.anchored {
                    return None;
                }
                at += self.beginnings.skip(&bytes[at..]);
            }
            let starts = if at == 0 { &program.at_start } else { &program.elsewhere };
            if may_start(starts, text, at)
                && (at == 0 || self.beginnings.fits(bytes, at))
                && run_at(program, text, at, scratch)
            {
                return found(scratch);
            }
            at += 1;
        }
        None
    }
}

thread_local! {
    /// Buffers shared by the searches of one thread, so a search does not allocate.
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

fn with_scratch<R>(f: impl FnOnce(&mut Scratch) -> R) -> R {
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => f(&mut scratch),
        Err(_) => f(&mut Scratch::default()),
    })
}

/// Whether a match could start at `at`, judged by the byte there and the next one. A
/// continuation byte is never a first byte, so this also keeps to character boundaries.
fn may_start(starts: &program::Starts, text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    let Some(first) = &starts.first else { return text.is_char_boundary(at) };
    let Some(&byte) = bytes.get(at) else { return false };
    first.contains(byte)
        && match (&starts.second, bytes.get(at + 1)) {
            (Some(second), Some(next)) => second.contains(*next),
            _ => true,
        }
}

/// Many patterns searched together: each keeps its own matches, as if searched alone, but
/// one pass over the text tries only the patterns whose first few bytes fit each place.
#[derive(Debug, Clone)]
pub struct PatternSet {
    patterns: Vec<Pattern>,
    beginnings: Trie,
}

/// A pattern of a set that could not be used: its index and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetError {
    pub index: usize,
    pub error: PatternError,
}

impl PatternSet {
    /// Compiles the patterns; each must need at least one character to match.
    pub fn new<'a>(patterns: impl IntoIterator<Item = &'a str>) -> Result<PatternSet, SetError> {
        let mut compiled = Vec::new();
        for (index, text) in patterns.into_iter().enumerate() {
            if index > usize::from(u16::MAX) {
                return Err(SetError { index, error: PatternError { at: 0, reason: "too many patterns" } });
            }
            let pattern = Pattern::new(text).map_err(|error| SetError { index, error })?;
            if pattern.program.elsewhere.first.is_none() || pattern.program.at_start.first.is_none() {
                let error = PatternError { at: 0, reason: "a pattern that can match nothing" };
                return Err(SetError { index, error });
            }
            compiled.push(pattern);
        }
        let singles: Vec<&Trie> = compiled.iter().map(|p| &p.beginnings).collect();
        let beginnings = Trie::merge(&singles);
        Ok(PatternSet { patterns: compiled, beginnings })
    }

    pub fn get(&self, index: usize) -> &Pattern {
        &self.patterns[index]
    }

    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// Every match of every pattern as `(pattern, range)`, ordered by pattern and then by
    /// start: for each pattern, exactly what its own `find_iter` gives.
    pub fn find_all(&self, text: &str) -> Vec<(usize, Range<usize>)> {
        with_scratch(|scratch| self.find_all_with(text, scratch))
    }

    fn find_all_with(&self, text: &str, scratch: &mut Scratch) -> Vec<(usize, Range<usize>)> {
        let bytes = text.as_bytes();
        let mut next = vec![0usize; self.patterns.len()];
        let mut found = Vec::new();
        let mut candidates = Vec::new();
        let mut at = 0;
        while at < bytes.len() {
            if at == 0 {
                candidates = (0..self.patterns.len() as u16).collect();
            } else {
                self.beginnings.candidates(bytes, at, &mut candidates);
            }
            for &index in &candidates {
                let index = usize::from(index);
                let pattern = &self.patterns[index];
                let program = &pattern.program;
                if at < next[index] {
                    continue;
                }
                let starts = if at == 0 { &program.at_start } else { &program.elsewhere };
                if may_start(starts, text, at) && run_at(program, text, at, scratch) {
                    if let (Some(start), Some(end)) = (scratch.slots[0], scratch.slots[1]) {
                        next[index] = end;
                        found.push((index, start..end));
                    }
                }
            }
            at += 1;
        }
        crate::order::sort_by_key(&mut found, |(index, range)| (*index, range.start));
        found
    }
}

/// Declares pattern statics, each compiled on first use, and (for tests) a function listing
/// them, so tests can check every pattern the engine uses.
macro_rules! patterns {
    (sources = $list:ident; $( $(#[$doc:meta])* $name:ident = $source:expr; )*) => {
        $(
            $(#[$doc])*
            static $name: std::sync::LazyLock<$crate::pattern::Pattern> = std::sync::LazyLock::new(|| {
                $crate::pattern::Pattern::new(AsRef::<str>::as_ref(&$source))
                    .expect(concat!(stringify!($name), " compiles"))
            });
        )*
        /// The patterns of this block, by name, for tests that check them all.
        #[cfg(test)]
        pub(crate) fn $list() -> Vec<(&'static str, String)> {
            vec![$((stringify!($name), $source.to_string())),*]
        }
    };
}
pub(crate) use patterns;
