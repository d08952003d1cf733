//! The rules of `except` and `except*` clauses, which both evaluation paths follow: which
//! clause catches an error, what its body sees, what goes on when no clause catches it and,
//! for `except*` (PEP 654), what is raised from what the handlers raised and what no clause
//! matched. The paths differ only in how they evaluate a clause's type and run its body:
//!
//! ```text
//! let mut handling = self.begin_handling(frame, err, is_star);
//! for clause in clauses {
//!     kind = evaluate clause.kind          (on error: return clause_failed(...))
//!     match self.select_clause(&mut handling, kind) {
//!         Err(e) => return clause_failed(...),
//!         Ok(None) => continue,
//!         Ok(Some(caught)) => { enter_clause; run the body; leave_clause (Some(result): done) }
//!     }
//! }
//! self.end_handling(frame, handling)
//! ```

use crate::exception::group_exceptions;
use crate::exception::*;
use crate::interp::flow::{record_pending, reopen, set_context, Flow};
use crate::interp::{Frame, Interp};
use crate::ops::is_same;
use crate::syntax::ast::ExceptHandler;
use crate::types::exception_group::{create_group, except_star_match, project};
use crate::types::object::is_instance;
use crate::types::types;
use crate::value::{ClassKind, Value};

/// CPython's `CANNOT_CATCH_MSG`.
const CANNOT_CATCH: &str = "catching classes that do not inherit from BaseException is not allowed";

/// A `try` statement handling an error that reached its clauses.
pub struct Handling {
    /// The error as it reached the clauses, this frame's line already in its traceback.
    err: Box<PyErr>,
    /// Recording that line used the pending span: an error going on takes it back (`reopen`),
    /// so the frame is not recorded twice.
    recorded: bool,
    /// For `except*`: what the clauses have not matched yet and what their bodies raised.
    star: Option<StarHandling>,
}

struct StarHandling {
    rest: Option<Value>,
    raised: Vec<PyErr>,
}

impl Interp {
    /// Starts handling `err` with the clauses of a `try` (`except*` ones if `is_star`).
    pub fn begin_handling(&self, frame: &Frame, mut err: Box<PyErr>, is_star: bool) -> Handling {
        let recorded = record_pending(&mut err, frame).is_some();
        self.chain_to_handled(&err);
        let star = is_star.then(|| StarHandling {
            rest: Some(err.exc.clone()),
            raised: Vec::new(),
        });
        Handling {
            err,
            recorded,
            star,
        }
    }

    /// Decides one clause, given its evaluated type (None for a bare `except:`): the
    /// exception its body runs with, or None to go to the next clause. CPython checks the
    /// type first (a class deriving from BaseException or a flat tuple of them; for `except*`
    /// no exception group class); `except*` then splits what earlier clauses left.
    pub fn select_clause(
        &self,
        handling: &mut Handling,
        kind: Option<&Value>,
    ) -> PResult<Option<Value>> {
        let Some(kind) = kind else {
            return Ok(Some(handling.err.exc.clone()));
        };
        check_except_type(kind)?;
        let Some(star) = &mut handling.star else {
            return Ok(is_instance(&handling.err.exc, kind)?.then(|| handling.err.exc.clone()));
        };
        check_except_star_type(kind)?;
        let (matched, rest) = except_star_match(self, star.rest.as_ref(), kind)?;
        star.rest = rest;
        Ok(matched)
    }

    /// An error raised while a clause's type was evaluated or checked: it replaces the
    /// handled one, which becomes its context, as in CPython.
    pub fn clause_failed(
        &self,
        handling: Handling,
        error: Box<PyErr>,
        clause: &ExceptHandler,
    ) -> Box<PyErr> {
        set_context(&error, &handling.err.exc);
        error.at(clause.span)
    }

    /// Binds the caught exception and makes it the one being handled, for the clause's body.
    pub fn enter_clause(&self, frame: &mut Frame, clause: &ExceptHandler, caught: &Value) {
        if let Some(name) = &clause.name {
            self.store_name(frame, name, caught.clone());
        }
        self.handling.borrow_mut().push(caught.clone());
    }

    /// After a clause's body: `Some(result)` ends the handling (a plain `except`); None goes
    /// on to the next clause (`except*`, which keeps what the body raised for `end_handling`).
    /// The name is unbound as CPython's `name = None; del name` unbinds it.
    pub fn leave_clause(
        &self,
        frame: &mut Frame,
        handling: &mut Handling,
        clause: &ExceptHandler,
        caught: &Value,
        result: PResult<Flow>,
    ) -> Option<PResult<Flow>> {
        self.handling.borrow_mut().pop();
        if let Err(new) = &result {
            set_context(new, caught);
        }
        if let Some(name) = &clause.name {
            self.store_name(frame, name, Value::None);
            let _ = self.delete_name(frame, name);
        }
        let Some(star) = &mut handling.star else {
            return Some(result);
        };
        if let Err(raised) = result {
            star.raised.push(*raised);
        }
        None
    }

    /// No clause (left) to run: the error goes on, or for `except*` what CPython's
    /// `_PyExc_PrepReraiseStar` makes of what the bodies raised and what no clause matched.
    pub fn end_handling(&self, frame: &Frame, handling: Handling) -> PResult<Flow> {
        let Handling {
            err,
            recorded,
            star,
        } = handling;
        let going_on = |err: Box<PyErr>| if recorded { reopen(err) } else { err };
        let Some(StarHandling { rest, raised }) = star else {
            return Err(going_on(err));
        };
        if group_exceptions(&err.exc).is_none() {
            // A naked exception, wrapped for the one clause that could match it.
            return match (raised.into_iter().next(), rest) {
                (Some(raised), _) => Err(Box::new(raised)),
                (None, Some(_)) => Err(going_on(err)),
                (None, None) => Ok(Flow::Normal),
            };
        }
        // What a bare `raise` re-raised counts with what no clause matched: the part of the
        // original group with those leaves goes on, as one group.
        let mut kept: Vec<Value> = rest.into_iter().collect();
        let mut new = Vec::new();
        for raised in raised {
            if raised.reraised && same_metadata(&raised.exc, &err.exc) {
                kept.push(raised.exc.clone());
            } else {
                new.push(raised);
            }
        }
        let kept = project(self, &err.exc, &kept)?;
        if new.is_empty() {
            return match kept {
                Some(group) => Err(going_on(PyErr::from_value(group))),
                None => Ok(Flow::Normal),
            };
        }
        if new.len() == 1 && kept.is_none() {
            return Err(Box::new(new.remove(0)));
        }
        let mut exceptions = Vec::with_capacity(new.len() + 1);
        for mut raised in new {
            record_pending(&mut raised, frame);
            exceptions.push(raised.exc.clone());
        }
        exceptions.extend(kept);
        // Raised by CPython's RERAISE: no entry for this frame.
        let mut group = PyErr::from_value(create_group(self, "", exceptions)?);
        group.reraised = true;
        Err(group)
    }
}

fn is_exception_class(value: &Value) -> bool {
    matches!(value, Value::Class(class) if class.kind == ClassKind::Exception)
}

/// CPython's `check_except_type_valid`: every class is checked, not only up to a match.
fn check_except_type(kind: &Value) -> PResult<()> {
    let valid = match kind {
        Value::Tuple(items) => items.iter().all(is_exception_class),
        other => is_exception_class(other),
    };
    if valid {
        Ok(())
    } else {
        Err(type_error(CANNOT_CATCH))
    }
}

/// CPython's `check_except_star_type_valid`, after `check_except_type`.
fn check_except_star_type(kind: &Value) -> PResult<()> {
    let group_class = &types().base_exception_group;
    let is_group =
        |value: &Value| matches!(value, Value::Class(class) if class.is_subclass(group_class));
    let catches_groups = match kind {
        Value::Tuple(items) => items.iter().any(is_group),
        other => is_group(other),
    };
    if catches_groups {
        return Err(type_error(
            "catching ExceptionGroup with except* is not allowed. Use except instead.",
        ));
    }
    Ok(())
}

/// CPython's `is_same_exception_metadata`: the same traceback, cause and context, as the
/// parts `split` makes of a group share them.
fn same_metadata(a: &Value, b: &Value) -> bool {
    let (Some(a), Some(b)) = (exc_data(a), exc_data(b)) else {
        return false;
    };
    let (a, b) = (a.borrow(), b.borrow());
    let same_link = |x: &Option<Value>, y: &Option<Value>| match (x, y) {
        (Some(x), Some(y)) => is_same(x, y),
        (None, None) => true,
        _ => false,
    };
    a.traceback.len() == b.traceback.len()
        && a.traceback.iter().zip(&b.traceback).all(|(x, y)| {
            std::rc::Rc::ptr_eq(&x.source, &y.source)
                && x.span == y.span
                && x.function == y.function
        })
        && same_link(&a.cause, &b.cause)
        && same_link(&a.context, &b.context)
}
