//! What a reader remembers between trials: readings of texts (criteria, condition names,
//! title pieces) seen more than once, so a repeated text is read once.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};

/// How many distinct texts are remembered before memory starts afresh: enough for the
/// boilerplate shared by thousands of trials, bounded so a huge catalog cannot grow it forever.
const REMEMBERED: usize = 20_000;

/// Readings by text, kept from a text's second sighting on: most lines of a registry record
/// are its own, and storing every one costs more than reading it again.
#[derive(Debug, Clone, Default)]
pub(crate) struct Memory<V> {
    hasher: Quick,
    /// Hashes of texts seen once; a collision only means a text is kept a sighting early.
    seen: HashSet<u64, Quick>,
    known: HashMap<String, V, Quick>,
}

impl<V: Default> Memory<V> {
    /// The slot kept for `text`, or `None` when it is seen for the first time. A first
    /// sighting, the common case, costs one hash.
    pub(crate) fn slot(&mut self, text: &str) -> Option<&mut V> {
        if self.seen.insert(self.hasher.hash_one(text)) {
            if self.seen.len() > 10 * REMEMBERED {
                self.seen.clear();
            }
            return None;
        }
        if !self.known.contains_key(text) {
            if self.known.len() >= REMEMBERED {
                self.known.clear();
            }
            self.known.insert(text.to_owned(), V::default());
        }
        self.known.get_mut(text)
    }
}

type Quick = BuildHasherDefault<QuickHasher>;

/// A quick hash of text, eight bytes at a time with FxHash's mix. Every criterion is hashed,
/// and with the standard SipHash that alone cost as much as memory saved on registry records;
/// resistance to chosen collisions buys nothing for a catalog's own text.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct QuickHasher(u64);

impl QuickHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for QuickHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for word in &mut words {
            self.add(u64::from_le_bytes(word.try_into().unwrap_or_default()));
        }
        let rest = words.remainder();
        if !rest.is_empty() {
            let mut eight = [0u8; 8];
            eight[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(eight) ^ (rest.len() as u64) << 56);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}
