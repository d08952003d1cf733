//! Input and output: `print` (to the interpreter's streams, or to any object with a
//! `write` method) and `input`.

use std::sync::atomic::{AtomicBool, Ordering};

use crate::exception::*;
use crate::interp::Interp;
use crate::symbol::Sym;
use crate::types::args::{arity, kwarg, no_kwargs};
use crate::types::{type_name, types};
use crate::value::*;

pub(super) fn builtin_print(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    let sep = match kwarg(kwargs, "sep") {
        None | Some(Value::None) => " ".to_string(),
        Some(Value::Str(s)) => s.text.clone(),
        Some(other) => {
            return Err(type_error(format!(
                "sep must be None or a string, not {}",
                type_name(&other)
            )))
        }
    };
    let end = match kwarg(kwargs, "end") {
        None | Some(Value::None) => "\n".to_string(),
        Some(Value::Str(s)) => s.text.clone(),
        Some(other) => {
            return Err(type_error(format!(
                "end must be None or a string, not {}",
                type_name(&other)
            )))
        }
    };
    let flush = match kwarg(kwargs, "flush") {
        Some(v) => interp.truthy(&v)?,
        None => false,
    };
    let file = kwarg(kwargs, "file").filter(|f| !f.is_none());
    if let Some(file) = file.filter(|f| !is_std_stream(f)) {
        return print_to_object(interp, args, &sep, &end, &file, flush);
    }
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match a {
            Value::Str(s) => out.push_str(&s.text),
            _ => out.push_str(&interp.str(a)?),
        }
    }
    out.push_str(&end);
    if kwarg(kwargs, "file").is_some_and(|f| is_stderr(&f)) {
        interp.flush_out();
        interp.write_err(&out);
    } else {
        interp.write_out(&out)?;
        if flush {
            interp.flush_out();
        }
    }
    Ok(Value::None)
}

/// `print(..., file=obj)` for an object other than `sys.stdout`/`sys.stderr`: as CPython,
/// each argument, separator and the end go to `obj.write` one call each, then `obj.flush()`
/// if asked.
fn print_to_object(
    interp: &Interp,
    args: &[Value],
    sep: &str,
    end: &str,
    file: &Value,
    flush: bool,
) -> PResult {
    let write = |text: Value| -> PResult<()> {
        let writer = interp.get_attr(file, Sym::intern("write"))?;
        interp.call(&writer, &[text], &[])?;
        Ok(())
    };
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            write(Value::str(sep))?;
        }
        let writer = interp.get_attr(file, Sym::intern("write"))?;
        let text = match a {
            Value::Str(_) => a.clone(),
            _ => Value::str(interp.str(a)?),
        };
        interp.call(&writer, &[text], &[])?;
    }
    write(Value::str(end))?;
    if flush {
        let flush_method = interp.get_attr(file, Sym::intern("flush"))?;
        interp.call(&flush_method, &[], &[])?;
    }
    Ok(Value::None)
}

/// `sys.stdout` or `sys.stderr`, which `print` writes to directly.
fn is_std_stream(v: &Value) -> bool {
    match v {
        Value::Instance(i) => matches!(&*i.class.name.name(), "_Stdout" | "_Stderr"),
        _ => false,
    }
}

fn is_stderr(v: &Value) -> bool {
    match v {
        Value::Instance(i) => &*i.class.name.name() == "_Stderr",
        _ => false,
    }
}

/// Whether pyco started with descriptor 0 closed: CPython's `sys.stdin` is then None.
static STDIN_LOST: AtomicBool = AtomicBool::new(false);

/// Called first thing at start-up: notes whether pyco was started with descriptor 0 closed,
/// so that `input()` raises CPython's "lost sys.stdin". Rust's runtime has by then reopened
/// a closed descriptor 0 on /dev/null for reading and writing, which a shell's `< /dev/null`
/// (read-only) does not do: that is how the two are told apart (Linux's /proc says both).
pub fn note_closed_stdin() {
    let on_null = std::fs::read_link("/proc/self/fd/0")
        .is_ok_and(|target| target == std::path::Path::new("/dev/null"));
    let read_write = std::fs::read_to_string("/proc/self/fdinfo/0").is_ok_and(|info| {
        info.lines()
            .find_map(|line| line.strip_prefix("flags:"))
            .and_then(|flags| u32::from_str_radix(flags.trim(), 8).ok())
            .is_some_and(|flags| flags & 0o3 == 0o2)
    });
    if on_null && read_write {
        STDIN_LOST.store(true, Ordering::Relaxed);
    }
}

pub(super) fn builtin_input(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    no_kwargs("input", kwargs)?;
    arity("input", args, 0, 1)?;
    if STDIN_LOST.load(Ordering::Relaxed) {
        return Err(PyErr::new(
            &types().runtime_error,
            "input(): lost sys.stdin",
        ));
    }
    if let Some(prompt) = args.first() {
        let p = interp.str(prompt)?;
        interp.write_out(&p)?;
    }
    interp.flush_out();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(PyErr::new(&types().eof_error, "EOF when reading a line")),
        Ok(_) => {
            // Only the newline goes: a `\r` before it stays, as in CPython reading a pipe
            // or a file.
            if line.ends_with('\n') {
                line.pop();
            }
            Ok(Value::str(line))
        }
        Err(e) => Err(PyErr::new(&types().os_error, e.to_string())),
    }
}
