//! The `random` module as Python sees it: thin wrappers over `random.rs`, CPython's algorithms.

use std::cell::RefCell;

use num_bigint::BigInt;

use super::random::{self as core, Mt19937};
use crate::exception::*;
use crate::interp::Interp;
use crate::native;
use crate::ops::{to_bigint, to_f64};
use crate::symbol::Sym;
use crate::types::args::{arity, int_arg, kwarg};
use crate::types::object::len_of;
use crate::types::type_name;
use crate::value::*;

/// The module's hidden generator, one per interpreter, seeded from entropy like CPython's.
struct Generator(RefCell<Mt19937>);

impl Default for Generator {
    fn default() -> Self {
        Generator(RefCell::new(Mt19937::new_from_entropy()))
    }
}

fn with<T>(interp: &Interp, f: impl FnOnce(&mut Mt19937) -> T) -> T {
    interp.with_state(|generator: &Generator| f(&mut generator.0.borrow_mut()))
}

pub fn module() -> Value {
    super::new_module(
        "random",
        super::functions(&[
            native!("seed", seed),
            native!("random", random),
            native!("randint", randint),
            native!("randrange", randrange),
            native!("uniform", uniform),
            native!("choice", choice),
            native!("shuffle", shuffle),
            native!("sample", sample),
            native!("choices", choices),
            native!("getrandbits", getrandbits),
            native!("gauss", gauss),
            native!("normalvariate", normalvariate),
            native!("expovariate", expovariate),
        ]),
    )
}

fn int_of(v: &Value) -> PResult<BigInt> {
    to_bigint(v).ok_or_else(|| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))
    })
}

fn float_of(v: &Value) -> PResult<f64> {
    to_f64(v)?.ok_or_else(|| type_error(format!("must be real number, not {}", type_name(v))))
}

fn seed(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("seed", args, 0, 2)?;
    match args.first() {
        None | Some(Value::None) => with(interp, |g| g.seed_from_entropy()),
        Some(v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => {
            let n = int_of(v)?;
            with(interp, |g| g.seed_int(&n));
        }
        Some(Value::Float(f)) => {
            // CPython hashes floats it is seeded with.
            let h = interp.hash(&Value::Float(*f))? as i64;
            with(interp, |g| g.seed_int(&BigInt::from(h)));
        }
        Some(other) => {
            return Err(type_error(format!(
                "The only supported seed types are: None, int and float (pyco), not {}",
                type_name(other)
            )))
        }
    }
    Ok(Value::None)
}

fn random(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("random", args, 0, 0)?;
    Ok(Value::Float(with(interp, |g| g.random())))
}

fn randint(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    if args.len() != 2 {
        return Err(type_error(format!(
            "Random.randint() missing {} required positional argument{}",
            2usize.saturating_sub(args.len()),
            if args.len() == 1 {
                ": 'b'"
            } else {
                "s: 'a' and 'b'"
            }
        )));
    }
    if let (Value::Int(a), Value::Int(b)) = (&args[0], &args[1]) {
        return with(interp, |g| core::randint_i64(g, *a, *b))
            .map(Value::Int)
            .map_err(num_err);
    }
    let (a, b) = (int_of(&args[0])?, int_of(&args[1])?);
    with(interp, |g| core::randint(g, &a, &b))
        .map(Value::from_bigint)
        .map_err(num_err)
}

fn randrange(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("randrange", args, 1, 3)?;
    let start = int_of(&args[0])?;
    let stop = args.get(1).map(int_of).transpose()?;
    let step = args.get(2).map(int_of).transpose()?;
    with(interp, |g| {
        core::randrange(g, &start, stop.as_ref(), step.as_ref())
    })
    .map(Value::from_bigint)
    .map_err(num_err)
}

fn uniform(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("uniform", args, 2, 2)?;
    let (a, b) = (float_of(&args[0])?, float_of(&args[1])?);
    Ok(Value::Float(with(interp, |g| core::uniform(g, a, b))))
}

fn choice(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("choice", args, 1, 1)?;
    let len = len_of(interp, &args[0])?;
    let i = with(interp, |g| core::choice_index(g, len)).map_err(num_err)?;
    interp.get_item(&args[0], &Value::Int(i as i64))
}

fn shuffle(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("shuffle", args, 1, 1)?;
    let Value::List(l) = &args[0] else {
        return Err(type_error(format!(
            "'{}' object does not support item assignment",
            type_name(&args[0])
        )));
    };
    let mut items = std::mem::take(&mut *l.borrow_mut());
    with(interp, |g| core::shuffle(g, &mut items));
    *l.borrow_mut() = items;
    Ok(Value::None)
}

fn sample(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    arity("sample", args, 1, 2)?;
    let population = Population::of(interp, &args[0])?;
    let k = match args.get(1).cloned().or_else(|| kwarg(kwargs, "k")) {
        Some(v) => int_arg(&v, "")?,
        None => {
            return Err(type_error(
                "Random.sample() missing 1 required positional argument: 'k'",
            ))
        }
    };
    if k < 0 {
        return Err(value_error("Sample larger than population or is negative"));
    }
    let n = population.len(interp)?;
    if k as usize <= n {
        reserve(
            k as usize,
            std::mem::size_of::<usize>() + std::mem::size_of::<Value>(),
        )?;
    }
    let indices = with(interp, |g| core::sample_indices(g, n, k as usize)).map_err(num_err)?;
    population.picks(interp, indices)
}

/// What `sample` and `choices` draw from. A sequence is measured with `len` and indexed in
/// place, as CPython does, so `sample(range(10**18), 3)` never builds the range; any other
/// iterable is collected first.
enum Population<'a> {
    Sequence(&'a Value),
    Items(Vec<Value>),
}

impl<'a> Population<'a> {
    fn of(interp: &Interp, value: &'a Value) -> PResult<Population<'a>> {
        Ok(match value {
            Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) => {
                Population::Sequence(value)
            }
            other => Population::Items(interp.collect_iterable(other)?),
        })
    }

    fn len(&self, interp: &Interp) -> PResult<usize> {
        match self {
            Population::Sequence(v) => len_of(interp, v),
            Population::Items(items) => Ok(items.len()),
        }
    }

    fn picks(&self, interp: &Interp, indices: Vec<usize>) -> PResult {
        let picked = indices
            .into_iter()
            .map(|i| match self {
                Population::Sequence(v) => interp.get_item(v, &Value::Int(i as i64)),
                Population::Items(items) => items
                    .get(i)
                    .cloned()
                    .ok_or_else(|| index_error("list index out of range")),
            })
            .collect::<PResult<Vec<_>>>()?;
        Ok(Value::list(picked))
    }
}

fn choices(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    arity("choices", args, 1, 2)?;
    let population = Population::of(interp, &args[0])?;
    let n = population.len(interp)?;
    let k = match kwarg(kwargs, "k") {
        Some(v) => int_arg(&v, "")?.max(0) as usize,
        None => 1,
    };
    let weights = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(kwargs, "weights"))
        .filter(|w| !w.is_none());
    let cum = kwarg(kwargs, "cum_weights").filter(|w| !w.is_none());
    // The indices, then the list of picks.
    reserve(
        k,
        std::mem::size_of::<usize>() + std::mem::size_of::<Value>(),
    )?;
    let indices = match (weights, cum) {
        (None, None) => with(interp, |g| core::choices_indices(g, n, k)),
        (Some(w), None) => {
            let mut acc = 0.0;
            let mut cum = Vec::new();
            for v in interp.collect_iterable(&w)? {
                acc += float_of(&v)?;
                cum.push(acc);
            }
            with(interp, |g| core::choices_weighted_indices(g, &cum, k)).map_err(num_err)?
        }
        (_, Some(c)) => {
            let cum = interp
                .collect_iterable(&c)?
                .iter()
                .map(float_of)
                .collect::<PResult<Vec<f64>>>()?;
            with(interp, |g| core::choices_weighted_indices(g, &cum, k)).map_err(num_err)?
        }
    };
    if n == 0 && k > 0 {
        return Err(index_error("list index out of range"));
    }
    population.picks(interp, indices)
}

fn getrandbits(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("getrandbits", args, 1, 1)?;
    let k = int_arg(&args[0], "")?;
    if k < 0 {
        return Err(value_error("number of bits must be non-negative"));
    }
    // CPython takes `k` as a C int.
    if k > i64::from(i32::MAX) {
        return Err(overflow_error("Python int too large to convert to C int"));
    }
    reserve(k as usize / 8 + 8, 1)?;
    let bits = with(interp, |g| g.getrandbits(k as u64));
    Ok(Value::from_bigint(BigInt::from(bits)))
}

fn gauss(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let mu = args.first().map(float_of).transpose()?.unwrap_or(0.0);
    let sigma = args.get(1).map(float_of).transpose()?.unwrap_or(1.0);
    Ok(Value::Float(with(interp, |g| core::gauss(g, mu, sigma))))
}

fn normalvariate(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let mu = args.first().map(float_of).transpose()?.unwrap_or(0.0);
    let sigma = args.get(1).map(float_of).transpose()?.unwrap_or(1.0);
    Ok(Value::Float(with(interp, |g| {
        core::normalvariate(g, mu, sigma)
    })))
}

fn expovariate(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    arity("expovariate", args, 1, 1)?;
    let l = float_of(&args[0])?;
    with(interp, |g| core::expovariate(g, l))
        .map(Value::Float)
        .map_err(num_err)
}
