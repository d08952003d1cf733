//! Functions, builtin functions and methods.

use crate::exception::*;
use crate::interp::Interp;
use crate::symbol::Sym;
use crate::types::types;
use crate::value::*;

/// Whether `b` is the builtin `exit` or `quit` (not `sys.exit`, which shares the name): their
/// repr says how to leave the REPL.
pub fn is_exit_builtin(b: &BuiltinFunction) -> bool {
    std::ptr::fn_addr_eq(b.call, exit as NativeFn)
}

/// `exit()` and `quit()`: raise SystemExit with the arguments.
pub fn exit(_: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    Err(PyErr::with_args(&types().system_exit, args.to_vec()))
}
