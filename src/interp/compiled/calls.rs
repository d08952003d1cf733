//! Calls, compiled: `f(args)`, `obj.method(args)` and `Class(args)` of Python code with
//! the arguments evaluated straight into the callee's slots (a window of the slot stack),
//! and `obj.method(args)` without a bound-method object.

use std::rc::Rc;

use arrayvec::ArrayVec;

use super::expressions::{bound_local, compile_expr, eval_all, local_slot, InPlace};
use super::ExprCode;
use crate::exception::*;
use crate::interp::call::{Callee, MethodTarget};
use crate::interp::names::global_or_builtin;
use crate::interp::{Frame, Interp};
use crate::source::Span;
use crate::syntax::ast::*;
use crate::value::*;

/// A call whose arguments are all positional (`call` is the `Call` node).
pub(crate) fn compile_call(
    call: &Expr,
    func: &Expr,
    args: &[Arg],
    method_site: Option<MethodSite>,
) -> ExprCode {
    let span = call.span;
    // One argument used where it lies (`len(xs)`, `abs(x)`): a builtin gets it as a slice
    // of one, with no copy.
    let single = match args {
        [Arg::Positional(e)] => InPlace::of(e),
        _ => None,
    };
    // `d.items()`, `xs.append(x)`, `d.get(k, 0)` on a local, with arguments that are
    // locals or int literals: all used where they lie.
    let in_place: Option<Vec<InPlace>> = if args.len() < NATIVE_ARGS_ON_STACK {
        args.iter()
            .map(|arg| match arg {
                Arg::Positional(e) => InPlace::of(e),
                _ => None,
            })
            .collect()
    } else {
        None
    };
    let args: Vec<ExprCode> = args
        .iter()
        .map(|arg| match arg {
            Arg::Positional(e) => compile_expr(e),
            _ => unreachable!("a call marked all-positional has positional arguments only"),
        })
        .collect();
    if let ExprKind::Attribute { value, attr } = &func.node {
        let (receiver, attr) = (compile_expr(value), *attr);
        let builtin = BuiltinSite::default();
        let local_receiver = local_slot(value).zip(in_place);
        return Box::new(move |interp, frame| {
            if let Some((slot, in_place)) = &local_receiver {
                if let Some(receiver) = bound_local(frame, *slot) {
                    if let Some(native) = builtin.method_of(receiver) {
                        if let Some(result) =
                            call_native_in_place(interp, frame, native, receiver, in_place)
                        {
                            return result.map_err(|e| e.at(span));
                        }
                    }
                }
            }
            let receiver = receiver(interp, frame)?;
            if let Some(native) = builtin.method_of(&receiver) {
                return call_native_as_given(interp, frame, native, receiver, &args)
                    .map_err(|e| e.at(span));
            }
            let target = method_target(interp, frame, &receiver, attr, method_site, span)?;
            if let MethodTarget::Unbound(Value::Builtin(native)) = &target {
                if args.len() < NATIVE_ARGS_ON_STACK {
                    builtin.learn(&receiver, native, args.len());
                    return call_native_on_stack(interp, frame, native, Some(receiver), &args)
                        .map_err(|e| e.at(span));
                }
            }
            if let MethodTarget::Unbound(Value::Function(f)) = &target {
                if f.takes_plainly(args.len() + 1) {
                    let f = f.clone();
                    return call_plain_here(interp, frame, f, Some(receiver), &args)
                        .map_err(|e| e.at(span));
                }
            }
            // Any other Python method's arguments go into a vector with room for all its
            // slots, which binding them grows to.
            let capacity = match &target {
                MethodTarget::Unbound(Value::Function(f)) => f.def.scope.slot_count as usize,
                _ => 0,
            };
            let mut with_receiver = Vec::with_capacity(capacity.max(args.len() + 1));
            with_receiver.push(receiver);
            for arg in &args {
                with_receiver.push(arg(interp, frame)?);
            }
            interp
                .call_method_target(target, with_receiver, &[])
                .map_err(|e| e.at(span))
        });
    }
    // A callee that is a global (`fib(n - 1)`, `Point(x, y)`) or a builtin the module
    // mirrors (`len(xs)`) is read here, with no closure of its own to call; else (an
    // unbound name) by its closure, which raises the error.
    let global = match &func.node {
        ExprKind::Name(Name {
            resolved: Resolved::Global(slot),
            ..
        }) => Some(*slot),
        _ => None,
    };
    let callee = compile_expr(func);
    Box::new(move |interp, frame| {
        let callee = match global.and_then(|slot| global_or_builtin(&frame.globals, slot)) {
            Some(v) => v,
            None => callee(interp, frame)?,
        };
        if let Value::Function(f) = callee {
            if f.takes_plainly(args.len()) {
                return call_plain_here(interp, frame, f, None, &args).map_err(|e| e.at(span));
            }
            // Arguments to bind: a vector with room for all the callee's slots.
            let positional = eval_all(interp, frame, &args, f.def.scope.slot_count as usize)?;
            return interp
                .call_function(&f, positional, &[])
                .map_err(|e| e.at(span));
        }
        if let Value::Class(class) = &callee {
            if matches!(class.kind, ClassKind::Object | ClassKind::Exception) {
                // The arguments go into a window of the slot stack with room for all of
                // `__init__`'s slots, after the instance's.
                let len = interp.construction_slots(class, args.len());
                let (full, top) =
                    interp
                        .slot_stack
                        .take(len, Some(Value::None), args.len(), |i| {
                            args[i](interp, frame)
                        })?;
                let result = interp.instantiate_into(class, full, args.len());
                interp.slot_stack.release(top);
                return result.map_err(|e| e.at(span));
            }
        }
        if let Value::Builtin(native) = &callee {
            if let Some(arg) = single.as_ref().and_then(|arg| arg.get(frame)) {
                return interp
                    .call_native(native, std::slice::from_ref(arg), &[])
                    .map_err(|e| e.at(span));
            }
            // With no arguments a few builtins read the caller's frame (`super()`,
            // `locals()`): those go through `call_in_frame`.
            if !args.is_empty() && args.len() < NATIVE_ARGS_ON_STACK {
                return call_native_on_stack(interp, frame, native, None, &args)
                    .map_err(|e| e.at(span));
            }
        }
        let positional = eval_all(interp, frame, &args, 0)?;
        interp
            .call_in_frame(frame, &callee, positional, &Vec::new())
            .map_err(|e| e.at(span))
    })
}

/// A call of `f`, which takes `first` (a method's receiver) and `args` plainly
/// (`Function::takes_plainly`): its frame's slots are a window of the slot stack, and the
/// arguments are evaluated straight into them.
#[inline(always)]
fn call_plain_here(
    interp: &Interp,
    frame: &mut Frame,
    f: Rc<Function>,
    first: Option<Value>,
    args: &[ExprCode],
) -> PResult {
    let len = f.def.scope.slot_count as usize;
    let (slots, top) = interp
        .slot_stack
        .take(len, first, args.len(), |i| args[i](interp, frame))?;
    let result = interp.call_plain(f, slots);
    interp.slot_stack.release(top);
    result
}

/// How many values (the receiver and its arguments) a call of a built-in method takes
/// from an array on the stack rather than a vector on the heap.
const NATIVE_ARGS_ON_STACK: usize = 4;

/// `f(args)` of a builtin (`len(xs)`) or `receiver.method(args)` of a built-in method
/// (`d.get(k, 0)`): the receiver and arguments in an array on the stack, handed to the
/// native as a slice.
fn call_native_on_stack(
    interp: &Interp,
    frame: &mut Frame,
    native: &'static BuiltinFunction,
    receiver: Option<Value>,
    args: &[ExprCode],
) -> PResult {
    let mut values = ArrayVec::new();
    values.extend(receiver);
    push_args(interp, frame, &mut values, args)?;
    interp.call_native(native, &values, &[])
}

/// `receiver.method(args)` of a built-in method whose signature takes the arguments as
/// given (see `BuiltinSite`), with a local receiver and arguments that are locals or int
/// literals (`xs.append(x)`): the native gets them where they lie, copied bit for bit into
/// an array that is never dropped, so the call changes no reference count. `None` when an
/// argument is an unbound local: the caller goes the way that raises its error.
#[inline]
fn call_native_in_place(
    interp: &Interp,
    frame: &Frame,
    native: &'static BuiltinFunction,
    receiver: &Value,
    args: &[InPlace],
) -> Option<PResult> {
    let mut values = std::mem::ManuallyDrop::new(ArrayVec::<Value, NATIVE_ARGS_ON_STACK>::new());
    // SAFETY: each copy shares what a slot of this frame (or the site's literal) owns, and
    // is never dropped (`values` is `ManuallyDrop`), so no count goes wrong. The originals
    // outlive the call: nothing a native runs (a key function, an `__eq__`) can reach this
    // frame's slots, and the site's literals live as long as its closure. A native keeps a
    // value only by cloning it.
    unsafe {
        values.push(std::ptr::read(receiver));
        for arg in args {
            values.push(std::ptr::read(arg.get(frame)?));
        }
    }
    Some((native.call)(interp, &values, &[]))
}

/// `receiver.method(args)` of a built-in method whose signature takes the arguments as
/// given (see `BuiltinSite`): called with no binding and no signature check.
#[inline]
fn call_native_as_given(
    interp: &Interp,
    frame: &mut Frame,
    native: &'static BuiltinFunction,
    receiver: Value,
    args: &[ExprCode],
) -> PResult {
    let mut values = ArrayVec::new();
    values.push(receiver);
    push_args(interp, frame, &mut values, args)?;
    (native.call)(interp, &values, &[])
}

/// Evaluates `args` in order into `values`, after the receiver.
#[inline(always)]
fn push_args(
    interp: &Interp,
    frame: &mut Frame,
    values: &mut ArrayVec<Value, NATIVE_ARGS_ON_STACK>,
    args: &[ExprCode],
) -> PResult<()> {
    for arg in args {
        values.push(arg(interp, frame)?);
    }
    Ok(())
}

/// What a method call site learnt from a receiver of a built-in type (a list, a dict, a
/// str, ...): its kind of value, and the built-in method its type gives for the name, when
/// that method takes the site's arguments as given. A built-in type cannot change (setting
/// its attributes is a TypeError, as in CPython) and each kind of value has one type, so
/// the kind alone decides: no class to find, no epoch to compare, no binding.
#[derive(Default)]
struct BuiltinSite(
    std::cell::Cell<Option<(std::mem::Discriminant<Value>, &'static BuiltinFunction)>>,
);

impl BuiltinSite {
    /// The method learnt, if `receiver` is of the kind it was learnt for.
    #[inline]
    fn method_of(&self, receiver: &Value) -> Option<&'static BuiltinFunction> {
        let (kind, native) = self.0.get()?;
        (kind == std::mem::discriminant(receiver)).then_some(native)
    }

    /// Remembers `native`, the method the type of `receiver` gave, if `receiver` is of a
    /// built-in type and `native` takes `given` arguments (after the receiver) as given.
    fn learn(&self, receiver: &Value, native: &'static BuiltinFunction, given: usize) {
        let fixed_type = matches!(
            receiver,
            Value::List(_)
                | Value::Tuple(_)
                | Value::Dict(_)
                | Value::Set(_)
                | Value::FrozenSet(_)
                | Value::Str(_)
                | Value::Int(_)
                | Value::BigInt(_)
                | Value::Float(_)
                | Value::Bool(_)
        );
        let as_given = native
            .signature
            .is_none_or(|signature| signature.is_method && signature.takes_as_given(given));
        if fixed_type && as_given {
            self.0.set(Some((std::mem::discriminant(receiver), native)));
        }
    }
}

/// A call with `*args`, keywords or `**kwargs`: each argument added as the walker adds it
/// (`add_arg`, with CPython's errors naming the callee).
pub(crate) fn compile_general_call(
    call: &Expr,
    func: &Expr,
    args: &[Arg],
    method_site: Option<MethodSite>,
) -> ExprCode {
    let span = call.span;
    let args: Vec<(Arg, ExprCode)> = args
        .iter()
        .map(|arg| (arg.clone(), compile_expr(arg.value())))
        .collect();
    if let ExprKind::Attribute { value, attr } = &func.node {
        let (receiver, attr) = (compile_expr(value), *attr);
        return Box::new(move |interp, frame| {
            let receiver = receiver(interp, frame)?;
            let target = method_target(interp, frame, &receiver, attr, method_site, span)?;
            let callee = Callee::Method(&target, &receiver);
            let (positional, keywords) = eval_args(interp, frame, &args, span, callee)?;
            let mut with_receiver = Vec::with_capacity(positional.len() + 1);
            with_receiver.push(receiver);
            with_receiver.extend(positional);
            interp
                .call_method_target(target, with_receiver, &keywords)
                .map_err(|e| e.at(span))
        });
    }
    let callee = compile_expr(func);
    Box::new(move |interp, frame| {
        let callee = callee(interp, frame)?;
        let (positional, keywords) = eval_args(interp, frame, &args, span, Callee::Value(&callee))?;
        interp
            .call_in_frame(frame, &callee, positional, &keywords)
            .map_err(|e| e.at(span))
    })
}

fn eval_args(
    interp: &Interp,
    frame: &mut Frame,
    args: &[(Arg, ExprCode)],
    span: Span,
    callee: Callee<'_>,
) -> PResult<(Vec<Value>, Kwargs)> {
    let mut positional = Vec::with_capacity(args.len());
    let mut keywords = Vec::new();
    for (arg, code) in args {
        let value = code(interp, frame)?;
        interp.add_arg(&mut positional, &mut keywords, arg, value, span, callee)?;
    }
    Ok((positional, keywords))
}

/// What `receiver.attr(...)` calls, found through the call site's method cache.
fn method_target(
    interp: &Interp,
    frame: &mut Frame,
    receiver: &Value,
    attr: crate::symbol::Sym,
    method_site: Option<MethodSite>,
    span: Span,
) -> PResult<MethodTarget> {
    let site = method_site.map(|s| (&*frame.globals, s.index()));
    interp
        .method_target_cached(receiver, attr, site)
        .map_err(|e| e.at(span))
}
