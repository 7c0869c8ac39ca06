//! Sorting by a comparison, with one copy of the sorting code in the whole program.
//!
//! `slice::sort_by(|a, b| …)` compiles the whole sorting algorithm (driftsort or
//! quicksort, with its small-sort and fallbacks, 2–4 KB of wasm each) once for every pair of
//! element type and closure: the app's wasm held 25 of them, 75 KB of its code (26 KB
//! gzipped, a tenth of the download). Here the sorting is done once, non-generically, on
//! positions (`u32`) compared through a `&dyn Fn`, and the slice is then put in that order
//! by swaps; what each call site adds is its small closure.
//!
//! Every sort here is **stable** (equal elements keep their order), so it can stand in
//! for `sort_by` and `sort_unstable_by` alike. It costs an indirect call per comparison,
//! which the sizes sorted here (results of one search, rows of a view) never notice; a
//! plain `sort_unstable()` of integers stays std's, which is one copy per integer type.
//!
//! ```
//! let mut v = vec![("b", 2), ("a", 2), ("c", 1)];
//! sift_engine::sort::by(&mut v, |x, y| x.1.cmp(&y.1));
//! assert_eq!(v, [("c", 1), ("b", 2), ("a", 2)]);
//! ```

use std::cmp::Ordering;

/// Sort `v` by `compare`, stably.
pub fn by<T>(v: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let order = order(v.len(), &|a, b| compare(&v[a], &v[b]));
    permute(v, order);
}

/// Sort `v` by the key `key` gives each element, stably.
pub fn by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sort `v` by a key computed once per element (for a key that costs, such as a lower-cased
/// title), stably.
pub fn by_cached_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    let keys: Vec<K> = v.iter().map(key).collect();
    let order = order(v.len(), &|a, b| keys[a].cmp(&keys[b]));
    permute(v, order);
}

/// The positions `0..n` in the order `compare` puts them, equal ones in their first order.
/// The one sort the program compiles.
#[inline(never)]
fn order(n: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<u32> {
    debug_assert!(u32::try_from(n).is_ok());
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.sort_by(|&a, &b| compare(a as usize, b as usize));
    order
}

/// Put `v` in `order` (`order[i]` is the position of the element that goes to `i`), by
/// following each cycle of the permutation with swaps. `order` is used up.
fn permute<T>(v: &mut [T], mut order: Vec<u32>) {
    for start in 0..v.len() {
        let mut at = start;
        loop {
            let from = order[at] as usize;
            order[at] = at as u32; // placed
            if from == start {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator (xorshift), so the cases need no dependency.
    fn numbers(seed: u64, n: usize, range: u64) -> Vec<u64> {
        let mut x = seed | 1;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x % range
            })
            .collect()
    }

    #[test]
    fn sorts_as_std_stable_sort_does() {
        // (name, length, range of keys): few keys means many ties, where stability shows
        let cases: &[(&str, usize, u64)] = &[
            ("empty", 0, 1),
            ("one", 1, 5),
            ("two equal", 2, 1),
            ("small, many ties", 17, 3),
            ("small, distinct", 19, 1_000_000),
            ("large, many ties", 5_000, 10),
            ("large, distinct", 5_000, u64::MAX),
        ];
        for &(name, n, range) in cases {
            for seed in [1, 7, 42] {
                // each element remembers where it was, to check that ties keep their order
                let v: Vec<(u64, usize)> = numbers(seed, n, range).into_iter().zip(0..).collect();
                let mut want = v.clone();
                want.sort_by_key(|a| a.0);
                let mut got = v.clone();
                by(&mut got, |a, b| a.0.cmp(&b.0));
                assert_eq!(got, want, "{name}, seed {seed}");
                let mut got = v.clone();
                by_key(&mut got, |e| std::cmp::Reverse(e.0));
                let mut want = v.clone();
                want.sort_by_key(|e| std::cmp::Reverse(e.0));
                assert_eq!(got, want, "{name}, seed {seed}, by key");
            }
        }
    }

    #[test]
    fn sorted_and_reversed_input() {
        let mut up: Vec<u32> = (0..1000).collect();
        by(&mut up, |a, b| b.cmp(a));
        assert_eq!(up, (0..1000).rev().collect::<Vec<_>>());
        by(&mut up, |a, b| a.cmp(b));
        assert_eq!(up, (0..1000).collect::<Vec<_>>());
    }

    #[test]
    fn cached_keys_are_computed_once_each() {
        let calls = std::cell::Cell::new(0);
        let mut titles = vec!["b", "C", "a", "B"];
        by_cached_key(&mut titles, |t| {
            calls.set(calls.get() + 1);
            t.to_lowercase()
        });
        assert_eq!(titles, ["a", "b", "B", "C"]);
        assert_eq!(calls.get(), 4);
    }

    #[test]
    fn elements_that_own_memory_are_moved_not_copied() {
        let mut v: Vec<String> = ["pear", "fig", "apple", "kiwi"].map(String::from).to_vec();
        by_key(&mut v, |s| s.len());
        assert_eq!(v, ["fig", "pear", "kiwi", "apple"]);
    }
}
