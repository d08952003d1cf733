//! The state library modules keep per interpreter (asyncio's Python half, random's
//! generator), found by its type, so the interpreter names no library type.

use std::any::TypeId;
use std::rc::Rc;

use super::Interp;

impl Interp {
    /// The state of type `T` a library module keeps in this interpreter, made with
    /// `T::default()` on first use. Per interpreter, never per thread: a second interpreter
    /// on the same thread (an in-process test, say) starts afresh. A few modules keep state,
    /// so a scan of a short list, by type id, finds it.
    pub fn state<T: Default + 'static>(&self) -> Rc<T> {
        let id = TypeId::of::<T>();
        let found = self
            .states
            .borrow()
            .iter()
            .find(|(of, _)| *of == id)
            .and_then(|(_, state)| state.clone().downcast::<T>().ok());
        if let Some(state) = found {
            return state;
        }
        let state = Rc::new(T::default());
        self.states.borrow_mut().push((id, state.clone()));
        state
    }

    /// `f` run on the state of type `T` (see [`Interp::state`]) with no reference count
    /// moved, for states asked for on every call of a native (`random.random()`). `f` must
    /// not ask for a state not made yet (making one while this one is lent out would panic).
    #[inline]
    pub fn with_state<T: Default + 'static, R>(&self, f: impl FnOnce(&T) -> R) -> R {
        let id = TypeId::of::<T>();
        let states = self.states.borrow();
        let found = states
            .iter()
            .find(|(of, _)| *of == id)
            .and_then(|(_, state)| state.downcast_ref::<T>());
        if let Some(state) = found {
            return f(state);
        }
        drop(states);
        let state = self.state::<T>();
        f(&state)
    }
}
