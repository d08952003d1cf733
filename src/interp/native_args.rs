//! Binding the arguments of a call to a native (a function written in Rust) by its declared
//! `Signature`: one binder for every native, giving CPython 3.11's message for each way a
//! call can go wrong, in the order CPython checks them.

use crate::exception::{type_error, PResult};
use crate::symbol::Sym;
use crate::value::{ArgStyle, ParamDefault, Signature, Value};

/// Arguments placed for a native: positional values (a keyword given for a positional
/// parameter moved to its place, parameters left out before it filled with their default)
/// and the keyword-only arguments, which the native reads by name.
pub type BoundArgs = (Vec<Value>, Vec<(Sym, Value)>);

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Checks a call against `signature`. `Ok(None)`: the arguments are fine as they are (the
/// common case, which allocates nothing). `qualname` names a method in the messages that
/// use the owning class (`list.pop() takes no keyword arguments`).
pub fn bind_native(
    signature: &Signature,
    qualname: &dyn Fn() -> String,
    args: &[Value],
    kwargs: &[(Sym, Value)],
) -> PResult<Option<BoundArgs>> {
    let (receiver, given) = match (signature.is_method, args) {
        (true, [receiver, rest @ ..]) => (Some(receiver), rest),
        (true, []) => {
            return Err(type_error(format!(
                "unbound method {}() needs an argument",
                qualname()
            )))
        }
        (false, _) => (None, args),
    };
    let name = signature.name;
    let n = given.len();
    if signature.style != ArgStyle::Keywords {
        if !kwargs.is_empty() {
            return Err(type_error(format!(
                "{}() takes no keyword arguments",
                qualname()
            )));
        }
        if signature.varargs.is_some() {
            return Ok(None);
        }
        let max = signature.params.len();
        let min = signature.required_positional();
        let message = match signature.style {
            ArgStyle::NoArgs if n > 0 => format!("{}() takes no arguments ({n} given)", qualname()),
            ArgStyle::One if n != 1 => {
                format!("{}() takes exactly one argument ({n} given)", qualname())
            }
            ArgStyle::Positional if n < min => format!(
                "{name} expected {}{min} argument{}, got {n}",
                if min == max { "" } else { "at least " },
                plural(min)
            ),
            ArgStyle::Positional if n > max => format!(
                "{name} expected {}{max} argument{}, got {n}",
                if min == max { "" } else { "at most " },
                plural(max)
            ),
            ArgStyle::Tuple if n < min || n > max => {
                let (bound, which) = if min == max {
                    (min, "exactly")
                } else if n < min {
                    (min, "at least")
                } else {
                    (max, "at most")
                };
                format!(
                    "{name}() takes {which} {bound} argument{} ({n} given)",
                    plural(bound)
                )
            }
            _ => return Ok(None),
        };
        return Err(type_error(message));
    }
    if let Some(min) = signature.varargs {
        if n < min {
            return Err(type_error(format!(
                "{name} expected at least {min} argument{}, got {n}",
                plural(min)
            )));
        }
        // The positional arguments are the `*args`; keywords are checked on their own.
        if kwargs.is_empty() {
            return Ok(None);
        }
        let bound = bind_keywords(signature, &[], kwargs)?;
        return Ok(Some((args.to_vec(), bound.1)));
    }
    let minimum = signature.required_positional();
    if kwargs.is_empty() && minimum <= n && n <= signature.positional {
        return Ok(None);
    }
    let (positional, keyword_only) = bind_keywords(signature, given, kwargs)?;
    let mut placed = Vec::with_capacity(positional.len() + 1);
    placed.extend(receiver.cloned());
    placed.extend(positional);
    Ok(Some((placed, keyword_only)))
}

/// `_PyArg_UnpackKeywords`: the clinic binder, for `given` positional arguments (receiver
/// left out) and `kwargs`.
fn bind_keywords(
    signature: &Signature,
    given: &[Value],
    kwargs: &[(Sym, Value)],
) -> PResult<BoundArgs> {
    let name = signature.name;
    let params = signature.params;
    let (n, k) = (given.len(), kwargs.len());
    let max_args = params.len();
    let max_positional = signature.positional;
    let min_positional = signature.required_positional();
    let positional_only = signature.positional_only;
    if n + k > max_args && signature.counts_arguments {
        return Err(type_error(format!(
            "{name}() takes at most {max_args} {}argument{} ({} given)",
            if n == 0 { "keyword " } else { "" },
            plural(max_args),
            n + k
        )));
    }
    if n > max_positional {
        return Err(type_error(if max_positional == 0 {
            format!("{name}() takes no positional arguments")
        } else {
            format!(
                "{name}() takes {} {max_positional} positional argument{} ({n} given)",
                if min_positional < max_positional {
                    "at most"
                } else {
                    "exactly"
                },
                plural(max_positional)
            )
        }));
    }
    let min_positional_only = positional_only.min(min_positional);
    if n < min_positional_only {
        return Err(type_error(format!(
            "{name}() takes {} {min_positional_only} positional argument{} ({n} given)",
            if min_positional_only < max_positional {
                "at least"
            } else {
                "exactly"
            },
            plural(min_positional_only)
        )));
    }
    let find = |param: &str| kwargs.iter().find(|(key, _)| &*key.name() == param);
    let mut positional: Vec<Value> = given.to_vec();
    let mut keyword_only = Vec::new();
    let mut unmatched = k;
    for (i, param) in params.iter().enumerate().skip(n.max(positional_only)) {
        match find(param.name) {
            Some((key, value)) => {
                unmatched -= 1;
                if i < max_positional {
                    // Parameters left out before this one take their defaults.
                    while positional.len() < i {
                        positional.push(default_value(params[positional.len()].default));
                    }
                    positional.push(value.clone());
                } else {
                    keyword_only.push((*key, value.clone()));
                }
            }
            None if i < min_positional => {
                return Err(type_error(format!(
                    "{name}() missing required argument '{}' (pos {})",
                    param.name,
                    i + 1
                )))
            }
            None => {}
        }
    }
    if unmatched > 0 {
        for (i, param) in params.iter().enumerate().take(n).skip(positional_only) {
            if find(param.name).is_some() {
                return Err(type_error(format!(
                    "argument for {name}() given by name ('{}') and position ({})",
                    param.name,
                    i + 1
                )));
            }
        }
        for (key, _) in kwargs {
            let known = params[positional_only..]
                .iter()
                .any(|p| p.name == &*key.name());
            if !known {
                return Err(type_error(format!(
                    "'{key}' is an invalid keyword argument for {name}()"
                )));
            }
        }
    }
    Ok((positional, keyword_only))
}

/// The value a parameter left out before a keyword argument takes.
fn default_value(default: ParamDefault) -> Value {
    match default {
        ParamDefault::Required | ParamDefault::Absent => Value::Unbound,
        ParamDefault::None => Value::None,
        ParamDefault::Int(i) => Value::Int(i),
        ParamDefault::Bool(b) => Value::Bool(b),
    }
}
