//! What may be assigned to or deleted, and CPython's wording when something may not.

use super::{custom, Emitter};
use crate::syntax::ast;
use crate::syntax::ast::{ComprehensionKind, Expr, ExprKind};

/// A bare `*x` is only meaningful inside a display, a tuple or a call.
pub(super) fn check_not_starred(value: &Expr, emitter: &mut Emitter<'_>) {
    if matches!(value.node, ExprKind::Starred(_)) {
        emitter.emit(custom(value.span, "can't use starred expression here"));
    }
}

/// Where a target appears, which decides CPython's wording.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum TargetContext {
    Assign,
    Delete,
}

/// The name CPython gives an expression in "cannot assign to ..." messages.
fn expression_name(expr: &Expr) -> &'static str {
    match &expr.node {
        ExprKind::Call { .. } => "function call",
        ExprKind::Int(_) | ExprKind::BigInt(_) | ExprKind::Float(_) | ExprKind::Str(_) => "literal",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::None => "None",
        ExprKind::True => "True",
        ExprKind::False => "False",
        ExprKind::Ellipsis => "ellipsis",
        ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } | ExprKind::BoolOp { .. } => "expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Lambda(_) => "lambda",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::Await(_) => "await expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Comprehension(c) => match c.kind {
            ComprehensionKind::List => "list comprehension",
            ComprehensionKind::Set => "set comprehension",
            ComprehensionKind::Dict => "dict comprehension",
            ComprehensionKind::Generator => "generator expression",
        },
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Starred(_) => "starred",
        ExprKind::Slice { .. } => "slice",
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => "name",
    }
}

pub(super) fn augmented_name(expr: &Expr) -> &'static str {
    expression_name(expr)
}

/// The first sub-expression that cannot be assigned to (or deleted), if any.
fn invalid_target(target: &Expr, context: TargetContext) -> Option<&Expr> {
    match &target.node {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            items.iter().find_map(|item| invalid_target(item, context))
        }
        ExprKind::Starred(inner) if context == TargetContext::Assign => {
            invalid_target(inner, context)
        }
        _ => Some(target),
    }
}

pub(super) fn check_target(target: &Expr, context: TargetContext, emitter: &mut Emitter<'_>) {
    if let Some(bad) = invalid_target(target, context) {
        let verb = if context == TargetContext::Delete {
            "delete"
        } else {
            "assign to"
        };
        emitter.emit(custom(
            bad.span,
            format!("cannot {verb} {}", expression_name(bad)),
        ));
    }
}

/// `a = b = value`: CPython says "... here. Maybe you meant '==' instead of '='?" when the bad
/// target sits right before the first `=` (so the line may be a mistyped comparison).
pub(super) fn check_assignment_targets(targets: &[Expr], emitter: &mut Emitter<'_>) {
    for target in targets {
        if let ExprKind::Tuple(items) | ExprKind::List(items) = &target.node {
            let starred = items
                .iter()
                .filter(|item| matches!(item.node, ExprKind::Starred(_)));
            if starred.count() > 1 {
                let message = "multiple starred expressions in assignment";
                emitter.emit(custom(target.span, message));
                return;
            }
        }
    }
    for (index, target) in targets.iter().enumerate() {
        let Some(bad) = invalid_target(target, TargetContext::Assign) else {
            continue;
        };
        let name = expression_name(bad);
        // CPython's hint applies only to targets at the `bitwise_or` level.
        let keyword_constant = matches!(
            bad.node,
            ExprKind::None
                | ExprKind::True
                | ExprKind::False
                | ExprKind::Lambda(_)
                | ExprKind::IfExp { .. }
                | ExprKind::BoolOp { .. }
                | ExprKind::Compare { .. }
                | ExprKind::NamedExpr { .. }
                | ExprKind::UnaryOp {
                    op: ast::UnaryOp::Not,
                    ..
                }
        );
        let right_before_equal = match &target.node {
            ExprKind::Tuple(items) => {
                let bare = items
                    .first()
                    .is_some_and(|item| item.span.start == target.span.start);
                bare && items.last().is_some_and(|last| std::ptr::eq(last, bad))
            }
            ExprKind::List(_) => false,
            _ => std::ptr::eq(target, bad),
        };
        let message = if index == 0 && targets.len() == 1 && right_before_equal && !keyword_constant
        {
            format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?")
        } else {
            format!("cannot assign to {name}")
        };
        emitter.emit(custom(bad.span, message));
        return;
    }
}
