//! `sorted` and `list.sort`: the order of comparisons matters to Python code (a `__lt__` that
//! prints, or raises, or a `TypeError` naming its operands), so small inputs follow CPython's
//! timsort exactly: one run found by `count_run`, then binary insertion (listobject.c).

use crate::exception::*;
use crate::interp::Interp;
use crate::value::Value;

/// CPython sorts fewer items than this with one binary insertion sort (`merge_compute_minrun`
/// returns n itself below 64).
const MIN_MERGE: usize = 64;

/// Sorts `order`, a permutation of key indexes, stably by `less(a, b)` (`keys[a] < keys[b]`).
/// Stops at the first error; an inconsistent `less` gives some permutation, never a panic.
pub fn sort_order<E>(
    order: &mut [usize],
    less: &mut impl FnMut(usize, usize) -> Result<bool, E>,
) -> Result<(), E> {
    if order.len() < 2 {
        return Ok(());
    }
    if order.len() < MIN_MERGE {
        let (run, descending) = count_run(order, less)?;
        if descending {
            order[..run].reverse();
        }
        return binary_insertion_sort(order, run, less);
    }
    natural_merge_sort(order, less)
}

/// CPython's `merge_compute_minrun`: for `n` of at least `MIN_MERGE`, a run length between
/// 32 and 64 such that `n / minrun` is a power of two or a little less.
fn min_run(mut n: usize) -> usize {
    let mut low_bits = 0;
    while n >= MIN_MERGE {
        low_bits |= n & 1;
        n >>= 1;
    }
    n + low_bits
}

/// A stable merge sort over the runs already in `order`, as timsort finds them: each run
/// (ascending, or strictly descending and reversed) is made at least `min_run` long by
/// binary insertion, then neighbouring runs are merged until one is left. Input already in
/// order takes n - 1 comparisons; runs of any length take about n·log2(runs).
fn natural_merge_sort<E>(
    order: &mut [usize],
    less: &mut impl FnMut(usize, usize) -> Result<bool, E>,
) -> Result<(), E> {
    let n = order.len();
    let min_run = min_run(n);
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    while start < n {
        let rest = &mut order[start..];
        let (mut run, descending) = count_run(rest, less)?;
        if descending {
            rest[..run].reverse();
        }
        if run < min_run {
            let forced = min_run.min(rest.len());
            binary_insertion_sort(&mut rest[..forced], run, less)?;
            run = forced;
        }
        runs.push((start, run));
        start += run;
    }
    let mut buffer = vec![0; n];
    while runs.len() > 1 {
        let mut merged = Vec::with_capacity(runs.len().div_ceil(2));
        for pair in runs.chunks(2) {
            match *pair {
                [(start, left), (_, right)] => {
                    merge(
                        &mut order[start..start + left + right],
                        left,
                        &mut buffer,
                        less,
                    )?;
                    merged.push((start, left + right));
                }
                [run] => merged.push(run),
                _ => unreachable!("chunks of two"),
            }
        }
        runs = merged;
    }
    Ok(())
}

/// Merges the sorted halves `order[..mid]` and `order[mid..]` stably, through `buffer`.
/// Halves already in order (the right's first not before the left's last) cost one
/// comparison.
fn merge<E>(
    order: &mut [usize],
    mid: usize,
    buffer: &mut [usize],
    less: &mut impl FnMut(usize, usize) -> Result<bool, E>,
) -> Result<(), E> {
    let n = order.len();
    if mid == 0 || mid == n || !less(order[mid], order[mid - 1])? {
        return Ok(());
    }
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < mid && j < n {
        // Stability: take from the right only when strictly before the left.
        if less(order[j], order[i])? {
            buffer[k] = order[j];
            j += 1;
        } else {
            buffer[k] = order[i];
            i += 1;
        }
        k += 1;
    }
    buffer[k..k + mid - i].copy_from_slice(&order[i..mid]);
    k += mid - i;
    buffer[k..k + n - j].copy_from_slice(&order[j..n]);
    order.copy_from_slice(&buffer[..n]);
    Ok(())
}

/// The length of the run at the start of `order`, and whether it is strictly descending
/// (which the caller reverses: strictness keeps that stable).
fn count_run<E>(
    order: &[usize],
    less: &mut impl FnMut(usize, usize) -> Result<bool, E>,
) -> Result<(usize, bool), E> {
    if order.len() < 2 {
        return Ok((order.len(), false));
    }
    let descending = less(order[1], order[0])?;
    let mut n = 2;
    while n < order.len() {
        if less(order[n], order[n - 1])? != descending {
            break;
        }
        n += 1;
    }
    Ok((n, descending))
}

/// Inserts `order[sorted..]` one by one into the sorted prefix, each after the last item not
/// greater than it (binary search, so equal items keep their order).
fn binary_insertion_sort<E>(
    order: &mut [usize],
    sorted: usize,
    less: &mut impl FnMut(usize, usize) -> Result<bool, E>,
) -> Result<(), E> {
    for start in sorted.max(1)..order.len() {
        let pivot = order[start];
        let (mut low, mut high) = (0, start);
        while low < high {
            let middle = low + (high - low) / 2;
            if less(pivot, order[middle])? {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        order.copy_within(low..start, low + 1);
        order[low] = pivot;
    }
    Ok(())
}

/// Sorts `items` as `list.sort` does: keys computed first, the same comparisons in the same
/// order as CPython for small lists, stable, stopping at the first comparison error (and never
/// panicking on an inconsistent order).
pub fn sort_values(
    interp: &Interp,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PResult<()> {
    let keys: Vec<Value> = match key {
        Some(f) => items
            .iter()
            .map(|v| interp.call(f, std::slice::from_ref(v), &[]))
            .collect::<PResult<_>>()?,
        None => items.clone(),
    };
    let mut order: Vec<usize> = (0..items.len()).collect();
    // CPython sorts a reversed list ascending and reverses the result: stable both ways.
    if reverse {
        order.reverse();
    }
    let mut comparisons = 0;
    sort_order(&mut order, &mut |a, b| {
        comparisons += 1;
        check_every(comparisons)?;
        interp.less_than(&keys[a], &keys[b])
    })?;
    if reverse {
        order.reverse();
    }
    let sorted: Vec<Value> = order.iter().map(|&i| items[i].clone()).collect();
    *items = sorted;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sorts `keys` and records every comparison as (left key, right key).
    fn sort_logged(keys: &[i32]) -> (Vec<i32>, Vec<(i32, i32)>) {
        let mut log = Vec::new();
        let mut order: Vec<usize> = (0..keys.len()).collect();
        let mut less = |a: usize, b: usize| -> Result<bool, ()> {
            log.push((keys[a], keys[b]));
            Ok(keys[a] < keys[b])
        };
        sort_order(&mut order, &mut less).unwrap();
        (order.iter().map(|&i| keys[i]).collect(), log)
    }

    #[test]
    fn small_sorts_compare_in_cpythons_order() {
        // Logged from python3 with a key class whose __lt__ records (self, other).
        let (sorted, log) = sort_logged(&[3, 1, 2]);
        assert_eq!(sorted, [1, 2, 3]);
        assert_eq!(log, [(1, 3), (2, 1), (2, 3), (2, 1)]);
        let (sorted, log) = sort_logged(&[1, 2, 5, 4, 3]);
        assert_eq!(sorted, [1, 2, 3, 4, 5]);
        assert_eq!(
            log,
            [(2, 1), (5, 2), (4, 5), (4, 2), (4, 5), (3, 4), (3, 2)]
        );
    }

    #[test]
    fn stable_and_total_on_large_inputs() {
        let keys: Vec<i32> = (0..500).map(|i| (i * 7919) % 13).collect();
        comparisons_to_sort(&keys);
    }

    /// Counts the comparisons of sorting `keys`, and checks the result is sorted and stable.
    fn comparisons_to_sort(keys: &[i32]) -> usize {
        let mut count = 0;
        let mut order: Vec<usize> = (0..keys.len()).collect();
        sort_order(&mut order, &mut |a, b| {
            count += 1;
            Ok::<_, ()>(keys[a] < keys[b])
        })
        .unwrap();
        assert!(order
            .windows(2)
            .all(|w| keys[w[0]] < keys[w[1]] || (keys[w[0]] == keys[w[1]] && w[0] < w[1])));
        count
    }

    #[test]
    fn runs_already_in_the_input_are_used() {
        let n = 10_000;
        let ascending: Vec<i32> = (0..n).collect();
        assert_eq!(comparisons_to_sort(&ascending), n as usize - 1);
        let descending: Vec<i32> = (0..n).rev().collect();
        assert_eq!(comparisons_to_sort(&descending), n as usize - 1);
        // 100 interleaved runs of 100: about n * log2(100) comparisons, not n * log2(n).
        let runs: Vec<i32> = (0..n).map(|i| i % 100).collect();
        let count = comparisons_to_sort(&runs);
        assert!(count < 8 * n as usize, "{count} comparisons");
        assert_eq!(min_run(64), 32);
        assert_eq!(min_run(10_000), 40);
        assert_eq!(min_run(65), 33);
    }

    #[test]
    fn inconsistent_comparisons_never_panic() {
        for n in [5, 70, 200] {
            let mut order: Vec<usize> = (0..n).collect();
            let mut flip = false;
            sort_order(&mut order, &mut |_, _| {
                flip = !flip;
                Ok::<_, ()>(flip)
            })
            .unwrap();
            let mut seen = order.clone();
            seen.sort_unstable();
            assert_eq!(seen, (0..n).collect::<Vec<_>>());
        }
    }
}
