//! `tuple`: its methods, which are the sequence methods it shares with `list`.

use crate::exception::*;
use crate::interp::Interp;
use crate::symbol::Sym;
use crate::value::*;

use super::sequence::{seq_count, seq_index};

// tuple's own entries for the shared sequence methods: a method is found by its address,
// to name its class in messages (`unbound method tuple.count() needs an argument`).
pub(super) fn tuple_index(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    seq_index(interp, args, kwargs)
}

pub(super) fn tuple_count(interp: &Interp, args: &[Value], kwargs: &[(Sym, Value)]) -> PResult {
    seq_count(interp, args, kwargs)
}
