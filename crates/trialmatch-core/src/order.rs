//! One stable sort that every ranking and listing goes through. Each call of the standard
//! library's `sort_by` with its own closure compiles to its own copy of the sorting code (about
//! 4 KB of WebAssembly each); sorting positions with a `dyn` comparison keeps one copy.

use std::cmp::Ordering;

/// A comparison of two positions of the list being sorted.
pub type Compare<'a> = &'a dyn Fn(usize, usize) -> Ordering;

/// Sorts `positions` stably by `compare`: positions that compare equal keep their order.
pub fn sort_positions(positions: &mut [usize], compare: Compare) {
    positions.sort_by(|&a, &b| compare(a, b));
}

/// Sorts `items` stably by `compare`, exactly as `items.sort_by(compare)` would.
pub fn sort_by<T>(items: &mut [T], compare: &dyn Fn(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut order, &|a, b| compare(&items[a], &items[b]));
    // Moves the items into place with swaps, tracking where each original item now is.
    let mut now_at: Vec<usize> = (0..items.len()).collect();
    let mut held: Vec<usize> = (0..items.len()).collect();
    for (target, &original) in order.iter().enumerate() {
        let from = now_at[original];
        items.swap(target, from);
        let displaced = held[target];
        held[from] = displaced;
        now_at[displaced] = from;
        held[target] = original;
        now_at[original] = target;
    }
}

/// Sorts `items` stably by the key `key` gives, exactly as `items.sort_by_key(key)` would.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, &|a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_standard_stable_sort() {
        // Pairs with many equal keys, in a scrambled order, so stability is exercised.
        let items: Vec<(u32, usize)> = (0..200).map(|i| ((i * 7919 % 13) as u32, i)).collect();
        for len in [0, 1, 2, 5, 31, 200] {
            let mut expected = items[..len].to_vec();
            expected.sort_by_key(|p| p.0);
            let mut got = items[..len].to_vec();
            sort_by_key(&mut got, |p| p.0);
            assert_eq!(got, expected);
            let mut reversed = items[..len].to_vec();
            sort_by(&mut reversed, &|a, b| b.0.cmp(&a.0));
            let mut expected_reversed = items[..len].to_vec();
            expected_reversed.sort_by_key(|p| std::cmp::Reverse(p.0));
            assert_eq!(reversed, expected_reversed);
        }
    }

    #[test]
    fn sorts_positions_stably() {
        let keys = [3, 1, 3, 0, 1];
        let mut positions: Vec<usize> = (0..keys.len()).collect();
        sort_positions(&mut positions, &|a, b| keys[a].cmp(&keys[b]));
        assert_eq!(positions, [3, 1, 4, 0, 2]);
    }
}
