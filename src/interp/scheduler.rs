//! The evaluator's face to the scheduler: everything `event_loop/` may ask of an `Interp`.
//!
//! The loop is plain data (ready queue, timers, futures, tasks). When it runs a task step it
//! must install that task's evaluator state — its stack of `except` blocks being handled, its
//! call depth, the place it resumes at — and take it back afterwards; when it reports a
//! dropped coroutine it needs the line running and stderr. These methods, `Interp::call` and
//! the scheduler's own `Interp::runtime` are the whole interface: `tests/layers.rs` fails when
//! a file of `event_loop/` reaches for anything else.

use std::rc::Rc;

use crate::source::Source;
use crate::value::Value;

use super::{Interp, Position};

/// The evaluator state a task carries between its steps.
pub struct TaskContext {
    /// The exceptions its `except` blocks are handling, innermost last.
    pub handling: Vec<Value>,
    /// Its call depth above the depth the loop runs at.
    pub depth: u32,
    /// Where it resumes (its `await`), or `Position::NONE` before its first step.
    pub position: Position,
}

/// What `enter_task` replaced, for `leave_task` to put back.
pub struct OuterContext {
    handling: Vec<Value>,
    base_depth: u32,
    outer_base_depth: u32,
    position: Position,
    frame_position: Position,
}

impl Interp {
    /// Installs `task`'s state for one step and returns what it replaced.
    #[inline]
    pub fn enter_task(&self, task: TaskContext) -> OuterContext {
        let runtime = &self.runtime;
        let base_depth = self.depth.get();
        self.depth.set(base_depth + task.depth);
        OuterContext {
            handling: self.handling.replace(task.handling),
            base_depth,
            outer_base_depth: runtime.task_base_depth.replace(base_depth),
            position: self.position.replace(task.position),
            // Until the task's first statement runs, no Python frame of it is current.
            frame_position: runtime.task_frame_position.replace(Position::NONE),
        }
    }

    /// Ends a task's step: puts `outer` back and returns what the task keeps until its next
    /// step, its `except` stack and its call depth (where it resumes, its frame records).
    #[inline]
    pub fn leave_task(&self, outer: OuterContext) -> (Vec<Value>, u32) {
        let runtime = &self.runtime;
        let depth = self.depth.get().saturating_sub(outer.base_depth);
        self.depth.set(outer.base_depth);
        runtime.task_base_depth.set(outer.outer_base_depth);
        self.position.set(outer.position);
        runtime.task_frame_position.set(outer.frame_position);
        (self.handling.replace(outer.handling), depth)
    }

    /// The source and line of the innermost Python frame running, if any.
    pub fn current_line(&self) -> Option<(Rc<Source>, usize)> {
        self.position_line(self.position.get())
    }

    /// Whether the innermost Python frame running is in pyco's own library (asyncio's
    /// Python half), found without counting lines.
    pub fn running_in_library(&self) -> bool {
        let position = self.position.get();
        self.sources
            .borrow()
            .iter()
            .find(|s| Rc::as_ptr(s) as usize == position.source)
            .is_some_and(|s| s.is_library())
    }

    /// Writes a warning to stderr after what the program printed so far.
    pub fn write_warning(&self, text: &str) {
        self.flush_out();
        self.write_err(text);
    }
}
