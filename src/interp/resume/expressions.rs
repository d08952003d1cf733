//! The resumable path's expressions: each kind of expression that holds an `await`,
//! f-strings and comprehensions among them.

use super::Resumable;
use crate::exception::*;
use crate::interp::call::Callee;
use crate::interp::display::{Acc, DictDisplay, SetDisplay};
use crate::interp::{def_header, Frame, Interp};
use crate::source::Span;
use crate::syntax::ast::*;
use crate::value::*;
use std::rc::Rc;

impl Interp {
    /// Evaluates an expression that contains an `await`.
    // long: the dispatch over every kind of expression that can hold an `await`
    pub fn eval_async<'a>(&'a self, frame: &'a mut Frame, expr: &'a Expr) -> Resumable<'a, Value> {
        let span = expr.span;
        match &expr.node {
            ExprKind::Await(inner) => Box::pin(async move {
                let v = self.eval_any(frame, inner).await?;
                // `at` also names this line as where the task is suspended (its repr).
                self.await_value(v).at(span).await
            }),
            ExprKind::Call { func, args, .. } => Box::pin(async move {
                // As on the plain path: a method is looked up before the arguments are
                // evaluated, so `a.missing(await f())` fails before `f` runs.
                let mut positional = Vec::with_capacity(args.len() + 1);
                let method = match &func.node {
                    ExprKind::Attribute { value, attr } => {
                        let receiver = self.eval_any(frame, value).await?;
                        let target = self
                            .method_target(&receiver, *attr)
                            .map_err(|e| e.at(span))?;
                        positional.push(receiver);
                        Some(target)
                    }
                    _ => None,
                };
                let callee = match method {
                    Some(_) => Value::None,
                    None => self.eval_any(frame, func).await?,
                };
                let mut keywords = Vec::new();
                // The receiver, to name a method in argument errors.
                let receiver = positional.first().cloned().unwrap_or(Value::None);
                for arg in args {
                    let value = self.eval_any(frame, arg.value()).await?;
                    let named = match &method {
                        Some(target) => Callee::Method(target, &receiver),
                        None => Callee::Value(&callee),
                    };
                    self.add_arg(&mut positional, &mut keywords, arg, value, span, named)?;
                }
                match method {
                    Some(target) => self.call_method_target(target, positional, &keywords),
                    None => self.call_in_frame(frame, &callee, positional, &keywords),
                }
                .map_err(|e| e.at(span))
            }),
            ExprKind::BinOp { left, op, right } => Box::pin(async move {
                let a = self.eval_any(frame, left).await?;
                let b = self.eval_any(frame, right).await?;
                self.binary_op(*op, &a, &b).map_err(|e| e.at(span))
            }),
            ExprKind::UnaryOp { op, operand } => Box::pin(async move {
                let v = self.eval_any(frame, operand).await?;
                self.unary_op(*op, &v).map_err(|e| e.at(span))
            }),
            ExprKind::BoolOp { op, values } => Box::pin(async move {
                let mut last = Value::None;
                for (i, v) in values.iter().enumerate() {
                    last = self.eval_any(frame, v).await?;
                    if i + 1 == values.len() {
                        break;
                    }
                    if self.bool_op_stops(*op, &last)? {
                        return Ok(last);
                    }
                }
                Ok(last)
            }),
            ExprKind::Compare { left, rest } => Box::pin(async move {
                let mut a = self.eval_any(frame, left).await?;
                let mut result = Value::Bool(true);
                for (op, right) in rest {
                    let b = self.eval_any(frame, right).await?;
                    result = self.compare(*op, &a, &b).map_err(|e| e.at(span))?;
                    if !self.truthy(&result)? {
                        return Ok(result);
                    }
                    a = b;
                }
                Ok(result)
            }),
            ExprKind::IfExp { test, body, orelse } => Box::pin(async move {
                let t = self.eval_any(frame, test).await?;
                if self.truthy(&t)? {
                    self.eval_any(frame, body).await
                } else {
                    self.eval_any(frame, orelse).await
                }
            }),
            ExprKind::Attribute { value, attr } => Box::pin(async move {
                let obj = self.eval_any(frame, value).await?;
                self.get_attr(&obj, *attr).map_err(|e| e.at(span))
            }),
            ExprKind::Subscript { value, index } => Box::pin(async move {
                let obj = self.eval_any(frame, value).await?;
                let idx = self.eval_any(frame, index).await?;
                self.get_item(&obj, &idx).map_err(|e| e.at(span))
            }),
            ExprKind::List(items) | ExprKind::Tuple(items) => Box::pin(async move {
                let mut values = Vec::with_capacity(items.len());
                for item in items {
                    if let ExprKind::Starred(inner) = &item.node {
                        let v = self.eval_any(frame, inner).await?;
                        self.extend_from_iterable(&mut values, &v)
                            .map_err(|e| e.at(item.span))?;
                    } else {
                        values.push(self.eval_any(frame, item).await?);
                    }
                }
                Ok(match &expr.node {
                    ExprKind::List(_) => Value::list(values),
                    _ => Value::tuple(values),
                })
            }),
            ExprKind::Set(items) => Box::pin(async move {
                let mut display = SetDisplay::new(items);
                for item in items {
                    if let ExprKind::Starred(inner) = &item.node {
                        self.set_display_flush(&mut display)
                            .map_err(|e| e.at(expr.span))?;
                        let v = self.eval_any(frame, inner).await?;
                        self.set_display_splat(&mut display, &v, item.span)?;
                    } else {
                        display.push(self.eval_any(frame, item).await?);
                    }
                }
                self.set_display_finish(display).map_err(|e| e.at(span))
            }),
            ExprKind::Dict(items) => Box::pin(async move {
                let mut display = DictDisplay::new(items.len());
                for item in items {
                    match item {
                        DictItem::Pair(k, v) => {
                            let k = self.eval_any(frame, k).await?;
                            let v = self.eval_any(frame, v).await?;
                            display.push(k, v);
                        }
                        DictItem::Splat(e) => {
                            self.dict_display_flush(&mut display)
                                .map_err(|e| e.at(expr.span))?;
                            let other = self.eval_any(frame, e).await?;
                            self.dict_display_splat(&mut display, &other)
                                .map_err(|e| e.at(span))?;
                        }
                    }
                }
                self.dict_display_finish(display).map_err(|e| e.at(span))
            }),
            ExprKind::FString(parts) => Box::pin(async move {
                let mut out = String::new();
                self.fstring_async(frame, parts, &mut out).await?;
                Ok(Value::str(out))
            }),
            ExprKind::NamedExpr { target, value } => Box::pin(async move {
                let v = self.eval_any(frame, value).await?;
                self.store_name(frame, target, v.clone());
                Ok(v)
            }),
            ExprKind::Comprehension(comp) if comp.kind == ComprehensionKind::Generator => {
                Box::pin(async move {
                    let first = self.eval_any(frame, &comp.generators[0].iter).await?;
                    self.make_genexpr(frame, comp, first, span)
                })
            }
            ExprKind::Comprehension(comp) => {
                Box::pin(async move { self.comprehension_async(frame, comp, span).await })
            }
            ExprKind::Lambda(def) => Box::pin(async move {
                let mut header = Vec::new();
                for e in def_header(def) {
                    header.push(self.eval_any(frame, e).await?);
                }
                self.define_function(frame, def, header)
            }),
            ExprKind::Starred(_) => {
                Box::pin(
                    async move { Err(syntax_error("can't use starred expression here").at(span)) },
                )
            }
            _ => Box::pin(async move { self.eval(frame, expr) }),
        }
    }

    pub(super) fn fstring_async<'a>(
        &'a self,
        frame: &'a mut Frame,
        parts: &'a [FStringPart],
        out: &'a mut String,
    ) -> Resumable<'a, ()> {
        Box::pin(async move {
            for part in parts {
                match part {
                    FStringPart::Literal(s) => out.push_str(s),
                    FStringPart::Field(field) => {
                        let value = self.eval_any(frame, &field.expr).await?;
                        let mut spec = String::new();
                        self.fstring_async(frame, &field.format_spec, &mut spec)
                            .await?;
                        self.format_field(&value, field, &spec, out)
                            .map_err(|e| e.at(field.expr.span))?;
                    }
                }
            }
            Ok(())
        })
    }

    /// `[await f(x) for x in xs]` and friends: the plain comprehension loop, resumable,
    /// with the same split between the enclosing frame and the comprehension's own.
    pub(super) fn comprehension_async<'a>(
        &'a self,
        frame: &'a mut Frame,
        comp: &'a Comprehension,
        span: Span,
    ) -> Resumable<'a, Value> {
        Box::pin(async move {
            for &slot in &comp.fresh_cells {
                frame.slots[slot as usize] =
                    Value::Cell(Rc::new(std::cell::RefCell::new(Value::Unbound)));
            }
            // `async for` in a comprehension is refused by the resolver.
            let first = &comp.generators[0];
            let iterable = self.eval_any(frame, &first.iter).await?;
            let iter = self.iter(&iterable).map_err(|e| e.at(first.iter.span))?;
            let mut acc = Acc::new(comp.kind);
            let result = self
                .comprehension_level_async(frame, comp, 0, iter, &mut acc)
                .await;
            self.comprehension_end(result, frame, comp, span)?;
            Ok(acc.finish(comp.kind))
        })
    }

    pub(super) fn comprehension_level_async<'a>(
        &'a self,
        frame: &'a mut Frame,
        comp: &'a Comprehension,
        level: usize,
        iter: Value,
        acc: &'a mut Acc,
    ) -> Resumable<'a, ()> {
        Box::pin(async move {
            let generator = &comp.generators[level];
            'items: while let Some(item) = self.next(&iter)? {
                self.assign_any(frame, &generator.target, item).await?;
                for cond in &generator.conditions {
                    let c = self.eval_any(frame, cond).await?;
                    if !self.truthy(&c)? {
                        continue 'items;
                    }
                }
                match comp.generators.get(level + 1) {
                    Some(inner) => {
                        let iterable = self.eval_any(frame, &inner.iter).await?;
                        let inner_iter = self.iter(&iterable).map_err(|e| e.at(inner.iter.span))?;
                        self.comprehension_level_async(frame, comp, level + 1, inner_iter, acc)
                            .await?;
                    }
                    None => {
                        let item = self.eval_any(frame, &comp.element).await?;
                        let value = match &comp.value {
                            Some(e) => self.eval_any(frame, e).await?,
                            None => Value::None,
                        };
                        self.comprehension_add(acc, item, value)?;
                    }
                }
            }
            Ok(())
        })
    }
}
