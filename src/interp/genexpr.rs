//! Generator expressions, run lazily as CPython's `<genexpr>` code: the first iterable is
//! evaluated (and `iter()`ed) where the expression stands, the rest one item per `next()`.
//! `any(f(x) for x in xs)` stops calling `f` at the first true result, `next(x for x in xs
//! if p(x))` looks no further than the first match, and a generator returned from a function
//! is consumed after the function has returned.
//!
//! A generator expression runs on its own copy of the frame that made it. The names it
//! shares with that frame live in cells (the resolver makes every name a generator
//! expression uses, walrus targets included, a cell of the enclosing function, as CPython
//! makes them free variables of `<genexpr>`), so the copy sees and makes the same bindings.

use std::cell::RefCell;
use std::rc::Rc;

use crate::exception::*;
use crate::interp::compiled::{genexpr_code, GenCode};
use crate::interp::{Frame, Interp};
use crate::source::Span;
use crate::syntax::ast::Comprehension;
use crate::value::*;

/// A suspended generator expression.
pub struct GenExpr {
    frame: Frame,
    code: Rc<GenCode>,
    /// One iterator per `for` clause entered so far, outermost first.
    iters: Vec<Value>,
    /// The whole expression: where a traceback points when a step fails elsewhere.
    span: Span,
}

impl Interp {
    /// Makes a generator expression over `first`, the value of its first iterable (evaluated
    /// by the caller in the enclosing scope, on whichever evaluation path it runs).
    pub fn make_genexpr(
        &self,
        frame: &Frame,
        comp: &Rc<Comprehension>,
        first: Value,
        span: Span,
    ) -> PResult {
        if comp.is_async_genexpr {
            return Err(syntax_error(
                "asynchronous generator expressions ('await' inside a generator expression) \
                 are not supported by pyco; use a list comprehension",
            )
            .at(span));
        }
        let first_span = comp.generators[0].iter.span;
        let iter = self.iter(&first).map_err(|e| e.at(first_span))?;
        let mut frame = frame.clone();
        for &slot in &comp.fresh_cells {
            frame.slots[slot as usize] = Value::Cell(Rc::new(RefCell::new(Value::Unbound)));
        }
        let state = GenExpr {
            frame,
            code: genexpr_code(comp),
            iters: vec![iter],
            span,
        };
        Ok(Value::Iterator(Rc::new(RefCell::new(IterState::GenExpr(
            Box::new(state),
        )))))
    }

    /// `next()` of a generator expression. While a step runs, the state is taken out and a
    /// `next()` from inside it is CPython's "generator already executing"; a step that fails
    /// or finds the end finishes the generator for good.
    pub fn genexpr_next(&self, state: &RefCell<IterState>) -> PResult<Option<Value>> {
        let taken = std::mem::replace(&mut *state.borrow_mut(), IterState::GenExprRunning);
        let mut gen = match taken {
            IterState::GenExpr(gen) => gen,
            other => {
                *state.borrow_mut() = other;
                return Err(value_error("generator already executing"));
            }
        };
        let step = match self.enter_recursion("") {
            Ok(_depth) => gen.code.step(self, &mut gen.frame, &mut gen.iters),
            Err(e) => Err(e),
        };
        // An error leaving a step has a `<genexpr>` frame in its traceback, as in CPython.
        let step = step.map_err(|mut err| {
            let span = err.span.take().unwrap_or(gen.span);
            err.push_trace(TraceEntry {
                source: gen.frame.source().clone(),
                span,
                function: Rc::from("<genexpr>"),
            });
            err
        });
        let after = match step {
            Ok(Some(_)) => IterState::GenExpr(gen),
            _ => IterState::Values {
                items: Vec::new(),
                index: 0,
                kind: "generator",
            },
        };
        // What the step left in place is `GenExprRunning` (a `next()` from inside the step
        // finds it and leaves it), which owns nothing: no drop glue to run on it.
        // (Only this function writes a generator's state.)
        let before = std::mem::replace(&mut *state.borrow_mut(), after);
        debug_assert!(matches!(before, IterState::GenExprRunning));
        std::mem::forget(before);
        step
    }
}
