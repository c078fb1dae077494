//! The first few bytes a pattern's matches can begin with, gathered for many patterns into one
//! trie, so a search over a set tries at each place only the patterns whose beginnings fit the
//! text there. Two bytes (the old filter) still left most English words starting a pattern
//! ("co" for "complete", "re" for "relapsed"); a few more leave almost none.

use super::chars::ByteSet;
use super::program::{Inst, Program, Walker};

/// How many bytes of each beginning the trie holds.
pub(crate) const DEPTH: usize = 5;

/// A set with more members than this ends a beginning after its first byte: `\w`, `\d`,
/// `[^;]` would branch too much.
const SMALL_SET: usize = 12;

/// More beginnings than this for one pattern, and it is gathered again one byte shorter.
const MOST: usize = 1024;

/// Letters are held and looked up in lower case: the trie may offer a pattern where only
/// its other case fits, and the pattern's own run then says no.
fn fold(byte: u8) -> u8 {
    byte.to_ascii_lowercase()
}

/// The beginnings of `program`'s matches away from the start of the text, as folded bytes,
/// each at most `depth` long. Every such match begins with one of them; an empty one means a
/// match may begin anywhere.
fn beginnings(program: &Program, depth: usize) -> Option<Vec<Vec<u8>>> {
    let mut out = Vec::new();
    let mut todo = vec![(0u32, Vec::new())];
    let mut walker = Walker::new(program);
    let mut places = Vec::new();
    while let Some((pc, bytes)) = todo.pop() {
        // A `^` ends a path, since the trie is asked only away from the start of the text (at
        // the start every pattern is tried); other look-arounds are passed over: a beginning
        // may fit where the pattern, run, then fails.
        places.clear();
        if walker.reach(program, pc, true, |place| places.push(place)) {
            out.push(bytes.clone());
        }
        for &place in &places {
            let Inst::Set(set) = program.insts[place as usize] else { continue };
            let set = &program.sets[set as usize];
            let Some(members) = set.members(SMALL_SET) else {
                // A big set still says which bytes its characters can begin with.
                let mut first = ByteSet::default();
                set.first_bytes(&mut first);
                let folded = (0..=255u8).filter(|b| first.contains(*b)).map(fold);
                out.extend(folded.map(|b| [bytes.as_slice(), &[b]].concat()));
                continue;
            };
            let mut encodings: Vec<Vec<u8>> =
                members.iter().map(|c| c.encode_utf8(&mut [0; 4]).bytes().map(fold).collect()).collect();
            encodings.sort_unstable();
            encodings.dedup();
            for encoding in encodings {
                let mut longer = bytes.clone();
                longer.extend(encoding);
                if longer.len() >= depth {
                    longer.truncate(depth);
                    out.push(longer);
                } else {
                    todo.push((place + 1, longer));
                }
            }
        }
        if out.len() + todo.len() > MOST {
            return None;
        }
    }
    out.sort_unstable();
    out.dedup();
    Some(out)
}

/// Beginnings of many patterns: each node lists the patterns one of whose beginnings ends
/// there.
#[derive(Debug, Clone)]
pub(crate) struct Trie {
    /// The root's children by byte, dense, since every place in a text asks it.
    root: Vec<u32>,
    /// Whether a beginning can start with this byte (in either case), so a search can run
    /// past the places none does in a tight loop.
    begins: ByteSet,
    nodes: Vec<Node>,
}

#[derive(Debug, Clone, Default)]
struct Node {
    edges: Vec<(u8, u32)>,
    patterns: Vec<u16>,
}

/// Marks a missing child of the root.
const NONE: u32 = u32::MAX;

impl Trie {
    /// The beginnings of one pattern's matches.
    pub(crate) fn of(program: &Program) -> Trie {
        let all = (1..=DEPTH).rev().find_map(|depth| beginnings(program, depth)).unwrap_or(vec![Vec::new()]);
        let mut trie = Trie::empty();
        for bytes in &all {
            // A beginning that extends a shorter one of the same pattern adds nothing.
            let shorter =
                (0..bytes.len()).any(|n| all.binary_search_by(|b| b.as_slice().cmp(&bytes[..n])).is_ok());
            if !shorter {
                trie.insert(bytes, 0);
            }
        }
        trie.finish()
    }

    /// The beginnings of many patterns, numbered in order, from each pattern's own trie (so
    /// no pattern's beginnings are worked out twice).
    pub(crate) fn merge(singles: &[&Trie]) -> Trie {
        let mut trie = Trie::empty();
        for (index, single) in singles.iter().enumerate() {
            let mut todo = vec![(0u32, Vec::new())];
            while let Some((node, bytes)) = todo.pop() {
                let here = &single.nodes[node as usize];
                if !here.patterns.is_empty() {
                    trie.insert(&bytes, index as u16);
                }
                let children: Vec<(u8, u32)> = if node == 0 {
                    (0..=255u8)
                        .map(|b| (b, single.root[usize::from(b)]))
                        .filter(|(_, n)| *n != NONE)
                        .collect()
                } else {
                    here.edges.clone()
                };
                todo.extend(
                    children.into_iter().map(|(byte, child)| (child, [bytes.as_slice(), &[byte]].concat())),
                );
            }
        }
        trie.finish()
    }

    fn empty() -> Trie {
        Trie { root: vec![NONE; 256], begins: ByteSet::default(), nodes: vec![Node::default()] }
    }

    /// Notes which bytes a beginning can start with, once every beginning is in.
    fn finish(mut self) -> Trie {
        for byte in 0..=255u8 {
            if !self.nodes[0].patterns.is_empty() || self.root[usize::from(fold(byte))] != NONE {
                self.begins.insert(byte);
            }
        }
        self
    }

    /// How many bytes from the start of `rest` no beginning starts at (all of them if none
    /// does), so a search can go straight to the next place worth asking about.
    pub(crate) fn skip(&self, rest: &[u8]) -> usize {
        rest.iter().position(|b| self.begins.contains(*b)).unwrap_or(rest.len())
    }

    fn insert(&mut self, bytes: &[u8], pattern: u16) {
        let mut node = 0usize;
        for (k, &byte) in bytes.iter().enumerate() {
            let existing = if k == 0 {
                Some(self.root[usize::from(byte)]).filter(|n| *n != NONE)
            } else {
                self.nodes[node].edges.iter().find(|(b, _)| *b == byte).map(|(_, n)| *n)
            };
            let next = match existing {
                Some(next) => next,
                None => {
                    let next = self.nodes.len() as u32;
                    self.nodes.push(Node::default());
                    if k == 0 {
                        self.root[usize::from(byte)] = next;
                    } else {
                        self.nodes[node].edges.push((byte, next));
                    }
                    next
                }
            };
            node = next as usize;
        }
        self.nodes[node].patterns.push(pattern);
    }

    /// Whether one of the beginnings fits the text at `at`, which is not 0.
    pub(crate) fn fits(&self, bytes: &[u8], at: usize) -> bool {
        let mut fits = false;
        self.walk(bytes, at, |patterns| {
            fits = !patterns.is_empty();
            fits
        });
        fits
    }

    /// The patterns one of whose beginnings the text at `at` (not 0) begins with, each once.
    pub(crate) fn candidates(&self, bytes: &[u8], at: usize, out: &mut Vec<u16>) {
        out.clear();
        self.walk(bytes, at, |patterns| {
            out.extend_from_slice(patterns);
            false
        });
    }

    /// Calls `visit` with the patterns of each node the text at `at` passes through, from the
    /// root, until it returns true or the text leaves the trie.
    fn walk(&self, bytes: &[u8], at: usize, mut visit: impl FnMut(&[u16]) -> bool) {
        let root = &self.nodes[0].patterns;
        if !root.is_empty() && visit(root) {
            return;
        }
        let mut rest = bytes.get(at..).unwrap_or_default().iter().map(|b| fold(*b));
        let Some(first) = rest.next() else { return };
        let mut node = self.root[usize::from(first)];
        while node != NONE {
            let here = &self.nodes[node as usize];
            if !here.patterns.is_empty() && visit(&here.patterns) {
                return;
            }
            let Some(byte) = rest.next() else { return };
            node = here.edges.iter().find(|(b, _)| *b == byte).map_or(NONE, |(_, n)| *n);
        }
    }
}
