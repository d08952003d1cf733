//! A frame's local slots, and the slot stack sync calls take them from.
//!
//! A coroutine's frame lives in a suspended future, so it owns its slots: a vector of its
//! own. A sync call's frame ends before its caller's does, so its slots can be a window of
//! one stack the interpreter keeps, taken on the call and given back on the return: a call
//! allocates nothing. One type, `Slots`, serves both, so the same compiled code runs on
//! either frame.

use std::cell::Cell;
use std::ops::{Deref, DerefMut};
use std::ptr::NonNull;

use crate::exception::PResult;
use crate::value::{drop_quick, Value};

/// How many slots the stack holds (16 bytes each: 1 MiB of address space). Deeper
/// recursion, or frames with more locals, get vectors of their own once it is full.
const STACK_SLOTS: usize = 1 << 16;

/// The local slots of one frame: a vector of its own (`cap > 0`), or a window of the
/// slot stack (`cap == 0`), which the call that took it gives back (`SlotStack::release`).
/// Either way the values are dropped with the `Slots`.
pub struct Slots {
    ptr: NonNull<Value>,
    len: usize,
    cap: usize,
}

impl Slots {
    /// `values`, grown with unbound slots to `len`.
    pub fn owned(mut values: Vec<Value>, len: usize) -> Slots {
        if values.len() < len {
            values.resize(len, Value::Unbound);
        }
        let mut values = std::mem::ManuallyDrop::new(values);
        Slots {
            // SAFETY: a vector's pointer is never null.
            ptr: unsafe { NonNull::new_unchecked(values.as_mut_ptr()) },
            len: values.len(),
            cap: values.capacity(),
        }
    }

    /// The values, moved into a vector (the window they were in, if any, is left empty).
    pub fn into_vec(self) -> Vec<Value> {
        let this = std::mem::ManuallyDrop::new(self);
        // SAFETY: an owned `Slots` is a vector's parts, taken back once (`this` is not
        // dropped). A window's values are read out once and never dropped in place.
        unsafe {
            if this.cap > 0 {
                Vec::from_raw_parts(this.ptr.as_ptr(), this.len, this.cap)
            } else {
                std::slice::from_raw_parts(this.ptr.as_ptr(), this.len)
                    .iter()
                    .map(|v| std::ptr::read(v))
                    .collect()
            }
        }
    }

    /// Moves a window's values into a vector of their own, for a frame that outlives the
    /// call that took the window (an inline `await` whose body suspends).
    pub fn keep(&mut self) {
        if self.cap == 0 && self.len > 0 {
            let values = std::mem::take(self).into_vec();
            *self = Slots::from(values);
        }
    }
}

/// A copy owns its values, wherever the original's are.
impl Clone for Slots {
    fn clone(&self) -> Slots {
        Slots::from(self.to_vec())
    }
}

impl Default for Slots {
    fn default() -> Slots {
        Slots::owned(Vec::new(), 0)
    }
}

impl From<Vec<Value>> for Slots {
    fn from(values: Vec<Value>) -> Slots {
        let len = values.len();
        Slots::owned(values, len)
    }
}

impl Deref for Slots {
    type Target = [Value];
    #[inline(always)]
    fn deref(&self) -> &[Value] {
        // SAFETY: `ptr` points at `len` initialised values this `Slots` owns.
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }
}

impl DerefMut for Slots {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [Value] {
        // SAFETY: as in `deref`, and `&mut self` makes the access unique.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len) }
    }
}

impl Drop for Slots {
    #[inline(always)]
    fn drop(&mut self) {
        if self.cap > 0 {
            self.drop_owned();
            return;
        }
        for v in self.iter_mut() {
            // SAFETY: each value is initialised, owned here, and dropped once: the window
            // is given back, not read again.
            unsafe { drop_quick(std::ptr::read(v)) };
        }
    }
}

impl Slots {
    #[inline(never)]
    fn drop_owned(&mut self) {
        // SAFETY: an owned buffer is a vector's parts, given back whole, once.
        unsafe { drop(Vec::from_raw_parts(self.ptr.as_ptr(), self.len, self.cap)) }
    }
}

/// The stack sync calls take their slots from. Windows are given back in the order they
/// were taken, since a sync call returns before its caller does: `top` goes back to where
/// it was when the call took its window.
pub struct SlotStack {
    base: NonNull<Value>,
    cap: usize,
    top: Cell<usize>,
}

impl SlotStack {
    /// The buffer is mapped from the system, not taken from the allocator: a block this
    /// size among the allocator's own changed how it laid out the program's small
    /// objects, and a million strs took 8 MiB more. Pages the calls never reach are never
    /// touched, so they cost no memory. Without the mapping every call gets a vector.
    pub fn new() -> SlotStack {
        let bytes = STACK_SLOTS * std::mem::size_of::<Value>();
        // SAFETY: an anonymous private mapping with no address asked for; the result is
        // checked before use.
        let base = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                bytes,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        match NonNull::new(base as *mut Value) {
            Some(base) if base.as_ptr() as *mut libc::c_void != libc::MAP_FAILED => SlotStack {
                base,
                cap: STACK_SLOTS,
                top: Cell::new(0),
            },
            _ => SlotStack {
                base: NonNull::dangling(),
                cap: 0,
                top: Cell::new(0),
            },
        }
    }

    /// `len` slots on top of the stack (a vector of their own when it is full): `first`
    /// if given, then the values `eval` gives for `0..count`, in order, then unbound
    /// slots. With the top to give back (`release`) once the frame using them has ended.
    /// The window is taken before `eval` runs, so calls it makes take theirs above; when
    /// `eval` fails, the values given so far are dropped and the window given back.
    #[inline(always)]
    pub fn take(
        &self,
        len: usize,
        first: Option<Value>,
        count: usize,
        mut eval: impl FnMut(usize) -> PResult,
    ) -> PResult<(Slots, usize)> {
        assert!(
            count + usize::from(first.is_some()) <= len,
            "more values than slots"
        );
        let top = self.top.get();
        if len > self.cap - top {
            return Ok((take_owned(len, first, count, eval)?, top));
        }
        // SAFETY: `top + len <= cap`: the window lies in the buffer, above every window
        // in use. Slots are written in order, and only the first `written` are ever
        // dropped here; the `Slots` is made once all `len` are written.
        unsafe {
            let start = self.base.as_ptr().add(top);
            self.top.set(top + len);
            let mut written = 0;
            if let Some(v) = first {
                start.write(v);
                written = 1;
            }
            for i in 0..count {
                match eval(i) {
                    Ok(v) => start.add(written).write(v),
                    Err(e) => {
                        std::ptr::drop_in_place(std::ptr::slice_from_raw_parts_mut(start, written));
                        self.top.set(top);
                        return Err(e);
                    }
                }
                written += 1;
            }
            while written < len {
                start.add(written).write(Value::Unbound);
                written += 1;
            }
            let slots = Slots {
                ptr: NonNull::new_unchecked(start),
                len,
                cap: 0,
            };
            Ok((slots, top))
        }
    }

    /// Gives back the windows taken since `top` was current; the frames that used them
    /// have ended, and their `Slots` have dropped the values.
    #[inline(always)]
    pub fn release(&self, top: usize) {
        self.top.set(top);
    }
}

/// `SlotStack::take` once the stack is full: the slots in a vector of their own.
#[cold]
#[inline(never)]
fn take_owned(
    len: usize,
    first: Option<Value>,
    count: usize,
    mut eval: impl FnMut(usize) -> PResult,
) -> PResult<Slots> {
    let mut values = Vec::with_capacity(len);
    values.extend(first);
    for i in 0..count {
        values.push(eval(i)?);
    }
    Ok(Slots::owned(values, len))
}

impl Drop for SlotStack {
    fn drop(&mut self) {
        debug_assert_eq!(self.top.get(), 0, "a window outlived its interpreter");
        if self.cap > 0 {
            // SAFETY: the mapping `new` made, unmapped once; no window is in use (every
            // call gave its window back before the interpreter could be dropped).
            unsafe {
                libc::munmap(
                    self.base.as_ptr() as *mut libc::c_void,
                    self.cap * std::mem::size_of::<Value>(),
                );
            }
        }
    }
}

impl Default for SlotStack {
    fn default() -> SlotStack {
        SlotStack::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exception::memory_error;
    use crate::value::shared_list;
    use std::rc::Rc;

    #[test]
    fn windows_are_given_back_in_order() {
        let stack = SlotStack::new();
        let (a, top_a) = stack
            .take(3, None, 2, |i| Ok(Value::Int(i as i64)))
            .ok()
            .expect("taken");
        assert_eq!(top_a, 0);
        assert!(matches!(
            &a[..],
            [Value::Int(0), Value::Int(1), Value::Unbound]
        ));
        let (b, top_b) = stack
            .take(2, Some(Value::None), 0, |_| unreachable!())
            .ok()
            .expect("taken");
        assert_eq!(top_b, 3);
        assert!(matches!(&b[..], [Value::None, Value::Unbound]));
        drop(b);
        stack.release(top_b);
        drop(a);
        stack.release(top_a);
        assert_eq!(stack.top.get(), 0);
    }

    #[test]
    fn a_failed_argument_drops_what_was_given_and_the_window() {
        let stack = SlotStack::new();
        let (value, list) = shared_list();
        let result = stack.take(4, Some(value), 2, |i| match i {
            0 => Ok(Value::List(list.clone())),
            _ => Err(memory_error()),
        });
        assert!(result.is_err());
        assert_eq!(Rc::strong_count(&list), 1);
        assert_eq!(stack.top.get(), 0);
    }

    #[test]
    fn a_full_stack_gives_vectors_of_their_own() {
        let stack = SlotStack::new();
        let (big, top) = stack
            .take(STACK_SLOTS, None, 0, |_| unreachable!())
            .ok()
            .expect("taken");
        let (value, list) = shared_list();
        let (extra, extra_top) = stack
            .take(2, Some(value), 0, |_| unreachable!())
            .ok()
            .expect("taken");
        assert_eq!(extra_top, STACK_SLOTS);
        assert_eq!(Rc::strong_count(&list), 2);
        let kept = extra.clone().into_vec();
        drop(extra);
        assert_eq!(Rc::strong_count(&list), 2);
        drop(kept);
        assert_eq!(Rc::strong_count(&list), 1);
        drop(big);
        stack.release(top);
    }

    #[test]
    fn a_window_moved_out_keeps_its_values() {
        let stack = SlotStack::new();
        let (value, list) = shared_list();
        let (window, top) = stack
            .take(2, Some(value), 0, |_| unreachable!())
            .ok()
            .expect("taken");
        let kept = window.into_vec();
        stack.release(top);
        assert_eq!(Rc::strong_count(&list), 2);
        assert!(matches!(&kept[..], [Value::List(_), Value::Unbound]));
        drop(kept);
        assert_eq!(Rc::strong_count(&list), 1);
    }
}
