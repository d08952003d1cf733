//! CPython's compile-time errors and `SyntaxWarning`s that need scopes or a finished tree:
//! jumps out of place, late `global` / `nonlocal`, starred targets, repeated keywords, and the
//! warnings about calling or subscripting a literal.

use std::collections::HashSet;

use crate::source::Span;
use crate::symbol::Sym;
use crate::syntax::ast::{Arg, ComprehensionKind, Expr, ExprKind};
use crate::syntax::error::{SyntaxError, SyntaxErrorKind};

use super::Resolver;

/// CPython's refusal of a jump out of an `except*` body.
pub(super) const LEAVES_EXCEPT_STAR: &str =
    "'break', 'continue' and 'return' cannot appear in an except* block";

pub(super) fn error(message: impl Into<String>, span: Span) -> SyntaxError {
    let message = message.into();
    let label = label_for(&message);
    SyntaxError {
        kind: SyntaxErrorKind::Syntax,
        message,
        span,
        incomplete: false,
        label,
    }
}

/// What the report says beside the span: the rule, in the user's terms.
fn label_for(message: &str) -> Option<String> {
    let text = match message {
        "'return' outside function" => "`return` only works inside a `def`",
        "'await' outside function" => {
            "`await` works inside an `async def` (and at the top level of the REPL)"
        }
        "'await' outside async function" => "make this function `async def` to use `await` in it",
        "'break' outside loop" | "'continue' not properly in loop" => {
            "this is not inside a `for` or `while` loop"
        }
        m if m.starts_with("no binding for nonlocal") => {
            "`nonlocal` needs the name to be assigned in an enclosing function"
        }
        m if m.contains("global declaration") || m.contains("nonlocal declaration") => {
            "move the declaration to the top of the function"
        }
        _ => return None,
    };
    Some(text.to_string())
}

impl Resolver<'_> {
    /// The error for `global name` / `nonlocal name` (`declaration`) after the scope already
    /// used or bound `name`, with CPython's precedence between the reasons.
    pub(super) fn late_declaration(&mut self, name: Sym, declaration: &str) -> Option<String> {
        let state = self.current();
        if state.params.contains(&name) {
            Some(format!("name '{name}' is parameter and {declaration}"))
        } else if state.used.contains(&name) {
            Some(format!(
                "name '{name}' is used prior to {declaration} declaration"
            ))
        } else if state.annotated.contains(&name) {
            Some(format!("annotated name '{name}' can't be {declaration}"))
        } else if state.assigned.contains(&name) {
            Some(format!(
                "name '{name}' is assigned to before {declaration} declaration"
            ))
        } else {
            None
        }
    }

    /// An assignment target may hold one starred name, and only inside a tuple or list.
    pub(super) fn check_starred_target(&mut self, target: &Expr) {
        match &target.node {
            ExprKind::Starred(_) => {
                let msg = "starred assignment target must be in a list or tuple";
                self.errors.push(error(msg, target.span));
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let starred = items
                    .iter()
                    .filter(|i| matches!(i.node, ExprKind::Starred(_)))
                    .count();
                if starred > 1 {
                    self.errors.push(error(
                        "multiple starred expressions in assignment",
                        target.span,
                    ));
                }
                for item in items {
                    match &item.node {
                        ExprKind::Starred(inner) => self.check_nested_starred(inner),
                        _ => self.check_starred_target(item),
                    }
                }
            }
            _ => {}
        }
    }

    /// The target under a `*`: a name, or a tuple or list checked like a whole target.
    fn check_nested_starred(&mut self, target: &Expr) {
        if let ExprKind::Tuple(_) | ExprKind::List(_) = &target.node {
            self.check_starred_target(target);
        }
    }

    /// CPython's `check_caller`: calling a display or a literal, most likely a comma left
    /// out between two items (`[(1, 2) (3, 4)]`), warns.
    pub(super) fn check_caller(&mut self, func: &Expr, span: Span) {
        let callable_kind = matches!(
            func.node,
            ExprKind::Tuple(_)
                | ExprKind::List(_)
                | ExprKind::Dict(_)
                | ExprKind::Set(_)
                | ExprKind::FString(_)
        ) || matches!(&func.node, ExprKind::Comprehension(_))
            || Expr::is_folded_constant(func);
        if !callable_kind {
            return;
        }
        if let Some(type_name) = literal_type(func) {
            self.warnings.push((
                span,
                format!("'{type_name}' object is not callable; perhaps you missed a comma?"),
            ));
        }
    }

    /// CPython's `check_subscripter` and `check_index` for `value[index]` read (not
    /// assigned): subscripting a number, None, a set or a lambda, or indexing a sequence
    /// display or literal with a literal that is not an int or a slice, warns.
    pub(super) fn check_subscript(&mut self, value: &Expr, index: &Expr, span: Span) {
        let unsubscriptable = match &value.node {
            ExprKind::None
            | ExprKind::Ellipsis
            | ExprKind::Int(_)
            | ExprKind::BigInt(_)
            | ExprKind::Float(_)
            | ExprKind::True
            | ExprKind::False
            | ExprKind::Set(_)
            | ExprKind::Lambda(_) => true,
            ExprKind::Comprehension(c) => {
                matches!(
                    c.kind,
                    ComprehensionKind::Set | ComprehensionKind::Generator
                )
            }
            ExprKind::UnaryOp { .. } => Expr::is_folded_constant(value),
            _ => false,
        };
        if unsubscriptable {
            if let Some(type_name) = literal_type(value) {
                self.warnings.push((
                    span,
                    format!(
                        "'{type_name}' object is not subscriptable; perhaps you missed a comma?"
                    ),
                ));
            }
            return;
        }
        let Some(index_type) = literal_type(index) else {
            return;
        };
        if matches!(index_type, "int" | "bool" | "slice") {
            return;
        }
        let sequence = match &value.node {
            ExprKind::Str(_) | ExprKind::List(_) | ExprKind::FString(_) => true,
            ExprKind::Tuple(_) => true,
            ExprKind::Comprehension(c) => c.kind == ComprehensionKind::List,
            _ => false,
        };
        if sequence {
            if let Some(type_name) = literal_type(value) {
                self.warnings.push((
                    span,
                    format!(
                        "{type_name} indices must be integers or slices, not {index_type}; \
                         perhaps you missed a comma?"
                    ),
                ));
            }
        }
    }

    /// `f(a=1, a=2)`. The AST keeps no span for the keyword itself, so the error points at
    /// the repeated argument's value.
    pub(super) fn check_repeated_keywords(&mut self, args: &[Arg]) {
        let mut seen = HashSet::new();
        for arg in args {
            if let Arg::Keyword(name, value) = arg {
                if !seen.insert(*name) {
                    self.errors.push(error(
                        format!("keyword argument repeated: {name}"),
                        value.span,
                    ));
                    return;
                }
            }
        }
    }
}

/// The type CPython's compiler infers for `e` (`infer_type`): a display's or literal's, or
/// None when it cannot tell.
fn literal_type(e: &Expr) -> Option<&'static str> {
    Some(match &e.node {
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        ExprKind::Dict(_) => "dict",
        ExprKind::Set(_) => "set",
        ExprKind::Comprehension(c) => match c.kind {
            ComprehensionKind::List => "list",
            ComprehensionKind::Set => "set",
            ComprehensionKind::Dict => "dict",
            ComprehensionKind::Generator => "generator",
        },
        ExprKind::Lambda(_) => "function",
        ExprKind::FString(_) | ExprKind::Str(_) => "str",
        ExprKind::Slice { .. } => "slice",
        ExprKind::None => "NoneType",
        ExprKind::Ellipsis => "ellipsis",
        ExprKind::True | ExprKind::False => "bool",
        ExprKind::Int(_) | ExprKind::BigInt(_) => "int",
        ExprKind::Float(_) => "float",
        ExprKind::UnaryOp { operand, .. } if Expr::is_folded_constant(e) => {
            return literal_type(operand)
        }
        _ => return None,
    })
}

/// Whether `e` is a constant to CPython's compiler after its constant folding, other than
/// None, True, False and `...`: what `is` beside it warns about (`check_is_arg`).
pub(super) fn is_literal(e: &Expr) -> bool {
    match &e.node {
        ExprKind::None | ExprKind::True | ExprKind::False | ExprKind::Ellipsis => false,
        _ => Expr::is_folded_constant(e),
    }
}
