//! Displays, comprehensions, f-strings and the small operators, compiled. Each builds
//! through the helpers both evaluation paths share (`Acc`, `comprehension_add`,
//! `comprehension_end`, `format_field`, `bool_op_stops`, `define_function`).

use std::rc::Rc;

use super::expressions::{compile_cond, compile_expr};
use super::targets::{compile_target, Target};
use super::{CondCode, ExprCode};
use crate::exception::*;
use crate::interp::display::Acc;
use crate::interp::{Frame, Interp};
use crate::source::Span;
use crate::syntax::ast::*;
use crate::value::*;

/// One item of a list or tuple display: a value, or `*iterable` spread in.
enum Item {
    One(ExprCode),
    Spread(ExprCode, Span),
}

/// The items of a list or tuple display.
fn compile_items(items: &[Expr]) -> Vec<Item> {
    items
        .iter()
        .map(|item| match &item.node {
            ExprKind::Starred(inner) => Item::Spread(compile_expr(inner), item.span),
            _ => Item::One(compile_expr(item)),
        })
        .collect()
}

fn eval_items(interp: &Interp, frame: &mut Frame, items: &[Item]) -> PResult<Vec<Value>> {
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        match item {
            Item::One(code) => out.push(code(interp, frame)?),
            Item::Spread(code, span) => {
                let v = code(interp, frame)?;
                interp
                    .extend_from_iterable(&mut out, &v)
                    .map_err(|e| e.at(*span))?;
            }
        }
    }
    Ok(out)
}

/// The parts of a constant tuple or signed number (`Expr::is_folded_constant`), compiled as usual:
/// `constant_once` runs them once.
pub(super) fn compile_constant_parts(expr: &Expr) -> ExprCode {
    match &expr.node {
        ExprKind::Tuple(items) => compile_sequence(items, true),
        ExprKind::UnaryOp { op, operand } => compile_unary(*op, operand, expr.span),
        _ => compile_expr(expr),
    }
}

/// `[a, *b]` and `(a, *b)`.
pub(super) fn compile_sequence(items: &[Expr], tuple: bool) -> ExprCode {
    let items = compile_items(items);
    if tuple && items.iter().all(|item| matches!(item, Item::One(_))) {
        // No `*` spread: the tuple's length is known, and its items are written straight
        // into it.
        let items: Vec<ExprCode> = items
            .into_iter()
            .map(|item| match item {
                Item::One(code) => code,
                Item::Spread(..) => unreachable!("checked above"),
            })
            .collect();
        return Box::new(move |interp, frame| {
            Tuple::try_build(items.len(), |i| items[i](interp, frame)).map(Value::Tuple)
        });
    }
    if tuple {
        Box::new(move |interp, frame| Ok(Value::tuple(eval_items(interp, frame, &items)?)))
    } else {
        Box::new(move |interp, frame| Ok(Value::list(eval_items(interp, frame, &items)?)))
    }
}

/// `{k: v, ...}`; `None` for a display with `**`, which stays with the walker.
pub(super) fn compile_dict(items: &[DictItem], span: Span) -> Option<ExprCode> {
    let pairs: Vec<(ExprCode, ExprCode)> = items
        .iter()
        .map(|item| match item {
            DictItem::Pair(k, v) => Some((compile_expr(k), compile_expr(v))),
            DictItem::Splat(_) => None,
        })
        .collect::<Option<_>>()?;
    Some(Box::new(move |interp, frame| {
        let mut display = crate::interp::display::DictDisplay::new(pairs.len());
        for (k, v) in &pairs {
            let k = k(interp, frame)?;
            let v = v(interp, frame)?;
            display.push(k, v);
        }
        interp.dict_display_finish(display).map_err(|e| e.at(span))
    }))
}

/// One `for ... in ... if ...` of a comprehension.
struct Level {
    target: Target,
    iter: ExprCode,
    iter_span: Span,
    conditions: Vec<CondCode>,
}

fn compile_levels(comp: &Comprehension) -> Vec<Level> {
    comp.generators
        .iter()
        .map(|g| Level {
            target: compile_target(&g.target),
            iter: compile_expr(&g.iter),
            iter_span: g.iter.span,
            conditions: g.conditions.iter().map(compile_cond).collect(),
        })
        .collect()
}

/// A generator expression, compiled: its `for` clauses and its element. Kept in the node's
/// `CodeCache` and shared by every generator the expression makes, on whichever path it
/// is made.
pub(crate) struct GenCode {
    levels: Vec<Level>,
    element: ExprCode,
}

/// The compiled steps of the generator expression `comp`, compiled on first use.
pub(crate) fn genexpr_code(comp: &Comprehension) -> Rc<GenCode> {
    let code = comp.code.0.get_or_init(|| {
        Rc::new(GenCode {
            levels: compile_levels(comp),
            element: compile_expr(&comp.element),
        }) as Rc<dyn std::any::Any>
    });
    match code.clone().downcast::<GenCode>() {
        Ok(code) => code,
        Err(_) => unreachable!("a generator expression's code cache holds its steps"),
    }
}

impl GenCode {
    /// One `next()` of a generator whose entered clauses iterate `iters` (outermost
    /// first): the next element, or `None` at the end.
    pub(crate) fn step(
        &self,
        interp: &Interp,
        frame: &mut Frame,
        iters: &mut Vec<Value>,
    ) -> PResult<Option<Value>> {
        'items: loop {
            let depth = iters.len();
            let Some(iter) = iters.last() else {
                return Ok(None);
            };
            let Some(item) = interp.next(iter)? else {
                iters.pop();
                continue;
            };
            let here = &self.levels[depth - 1];
            here.target.assign(interp, frame, item)?;
            for cond in &here.conditions {
                if !cond(interp, frame)? {
                    continue 'items;
                }
            }
            let Some(inner) = self.levels.get(depth) else {
                return Ok(Some((self.element)(interp, frame)?));
            };
            let iterable = (inner.iter)(interp, frame)?;
            iters.push(interp.iter(&iterable).map_err(|e| e.at(inner.iter_span))?);
        }
    }
}

/// A list, set or dict comprehension (`make` is its node); a generator expression makes
/// its generator from its first iterable.
pub(super) fn compile_comprehension(comp: &Rc<Comprehension>, span: Span) -> ExprCode {
    let comp = comp.clone();
    if comp.kind == ComprehensionKind::Generator {
        let code = genexpr_code(&comp);
        return Box::new(move |interp, frame| {
            let first = (code.levels[0].iter)(interp, frame)?;
            interp.make_genexpr(frame, &comp, first, span)
        });
    }
    let levels = compile_levels(&comp);
    let element = compile_expr(&comp.element);
    let value = comp.value.as_ref().map(compile_expr);
    Box::new(move |interp, frame| {
        for &slot in &comp.fresh_cells {
            frame.slots[slot as usize] =
                Value::Cell(Rc::new(std::cell::RefCell::new(Value::Unbound)));
        }
        let first = &levels[0];
        let iterable = (first.iter)(interp, frame)?;
        let iter = interp.iter(&iterable).map_err(|e| e.at(first.iter_span))?;
        let mut acc = Acc::new(comp.kind);
        let body = Body {
            levels: &levels,
            element: &element,
            value: value.as_ref(),
        };
        let result = body.level(interp, frame, 0, iter, &mut acc);
        interp.comprehension_end(result, frame, &comp, span)?;
        Ok(acc.finish(comp.kind))
    })
}

struct Body<'a> {
    levels: &'a [Level],
    element: &'a ExprCode,
    value: Option<&'a ExprCode>,
}

impl Body<'_> {
    /// The loop of the `level`-th `for` over `iter`, with the levels inside.
    fn level(
        &self,
        interp: &Interp,
        frame: &mut Frame,
        level: usize,
        iter: Value,
        acc: &mut Acc,
    ) -> PResult<()> {
        let here = &self.levels[level];
        'items: while let Some(item) = interp.next(&iter)? {
            here.target.assign(interp, frame, item)?;
            for cond in &here.conditions {
                if !cond(interp, frame)? {
                    continue 'items;
                }
            }
            match self.levels.get(level + 1) {
                Some(inner) => {
                    let iterable = (inner.iter)(interp, frame)?;
                    let inner_iter = interp.iter(&iterable).map_err(|e| e.at(inner.iter_span))?;
                    self.level(interp, frame, level + 1, inner_iter, acc)?;
                }
                None => {
                    let item = (self.element)(interp, frame)?;
                    let value = match self.value {
                        Some(code) => code(interp, frame)?,
                        None => Value::None,
                    };
                    interp.comprehension_add(acc, item, value)?;
                }
            }
        }
        Ok(())
    }
}

/// One piece of an f-string, compiled.
enum Piece {
    Text(String),
    Field {
        value: ExprCode,
        spec: Vec<Piece>,
        field: Box<FormattedField>,
    },
}

fn compile_pieces(parts: &[FStringPart]) -> Vec<Piece> {
    parts
        .iter()
        .map(|part| match part {
            FStringPart::Literal(s) => Piece::Text(s.clone()),
            FStringPart::Field(field) => Piece::Field {
                value: compile_expr(&field.expr),
                spec: compile_pieces(&field.format_spec),
                field: field.clone(),
            },
        })
        .collect()
}

fn run_pieces(
    interp: &Interp,
    frame: &mut Frame,
    pieces: &[Piece],
    out: &mut String,
) -> PResult<()> {
    for piece in pieces {
        match piece {
            Piece::Text(s) => out.push_str(s),
            Piece::Field { value, spec, field } => {
                let value = value(interp, frame)?;
                let mut spec_text = String::new();
                run_pieces(interp, frame, spec, &mut spec_text)?;
                interp
                    .format_field(&value, field, &spec_text, out)
                    .map_err(|e| e.at(field.expr.span))?;
            }
        }
    }
    Ok(())
}

/// `f"..."`.
pub(super) fn compile_fstring(parts: &[FStringPart]) -> ExprCode {
    let pieces = compile_pieces(parts);
    Box::new(move |interp, frame| {
        let mut out = String::new();
        run_pieces(interp, frame, &pieces, &mut out)?;
        Ok(Value::str(out))
    })
}

/// `a and b ...`, `a or b ...`.
pub(super) fn compile_bool_op(op: BoolOp, values: &[Expr]) -> ExprCode {
    let values: Vec<ExprCode> = values.iter().map(compile_expr).collect();
    Box::new(move |interp, frame| {
        let (last, init) = values
            .split_last()
            .expect("a boolean operation has operands");
        for v in init {
            let v = v(interp, frame)?;
            if interp.bool_op_stops(op, &v)? {
                return Ok(v);
            }
        }
        last(interp, frame)
    })
}

/// `-x`, `not x`, `~x`, `+x`.
pub(super) fn compile_unary(op: UnaryOp, operand: &Expr, span: Span) -> ExprCode {
    let operand = compile_expr(operand);
    Box::new(move |interp, frame| {
        let v = operand(interp, frame)?;
        interp.unary_op(op, &v).map_err(|e| e.at(span))
    })
}

/// `body if test else orelse`.
pub(super) fn compile_if_exp(test: &Expr, body: &Expr, orelse: &Expr) -> ExprCode {
    let (test, body, orelse) = (compile_cond(test), compile_expr(body), compile_expr(orelse));
    Box::new(move |interp, frame| {
        if test(interp, frame)? {
            body(interp, frame)
        } else {
            orelse(interp, frame)
        }
    })
}

/// `lambda ...: ...`: its defaults evaluated, then the function made.
pub(super) fn compile_lambda(def: &Rc<FunctionDef>) -> ExprCode {
    let header: Vec<ExprCode> = crate::interp::def_header(def).map(compile_expr).collect();
    let def = def.clone();
    Box::new(move |interp, frame| {
        let values = header
            .iter()
            .map(|code| code(interp, frame))
            .collect::<PResult<_>>()?;
        interp.define_function(frame, &def, values)
    })
}
