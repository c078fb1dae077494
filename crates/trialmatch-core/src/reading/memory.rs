//! What a reader remembers between trials: readings of texts (criteria, condition names,
//! title pieces) seen more than once, so a repeated text is read once.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, RandomState};

/// How many distinct texts are remembered before memory starts afresh: enough for the
/// boilerplate shared by thousands of trials, bounded so a huge catalog cannot grow it forever.
const REMEMBERED: usize = 20_000;

/// Readings by text, kept from a text's second sighting on: most lines of a registry record
/// are its own, and storing every one costs more than reading it again.
#[derive(Debug, Clone, Default)]
pub(crate) struct Memory<V> {
    hasher: RandomState,
    /// Hashes of texts seen once; a collision only means a text is kept a sighting early.
    seen: HashSet<u64>,
    known: HashMap<String, V>,
}

impl<V: Default> Memory<V> {
    /// The slot kept for `text`, or `None` when it is seen for the first time.
    pub(crate) fn slot(&mut self, text: &str) -> Option<&mut V> {
        if self.known.contains_key(text) {
            return self.known.get_mut(text);
        }
        if self.seen.insert(self.hasher.hash_one(text)) {
            if self.seen.len() > 10 * REMEMBERED {
                self.seen.clear();
            }
            return None;
        }
        if self.known.len() >= REMEMBERED {
            self.known.clear();
        }
        Some(self.known.entry(text.to_owned()).or_default())
    }
}
