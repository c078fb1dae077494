//! Compiles the engine's patterns with the `regex` crate, all in one mode, and searches a text
//! with a whole phrase table at once.
/*!
Every pattern is built with Unicode mode off, so `\b`, `\w`, `\d`, `\s` and `(?i)` are the
ASCII versions. Our words are ASCII; criteria are full of `≥`, `–` and accented names, which
patterns still match as literal text. Unicode mode stays available per group with `(?u:…)`,
which a pattern needs where a class or `.` could otherwise match half a character: negated
classes such as `(?u-i:[^0-9;])`, and classes holding non-ASCII characters. Leaving Unicode
mode off also leaves the crate's Unicode tables out of the page (ARCHITECTURE.md has the sizes
and times that chose the crate's features).
*/

use std::ops::Range;
use std::sync::OnceLock;

use regex::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};

/// Compiles one pattern in the engine's mode.
pub fn compile(source: &str) -> Result<Regex, regex::Error> {
    RegexBuilder::new(source).unicode(false).build()
}

/// A phrase table searched together: one pass over a text says which patterns match, and
/// only those are searched again for their places.
/// Each pattern on its own is compiled when the set first finds it: compiling all 84 of the
/// lexicon's up front took longer (28 ms natively) than the set itself (19 ms), in one task of
/// the page.
#[derive(Debug, Clone)]
pub struct PhraseSet {
    set: RegexSet,
    sources: Vec<String>,
    patterns: Vec<OnceLock<Regex>>,
}

impl PhraseSet {
    pub fn new<'a>(sources: impl IntoIterator<Item = &'a str> + Clone) -> Result<PhraseSet, regex::Error> {
        let set = RegexSetBuilder::new(sources.clone()).unicode(false).dfa_size_limit(32 << 20).build()?;
        let sources: Vec<String> = sources.into_iter().map(str::to_owned).collect();
        let patterns = sources.iter().map(|_| OnceLock::new()).collect();
        Ok(PhraseSet { set, sources, patterns })
    }

    /// Pattern `index` on its own. It compiled as part of the set, so it compiles alone.
    pub fn get(&self, index: usize) -> &Regex {
        self.patterns[index].get_or_init(|| compile(&self.sources[index]).expect("compiled in its set"))
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
        self.set
            .matches(text)
            .iter()
            .flat_map(|index| self.get(index).find_iter(text).map(move |m| (index, m.range())))
            .collect()
    }
}

/// Whether some match of `source` (in the engine's mode) could contain `c`; `false` for a
/// pattern that does not parse.
pub fn can_match_char(source: &str, c: char) -> bool {
    use regex_syntax::hir::{Class, Hir, HirKind};
    fn walk(hir: &Hir, c: char) -> bool {
        match hir.kind() {
            HirKind::Literal(literal) => std::str::from_utf8(&literal.0).is_ok_and(|s| s.contains(c)),
            HirKind::Class(Class::Unicode(class)) => {
                class.ranges().iter().any(|r| r.start() <= c && c <= r.end())
            }
            HirKind::Class(Class::Bytes(class)) => {
                u8::try_from(c).is_ok_and(|b| class.ranges().iter().any(|r| r.start() <= b && b <= r.end()))
            }
            HirKind::Repetition(repetition) => walk(&repetition.sub, c),
            HirKind::Capture(capture) => walk(&capture.sub, c),
            HirKind::Concat(parts) | HirKind::Alternation(parts) => parts.iter().any(|h| walk(h, c)),
            HirKind::Empty | HirKind::Look(_) => false,
        }
    }
    regex_syntax::ParserBuilder::new().unicode(false).build().parse(source).is_ok_and(|hir| walk(&hir, c))
}

/// Declares pattern statics, each compiled on first use, a function giving a step that
/// compiles each (for warming up), and (for tests) a function listing them, so a test can
/// compile every pattern the engine uses.
macro_rules! patterns {
    (sources = $list:ident; warm = $warm:ident; $( $(#[$doc:meta])* $name:ident = $source:expr; )*) => {
        $(
            $(#[$doc])*
            static $name: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
                $crate::pattern::compile(AsRef::<str>::as_ref(&$source))
                    .expect(concat!(stringify!($name), " compiles"))
            });
        )*
        /// A step per pattern of this block that compiles it, for [`crate::reading::warm_up`].
        pub(crate) fn $warm() -> Vec<fn()> {
            vec![$(|| { std::sync::LazyLock::force(&$name); }),*]
        }
        /// The patterns of this block, by name, for tests that check them all.
        #[cfg(test)]
        pub(crate) fn $list() -> Vec<(&'static str, String)> {
            vec![$((stringify!($name), $source.to_string())),*]
        }
    };
}
pub(crate) use patterns;

#[cfg(test)]
mod tests {
    use super::*;

    /// Every pattern the engine uses compiles (a static would otherwise fail on first use).
    #[test]
    fn every_pattern_compiles() {
        let named = [
            crate::reading::pattern_sources(),
            crate::criteria::pattern_sources(),
            crate::report::pattern_sources(),
        ];
        for (name, source) in named.into_iter().flatten() {
            assert!(compile(&source).is_ok(), "{name}: {:?}", compile(&source).err());
        }
        let phrases = crate::lexicon::PHRASES.iter().map(|(_, p)| p);
        for source in phrases {
            assert!(compile(&format!("(?i){source}")).is_ok(), "{source}");
        }
    }

    /// The warm-up compiles every pattern block the reader and the splitter have (a block left
    /// out would compile during the first trial read, a long task in the page), plus the
    /// lexicon in five steps.
    #[test]
    fn the_warm_up_covers_every_pattern() {
        let steps = crate::reading::warm_up();
        let patterns = crate::reading::pattern_sources().len() + crate::criteria::pattern_sources().len();
        assert_eq!(steps.len(), patterns + 5);
        for step in steps {
            step();
        }
    }

    #[test]
    fn the_mode_is_ascii_with_unicode_where_asked() {
        let word = compile(r"\bna(?:i|ï)ve\b").unwrap();
        assert!(word.is_match("treatment-naïve patients"));
        assert!(!compile(r"\w").unwrap().is_match("é"), "\\w is ASCII");
        assert!(compile(r"(?i)aml").unwrap().is_match("AML"));
        assert!(compile(r"(?u-i:[^0-9;]){3}").unwrap().is_match("≥ a"));
        // A Unicode-mode class that could match part of a character is refused, not misread.
        assert!(compile(r"[^0-9]").is_err());
    }

    #[test]
    fn a_phrase_set_finds_what_each_pattern_finds() {
        let set = PhraseSet::new(["(?i)aml", r"\bCR\d?\b", "x+"]).unwrap();
        let text = "AML in CR1 or cr; aml again, xx";
        assert_eq!(set.find_all(text), vec![(0, 0..3), (0, 18..21), (1, 7..10), (2, 29..31)]);
    }

    #[test]
    fn characters_a_pattern_can_match() {
        assert!(can_match_char(r"t\(9;\s?22\)", ';'));
        assert!(can_match_char(r"(?u-i:[^0-9])", ';'));
        assert!(!can_match_char(r"\bAML\b|[a-z]+", ';'));
    }
}
