//! `range` and `slice` objects.

use num_bigint::BigInt;

use super::Value;

/// `range(start, stop, step)`.
///
/// Almost every range fits in `i64`, and the hot paths (`for i in range(n)`, indexing) read
/// the three fields directly. A range with a bound beyond `i64` also keeps its exact bounds in
/// `big`; its fields are then those bounds saturated to `i64`, which iteration may use (it
/// never gets that far from a start that fits) and nothing else should.
pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub big: Option<Box<[BigInt; 3]>>,
}

/// The values of a range of `i64` bounds, as a `for` loop steps through them: no iterator
/// object, and a step past `i64::MAX` ends the loop.
pub struct IntSteps {
    next: i64,
    stop: i64,
    step: i64,
    done: bool,
}

impl Iterator for IntSteps {
    type Item = i64;

    #[inline]
    fn next(&mut self) -> Option<i64> {
        let (i, stop, step) = (self.next, self.stop, self.step);
        if self.done || !((step > 0 && i < stop) || (step < 0 && i > stop)) {
            return None;
        }
        match i.checked_add(step) {
            Some(n) => self.next = n,
            None => self.done = true,
        }
        Some(i)
    }
}

impl RangeObj {
    /// The values of a range without big bounds, for a `for` loop; None for big bounds.
    pub fn int_steps(&self) -> Option<IntSteps> {
        self.big.is_none().then_some(IntSteps {
            next: self.start,
            stop: self.stop,
            step: self.step,
            done: false,
        })
    }

    /// A range of `i64` bounds; `step` is not zero.
    pub fn small(start: i64, stop: i64, step: i64) -> RangeObj {
        RangeObj {
            start,
            stop,
            step,
            big: None,
        }
    }

    /// A range of any bounds; `step` is not zero.
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> RangeObj {
        use num_traits::ToPrimitive;
        match (start.to_i64(), stop.to_i64(), step.to_i64()) {
            (Some(a), Some(b), Some(c)) => RangeObj::small(a, b, c),
            _ => {
                let saturate = |n: &BigInt| {
                    n.to_i64().unwrap_or(if num_traits::Signed::is_negative(n) {
                        i64::MIN
                    } else {
                        i64::MAX
                    })
                };
                RangeObj {
                    start: saturate(&start),
                    stop: saturate(&stop),
                    step: saturate(&step),
                    big: Some(Box::new([start, stop, step])),
                }
            }
        }
    }

    /// The exact `(start, stop, step)`.
    pub fn bounds(&self) -> (BigInt, BigInt, BigInt) {
        match &self.big {
            Some(big) => (big[0].clone(), big[1].clone(), big[2].clone()),
            None => (
                BigInt::from(self.start),
                BigInt::from(self.stop),
                BigInt::from(self.step),
            ),
        }
    }

    /// The exact number of items.
    pub fn len_big(&self) -> BigInt {
        let Some(big) = &self.big else {
            return BigInt::from(self.small_len());
        };
        let [start, stop, step] = &**big;
        let zero = BigInt::from(0);
        if *step > zero && stop > start {
            (stop - start - 1) / step + 1
        } else if *step < zero && start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            zero
        }
    }

    /// The number of items, saturated to `i64::MAX` for the rare range longer than that.
    pub fn len(&self) -> i64 {
        use num_traits::ToPrimitive;
        match &self.big {
            Some(_) => self.len_big().to_i64().unwrap_or(i64::MAX),
            None => self.small_len().min(i64::MAX as i128) as i64,
        }
    }

    fn small_len(&self) -> i128 {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        if step > 0 && stop > start {
            (stop - start - 1) / step + 1
        } else if step < 0 && start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// `slice(lower, upper, step)`, as made by `a[1:2]`.
pub struct SliceObj {
    pub lower: Value,
    pub upper: Value,
    pub step: Value,
}
