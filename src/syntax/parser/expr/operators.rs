//! The operators: the arithmetic and bitwise precedence table, comparison chains, and the
//! `and` / `or` chains.

use chumsky::pratt::{infix, left, prefix, right, Operator};
use chumsky::prelude::*;

use super::depth::{guard, is_poison};
use super::{expr, Extras};
use crate::syntax::ast::{BinOp, BoolOp, CmpOp, Expr, ExprKind, UnaryOp};
use crate::syntax::lexer::Token;
use crate::syntax::parser::{placeholder, span_of, P};

/// Builds `left op right` unless either side already stands for a too-deep tree.
fn binary<'t>(
    left: Expr,
    op: BinOp,
    right: Expr,
    span: SimpleSpan,
    e: &mut Extras<'t, '_>,
) -> Expr {
    if is_poison(&left) {
        return left;
    }
    if is_poison(&right) {
        return right;
    }
    let node = expr(
        ExprKind::BinOp {
            left: Box::new(left),
            op,
            right: Box::new(right),
        },
        span,
    );
    guard(node, e)
}

pub(super) fn unary<'t>(
    op: UnaryOp,
    operand: Expr,
    span: SimpleSpan,
    e: &mut Extras<'t, '_>,
) -> Expr {
    if is_poison(&operand) {
        return operand;
    }
    guard(
        expr(
            ExprKind::UnaryOp {
                op,
                operand: Box::new(operand),
            },
            span,
        ),
        e,
    )
}

/// The arithmetic and bitwise operators (`bitwise_or` down to `await_primary`), by precedence.
pub(super) fn operators<'t>(primary: P<'t, Expr>) -> P<'t, Expr> {
    macro_rules! binary_op {
        ($assoc:expr, $token:expr, $op:expr) => {
            infix(
                $assoc,
                just($token),
                |l: Expr, _, r: Expr, e: &mut Extras<'t, '_>| {
                    let span = e.span();
                    binary(l, $op, r, span, e)
                },
            )
            .boxed()
        };
    }
    macro_rules! unary_op {
        ($power:expr, $token:expr, $op:expr) => {
            prefix(
                $power,
                just($token),
                |_, operand: Expr, e: &mut Extras<'t, '_>| {
                    let span = e.span();
                    unary($op, operand, span, e)
                },
            )
            .boxed()
        };
    }
    primary
        .pratt(vec![
            binary_op!(left(1), Token::Pipe, BinOp::BitOr),
            binary_op!(left(2), Token::Caret, BinOp::BitXor),
            binary_op!(left(3), Token::Amper, BinOp::BitAnd),
            binary_op!(left(4), Token::LShift, BinOp::LShift),
            binary_op!(left(4), Token::RShift, BinOp::RShift),
            binary_op!(left(5), Token::Plus, BinOp::Add),
            binary_op!(left(5), Token::Minus, BinOp::Sub),
            binary_op!(left(6), Token::Star, BinOp::Mul),
            binary_op!(left(6), Token::Slash, BinOp::Div),
            binary_op!(left(6), Token::DoubleSlash, BinOp::FloorDiv),
            binary_op!(left(6), Token::Percent, BinOp::Mod),
            binary_op!(left(6), Token::At, BinOp::MatMul),
            unary_op!(7, Token::Minus, UnaryOp::Neg),
            unary_op!(7, Token::Plus, UnaryOp::Pos),
            unary_op!(7, Token::Tilde, UnaryOp::Invert),
            binary_op!(right(8), Token::DoubleStar, BinOp::Pow),
            prefix(
                9,
                just(Token::Await),
                |_, operand: Expr, e: &mut Extras<'t, '_>| {
                    if is_poison(&operand) {
                        return operand;
                    }
                    let node = expr(ExprKind::Await(Box::new(operand)), e.span());
                    guard(node, e)
                },
            )
            .boxed(),
        ])
        .boxed()
}

/// `comparison`: a chain `a < b <= c`, kept flat as CPython's `Compare` node.
pub(super) fn comparison<'t>(bitwise_or: P<'t, Expr>) -> P<'t, Expr> {
    let operator = choice((
        just(Token::EqEqual).to(CmpOp::Eq),
        just(Token::NotEqual).to(CmpOp::NotEq),
        just(Token::LessEqual).to(CmpOp::LtE),
        just(Token::Less).to(CmpOp::Lt),
        just(Token::GreaterEqual).to(CmpOp::GtE),
        just(Token::Greater).to(CmpOp::Gt),
        just(Token::Not).then(just(Token::In)).to(CmpOp::NotIn),
        just(Token::In).to(CmpOp::In),
        just(Token::Is).then(just(Token::Not)).to(CmpOp::IsNot),
        just(Token::Is).to(CmpOp::Is),
    ));
    bitwise_or
        .clone()
        .then(operator.then(bitwise_or).repeated().collect::<Vec<_>>())
        .map_with(|(left, rest), e| {
            if rest.is_empty() {
                left
            } else {
                expr(
                    ExprKind::Compare {
                        left: Box::new(left),
                        rest,
                    },
                    e.span(),
                )
            }
        })
        .boxed()
}

/// `conjunction` / `disjunction`: `a and b and c` as one flat `BoolOp`.
pub(super) fn bool_chain<'t>(operand: P<'t, Expr>, token: Token, op: BoolOp) -> P<'t, Expr> {
    operand
        .separated_by(just(token))
        .at_least(1)
        .collect::<Vec<_>>()
        .map_with(move |mut values, e| {
            if values.len() == 1 {
                values
                    .pop()
                    .unwrap_or_else(|| placeholder(span_of(e.span())))
            } else {
                expr(ExprKind::BoolOp { op, values }, e.span())
            }
        })
        .boxed()
}
