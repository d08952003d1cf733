//! `Tuple`: a tuple's items in one allocation, behind one counted pointer.
//!
//! `Rc<Vec<Value>>` took two blocks for every tuple (the `Rc`'s, holding the vector's
//! header, and the vector's buffer) and two pointer hops to reach an item. A tuple never
//! changes size, so here the count, the length and the items share one block: one
//! allocation to make a tuple, one to free it, one hop to read it. The pointer is thin, so
//! `Value` stays 16 bytes.

use std::alloc::{alloc, dealloc, handle_alloc_error, Layout};
use std::cell::Cell;
use std::ops::Deref;
use std::ptr::NonNull;

use super::Value;

/// The block's header; the items follow it.
#[repr(C)]
struct Header {
    count: Cell<usize>,
    len: usize,
}

/// A counted, immutable sequence of values in one block (see the module's comment).
pub struct Tuple {
    ptr: NonNull<Header>,
}

impl Tuple {
    /// The block of a tuple of `len` items: the 16-byte header, then the items.
    #[inline(always)]
    fn layout(len: usize) -> Layout {
        let size = len
            .checked_mul(std::mem::size_of::<Value>())
            .and_then(|items| items.checked_add(std::mem::size_of::<Header>()))
            .filter(|&size| size <= isize::MAX as usize)
            .expect("a tuple's size fits in memory");
        // SAFETY: the size was checked not to overflow `isize`, and the alignment is a
        // power of two (a `Value`'s, which the header shares).
        unsafe { Layout::from_size_align_unchecked(size, std::mem::align_of::<Value>()) }
    }

    /// The first item's place.
    #[inline(always)]
    fn items(&self) -> *mut Value {
        // SAFETY: the items start right after the header (`layout`: the header is 16
        // bytes, aligned as a `Value` is).
        unsafe { self.ptr.as_ptr().add(1).cast::<Value>() }
    }

    /// A block for `len` items with its header written and no item yet: dropping it
    /// would read items that are not there, so callers write all `len` first.
    #[inline(always)]
    unsafe fn allocate(len: usize) -> Tuple {
        let layout = Tuple::layout(len);
        // SAFETY: the layout is never zero-sized (it holds the header).
        let block = unsafe { alloc(layout) }.cast::<Header>();
        let Some(ptr) = NonNull::new(block) else {
            handle_alloc_error(layout)
        };
        // SAFETY: a fresh block, large enough for the header.
        unsafe {
            ptr.as_ptr().write(Header {
                count: Cell::new(1),
                len,
            })
        };
        Tuple { ptr }
    }

    /// A tuple of `values`, moved in.
    pub fn new(values: Vec<Value>) -> Tuple {
        let mut values = values.into_iter();
        match Tuple::try_build(values.len(), |_| values.next().ok_or(())) {
            Ok(tuple) => tuple,
            Err(()) => unreachable!("a vector gives as many items as its length"),
        }
    }

    /// A tuple of `len` items, each made by `item(i)` in order and written in place: no
    /// vector in between. When one fails, those written so far are dropped, the block is
    /// freed, and the error is given back.
    #[inline(always)]
    pub fn try_build<E>(
        len: usize,
        mut item: impl FnMut(usize) -> Result<Value, E>,
    ) -> Result<Tuple, E> {
        // SAFETY: items are written in order; on failure only the `written` first are
        // dropped, and the block freed with its layout; the tuple is returned only once
        // all `len` are written.
        unsafe {
            let tuple = std::mem::ManuallyDrop::new(Tuple::allocate(len));
            let items = tuple.items();
            for i in 0..len {
                match item(i) {
                    Ok(v) => items.add(i).write(v),
                    Err(e) => {
                        std::ptr::drop_in_place(std::ptr::slice_from_raw_parts_mut(items, i));
                        dealloc(tuple.ptr.as_ptr().cast(), Tuple::layout(len));
                        return Err(e);
                    }
                }
            }
            Ok(std::mem::ManuallyDrop::into_inner(tuple))
        }
    }

    fn header(&self) -> &Header {
        // SAFETY: the block lives while any `Tuple` points at it.
        unsafe { self.ptr.as_ref() }
    }

    /// The block's address: the tuple's identity (`id`, `is`).
    #[inline(always)]
    pub fn as_ptr(&self) -> *const u8 {
        self.ptr.as_ptr().cast()
    }

    /// Whether `a` and `b` are the same tuple.
    #[inline(always)]
    pub fn ptr_eq(a: &Tuple, b: &Tuple) -> bool {
        a.ptr == b.ptr
    }

    /// How many `Tuple`s share this block.
    pub fn strong_count(this: &Tuple) -> usize {
        this.header().count.get()
    }

    /// The items, moved into a vector when this is the only reference; else the tuple.
    pub fn try_unwrap(this: Tuple) -> Result<Vec<Value>, Tuple> {
        if this.header().count.get() != 1 {
            return Err(this);
        }
        let this = std::mem::ManuallyDrop::new(this);
        let len = this.header().len;
        let mut values = Vec::with_capacity(len);
        // SAFETY: the only reference: the items are moved out once, and the block freed
        // without dropping them (`this` is never dropped).
        unsafe {
            std::ptr::copy_nonoverlapping(this.items(), values.as_mut_ptr(), len);
            values.set_len(len);
            dealloc(this.ptr.as_ptr().cast(), Tuple::layout(len));
        }
        Ok(values)
    }
}

impl Clone for Tuple {
    #[inline(always)]
    fn clone(&self) -> Tuple {
        let count = &self.header().count;
        count.set(count.get() + 1);
        Tuple { ptr: self.ptr }
    }
}

impl Drop for Tuple {
    #[inline]
    fn drop(&mut self) {
        let count = &self.header().count;
        let left = count.get() - 1;
        count.set(left);
        if left == 0 {
            self.free();
        }
    }
}

impl Tuple {
    /// Drops the items and frees the block, once the last reference is gone.
    #[inline(never)]
    fn free(&mut self) {
        let len = self.header().len;
        // SAFETY: no other reference is left: each item is dropped once, then the block
        // is freed with the layout it was made with.
        unsafe {
            std::ptr::drop_in_place(std::ptr::slice_from_raw_parts_mut(self.items(), len));
            dealloc(self.ptr.as_ptr().cast(), Tuple::layout(len));
        }
    }
}

impl Deref for Tuple {
    type Target = [Value];
    #[inline(always)]
    fn deref(&self) -> &[Value] {
        // SAFETY: `len` initialised items follow the header while the block lives.
        unsafe { std::slice::from_raw_parts(self.items(), self.header().len) }
    }
}

impl From<Vec<Value>> for Tuple {
    fn from(values: Vec<Value>) -> Tuple {
        Tuple::new(values)
    }
}

impl FromIterator<Value> for Tuple {
    fn from_iter<I: IntoIterator<Item = Value>>(items: I) -> Tuple {
        Tuple::new(items.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::shared_list;
    use std::rc::Rc;

    #[test]
    fn items_are_read_back_and_dropped_with_the_last_reference() {
        let (item, list) = shared_list();
        let t = Tuple::new(vec![Value::Int(1), item, Value::Int(3)]);
        assert_eq!(t.len(), 3);
        assert!(matches!(t[0], Value::Int(1)) && matches!(t[2], Value::Int(3)));
        assert_eq!(Rc::strong_count(&list), 2);
        let copy = t.clone();
        assert!(Tuple::ptr_eq(&t, &copy));
        assert_eq!(Tuple::strong_count(&t), 2);
        drop(t);
        assert_eq!(Rc::strong_count(&list), 2, "a copy still holds the items");
        drop(copy);
        assert_eq!(
            Rc::strong_count(&list),
            1,
            "the last reference drops the items"
        );
    }

    #[test]
    fn the_only_reference_gives_its_items_back() {
        let (item, list) = shared_list();
        let t = Tuple::new(vec![item, Value::Int(2)]);
        let copy = t.clone();
        let t = Tuple::try_unwrap(t).expect_err("shared: stays a tuple");
        drop(copy);
        let items = Tuple::try_unwrap(t).unwrap_or_else(|_| panic!("the only reference"));
        assert_eq!(items.len(), 2);
        assert_eq!(Rc::strong_count(&list), 2, "moved, not dropped");
        drop(items);
        assert_eq!(Rc::strong_count(&list), 1);
    }

    #[test]
    fn a_failed_build_drops_what_it_wrote() {
        let (item, list) = shared_list();
        let built: Result<Tuple, &str> = Tuple::try_build(3, |i| match i {
            0 => Ok(item.clone()),
            1 => Ok(Value::Int(1)),
            _ => Err("no third"),
        });
        assert_eq!(built.err(), Some("no third"));
        drop(item);
        assert_eq!(Rc::strong_count(&list), 1, "the first item was dropped");
        let built: Result<Tuple, ()> = Tuple::try_build(2, |i| Ok(Value::Int(i as i64 * 10)));
        let built = built.expect("every item made");
        assert!(matches!(built[..], [Value::Int(0), Value::Int(10)]));
    }

    #[test]
    fn an_empty_tuple_has_a_block_of_its_own() {
        let a = Tuple::new(Vec::new());
        let b: Tuple = std::iter::empty().collect();
        assert_eq!((a.len(), b.len()), (0, 0));
        assert!(!Tuple::ptr_eq(&a, &b));
        assert!(Tuple::try_unwrap(a).is_ok_and(|items| items.is_empty()));
    }
}
