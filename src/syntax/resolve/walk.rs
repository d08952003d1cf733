//! Walks that only look at an expression: its direct children, and whether it holds a `:=`
//! or an `await`.

use crate::syntax::ast::{Arg, Comprehension, DictItem, Expr, ExprKind, FStringPart};

/// Whether `e` holds a `:=` (comprehensions included, lambdas' bodies not).
pub(super) fn contains_named_expr(e: &Expr) -> bool {
    match &e.node {
        ExprKind::NamedExpr { .. } => return true,
        ExprKind::Comprehension(c) => {
            let parts = std::iter::once(&c.element).chain(&c.value).chain(
                c.generators
                    .iter()
                    .flat_map(|g| [&g.target, &g.iter].into_iter().chain(&g.conditions)),
            );
            return parts.into_iter().any(contains_named_expr);
        }
        _ => {}
    }
    let mut found = false;
    walk_children(e, &mut |child| found |= contains_named_expr(child));
    found
}

/// Whether `e` holds an `await` (comprehensions included, lambdas' bodies not).
fn contains_await(e: &Expr) -> bool {
    match &e.node {
        ExprKind::Await(_) => return true,
        ExprKind::Comprehension(c) => {
            return c
                .generators
                .first()
                .is_some_and(|g| contains_await(&g.iter))
                || awaits_past_first_iterable(c)
        }
        _ => {}
    }
    let mut found = false;
    walk_children(e, &mut |child| found |= contains_await(child));
    found
}

/// Whether a comprehension awaits (or iterates with `async for`) past its first iterable,
/// the part that runs in its own scope.
pub(super) fn awaits_past_first_iterable(c: &Comprehension) -> bool {
    c.generators.iter().enumerate().any(|(i, g)| {
        g.is_async || (i > 0 && contains_await(&g.iter)) || g.conditions.iter().any(contains_await)
    }) || contains_await(&c.element)
        || c.value.as_ref().is_some_and(contains_await)
}

/// Calls `f` on each direct child expression of `e` (not into lambdas' bodies).
pub(super) fn walk_children(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    match &e.node {
        ExprKind::FString(parts) => walk_fstring(parts, f),
        ExprKind::Attribute { value, .. } => f(value),
        ExprKind::Subscript { value, index } => {
            f(value);
            f(index);
        }
        ExprKind::Slice { lower, upper, step } => {
            for p in [lower, upper, step].into_iter().flatten() {
                f(p);
            }
        }
        ExprKind::Call { func, args, .. } => {
            f(func);
            for a in args {
                match a {
                    Arg::Positional(e) | Arg::Starred(e) | Arg::DoubleStarred(e) => f(e),
                    Arg::Keyword(_, e) => f(e),
                }
            }
        }
        ExprKind::BinOp { left, right, .. } => {
            f(left);
            f(right);
        }
        ExprKind::UnaryOp { operand, .. } => f(operand),
        ExprKind::BoolOp { values, .. } => values.iter().for_each(f),
        ExprKind::Compare { left, rest } => {
            f(left);
            for (_, e) in rest {
                f(e);
            }
        }
        ExprKind::IfExp { test, body, orelse } => {
            f(test);
            f(body);
            f(orelse);
        }
        ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
            items.iter().for_each(f)
        }
        ExprKind::Dict(items) => {
            for i in items {
                match i {
                    DictItem::Pair(k, v) => {
                        f(k);
                        f(v);
                    }
                    DictItem::Splat(e) => f(e),
                }
            }
        }
        ExprKind::Starred(inner) | ExprKind::Await(inner) => f(inner),
        ExprKind::NamedExpr { value, .. } => f(value),
        _ => {}
    }
}

fn walk_fstring(parts: &[FStringPart], f: &mut dyn FnMut(&Expr)) {
    for p in parts {
        if let FStringPart::Field(field) = p {
            f(&field.expr);
            walk_fstring(&field.format_spec, f);
        }
    }
}
