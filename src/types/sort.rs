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
    let mut buffer = order.to_vec();
    merge_sort(order, &mut buffer, less)
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

/// A stable top-down merge sort for larger inputs.
fn merge_sort<E>(
    order: &mut [usize],
    buffer: &mut [usize],
    less: &mut impl FnMut(usize, usize) -> Result<bool, E>,
) -> Result<(), E> {
    let n = order.len();
    if n <= 1 {
        return Ok(());
    }
    let mid = n / 2;
    merge_sort(&mut order[..mid], &mut buffer[..mid], less)?;
    merge_sort(&mut order[mid..], &mut buffer[mid..], less)?;
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
        let mut order: Vec<usize> = (0..keys.len()).collect();
        sort_order(&mut order, &mut |a, b| Ok::<_, ()>(keys[a] < keys[b])).unwrap();
        assert!(order
            .windows(2)
            .all(|w| keys[w[0]] < keys[w[1]] || (keys[w[0]] == keys[w[1]] && w[0] < w[1])));
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
