//! The resumable path's statements: each kind of statement that holds an `await`.

use super::Resumable;
use crate::exception::*;
use crate::interp::augmented::AugTarget;
use crate::interp::flow;
use crate::interp::{class_header, def_header, Flow, Frame, Interp};
use crate::symbol::sym;
use crate::syntax::ast::*;
use crate::types;
use crate::types::{class_of, type_name};
use crate::value::*;

impl Interp {
    // long: the dispatch over every kind of statement that can hold an `await`
    pub(crate) fn exec_async<'a>(
        &'a self,
        frame: &'a mut Frame,
        stmt: &'a Stmt,
    ) -> Resumable<'a, Flow> {
        match &stmt.node {
            StmtKind::Expr(e) => Box::pin(async move {
                self.eval_any(frame, e).await?;
                Ok(Flow::Normal)
            }),
            StmtKind::Echo(e) => Box::pin(async move {
                let value = self.eval_any(frame, e).await?;
                self.display_value(frame, value)?;
                Ok(Flow::Normal)
            }),
            StmtKind::Assign { targets, value } => Box::pin(async move {
                let v = self.eval_any(frame, value).await?;
                for t in targets {
                    self.assign_any(frame, t, v.clone()).await?;
                }
                Ok(Flow::Normal)
            }),
            StmtKind::AnnAssign { target, value, .. } => Box::pin(async move {
                if let Some(value) = value {
                    let v = self.eval_any(frame, value).await?;
                    self.assign_any(frame, target, v).await?;
                }
                Ok(Flow::Normal)
            }),
            StmtKind::AugAssign { target, op, value } => Box::pin(async move {
                let span = target.span;
                let target = match &target.node {
                    ExprKind::Name(name) => AugTarget::Name(name),
                    ExprKind::Attribute { value: obj, attr } => {
                        AugTarget::Attribute(self.eval_any(frame, obj).await?, *attr)
                    }
                    ExprKind::Subscript { value: obj, index } => {
                        let obj = self.eval_any(frame, obj).await?;
                        AugTarget::Subscript(obj, self.eval_any(frame, index).await?)
                    }
                    _ => {
                        return Err(
                            syntax_error("illegal expression for augmented assignment").at(span)
                        )
                    }
                };
                let current = self.aug_assign_current(frame, &target, span)?;
                let rhs = self.eval_any(frame, value).await?;
                self.aug_assign_finish(frame, target, *op, current, &rhs, span)?;
                Ok(Flow::Normal)
            }),
            StmtKind::Return(value) => Box::pin(async move {
                let v = match value {
                    Some(e) => self.eval_any(frame, e).await?,
                    None => Value::None,
                };
                Ok(Flow::Return(v))
            }),
            StmtKind::If { test, body, orelse } => Box::pin(async move {
                let t = if test.has_await {
                    self.eval_any(frame, test).await?
                } else {
                    self.eval(frame, test)?
                };
                // The blocks run inside this statement's future, not in one of their own.
                let block = if self.truthy(&t)? { body } else { orelse };
                run_statements!(self, frame, block)
            }),
            StmtKind::While { test, body, orelse } => Box::pin(async move {
                loop {
                    let t = if test.has_await {
                        self.eval_any(frame, test).await?
                    } else {
                        self.eval(frame, test)?
                    };
                    if !self.truthy(&t)? {
                        return self.exec_body_async(frame, orelse).await;
                    }
                    // The body runs inside this statement's future: no new future for
                    // each iteration.
                    match run_statements!(self, frame, body)? {
                        Flow::Break => return Ok(Flow::Normal),
                        Flow::Return(v) => return Ok(Flow::Return(v)),
                        Flow::Normal | Flow::Continue => {}
                    }
                }
            }),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                // `async for` is refused by the resolver.
                is_async: _,
            } => Box::pin(async move {
                let iterable = self.eval_any(frame, iter).await?;
                // `for i in range(...)` into a name, as on the plain path: no iterator.
                let steps = match (&iterable, &target.node) {
                    (Value::Range(r), ExprKind::Name(name)) => r.int_steps().map(|s| (s, name)),
                    _ => None,
                };
                if let Some((steps, name)) = steps {
                    drop(iterable);
                    for i in steps {
                        check()?;
                        self.store_name(frame, name, Value::Int(i));
                        match run_statements!(self, frame, body)? {
                            Flow::Break => return Ok(Flow::Normal),
                            Flow::Return(v) => return Ok(Flow::Return(v)),
                            Flow::Normal | Flow::Continue => {}
                        }
                    }
                    return self.exec_body_async(frame, orelse).await;
                }
                let it = self.iter(&iterable).map_err(|e| e.at(iter.span))?;
                while let Some(item) = self.next(&it).map_err(|e| e.at(iter.span))? {
                    if target.has_await {
                        self.assign_async(frame, target, item).await?;
                    } else {
                        self.assign(frame, target, item)?;
                    }
                    match run_statements!(self, frame, body)? {
                        Flow::Break => return Ok(Flow::Normal),
                        Flow::Return(v) => return Ok(Flow::Return(v)),
                        Flow::Normal | Flow::Continue => {}
                    }
                }
                return self.exec_body_async(frame, orelse).await;
            }),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => self.exec_try_async(frame, body, handlers, orelse, finalbody, *is_star),
            StmtKind::With {
                items,
                body,
                is_async,
            } => self.exec_with_async(frame, items, body, *is_async, stmt.span),
            StmtKind::Raise { exc, cause } => Box::pin(async move {
                let Some(exc) = exc else {
                    return Err(self.exec_raise(frame, &None, &None)?);
                };
                let value = self.eval_any(frame, exc).await?;
                let cause = match cause {
                    Some(c) => Some(self.eval_any(frame, c).await?),
                    None => None,
                };
                Err(self.make_raise(value, cause)?)
            }),
            StmtKind::Assert { test, msg } => Box::pin(async move {
                let t = self.eval_any(frame, test).await?;
                if !self.truthy(&t)? {
                    let args = match msg {
                        Some(m) => vec![self.eval_any(frame, m).await?],
                        None => vec![],
                    };
                    return Err(PyErr::with_args(&types::types().assertion_error, args));
                }
                Ok(Flow::Normal)
            }),
            StmtKind::Del(targets) => Box::pin(async move {
                for t in targets {
                    self.delete(frame, t)?;
                }
                Ok(Flow::Normal)
            }),
            StmtKind::FunctionDef(def) => Box::pin(async move {
                let mut header = Vec::new();
                for e in def_header(def) {
                    header.push(self.eval_any(frame, e).await?);
                }
                let f = self.define_function(frame, def, header)?;
                self.store_name(frame, &def.binding(), f);
                Ok(Flow::Normal)
            }),
            StmtKind::ClassDef(def) => Box::pin(async move {
                let mut header = Vec::new();
                for e in class_header(def) {
                    header.push(self.eval_any(frame, e).await?);
                }
                let c = self.define_class(frame, def, header)?;
                self.store_name(frame, &def.binding(), c);
                Ok(Flow::Normal)
            }),
            // Statements with no expression to await in: only a forced run
            // (`PYCO_FORCE_RESUMABLE`) sends them here.
            StmtKind::Pass
            | StmtKind::Break
            | StmtKind::Continue
            | StmtKind::Global(_)
            | StmtKind::Nonlocal(_)
            | StmtKind::Import(_)
            | StmtKind::ImportFrom { .. } => Box::pin(async move { self.exec(frame, stmt) }),
        }
    }

    /// Assigns to `target`, on the resumable path only if the target holds an `await`.
    pub(super) async fn assign_any(
        &self,
        frame: &mut Frame,
        target: &Expr,
        value: Value,
    ) -> PResult<()> {
        if !target.has_await {
            return self.assign(frame, target, value);
        }
        self.assign_async(frame, target, value).await
    }

    pub(super) fn assign_async<'a>(
        &'a self,
        frame: &'a mut Frame,
        target: &'a Expr,
        value: Value,
    ) -> Resumable<'a, ()> {
        Box::pin(async move {
            match &target.node {
                ExprKind::Attribute { value: obj, attr } => {
                    let obj = self.eval_any(frame, obj).await?;
                    self.set_attr(&obj, *attr, value)
                        .map_err(|e| e.at(target.span))
                }
                ExprKind::Subscript { value: obj, index } => {
                    let obj = self.eval_any(frame, obj).await?;
                    let idx = self.eval_any(frame, index).await?;
                    self.set_item(&obj, idx, value)
                        .map_err(|e| e.at(target.span))
                }
                ExprKind::Tuple(targets) | ExprKind::List(targets) => {
                    let values = self
                        .unpack(&value, targets)
                        .map_err(|e| e.at(target.span))?;
                    for (t, v) in targets.iter().zip(values) {
                        self.assign_any(frame, t, v).await?;
                    }
                    Ok(())
                }
                _ => self.assign(frame, target, value),
            }
        })
    }

    pub(super) fn exec_try_async<'a>(
        &'a self,
        frame: &'a mut Frame,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        is_star: bool,
    ) -> Resumable<'a, Flow> {
        Box::pin(async move {
            // The blocks run inside this future, not in boxes of their own.
            let result = match self.exec_body_async(frame, body).await {
                Ok(Flow::Normal) => self.exec_body_async(frame, orelse).await,
                Ok(flow) => Ok(flow),
                Err(err) if handlers.is_empty() => Err(err),
                Err(err) => {
                    self.handle_exception_async(frame, err, handlers, is_star)
                        .await
                }
            };
            if finalbody.is_empty() {
                return result;
            }
            if let Err(e) = &result {
                self.handling.borrow_mut().push(e.exc.clone());
            }
            let final_flow = self.exec_body_async(frame, finalbody).await;
            if let Err(old) = &result {
                self.handling.borrow_mut().pop();
                if let Err(new) = &final_flow {
                    flow::set_context(new, &old.exc);
                }
            }
            match final_flow {
                Ok(Flow::Normal) => result,
                other => other,
            }
        })
    }

    /// `handle_exception` with clause types and bodies that may await; the rules are the
    /// ones in `except.rs`.
    pub(super) fn handle_exception_async<'a>(
        &'a self,
        frame: &'a mut Frame,
        err: Box<PyErr>,
        handlers: &'a [ExceptHandler],
        is_star: bool,
    ) -> Resumable<'a, Flow> {
        Box::pin(async move {
            let mut handling = self.begin_handling(frame, err, is_star);
            for handler in handlers {
                let kind = match &handler.kind {
                    Some(kind) => match self.eval_any(frame, kind).await {
                        Ok(kind) => Some(kind),
                        Err(e) => return Err(self.clause_failed(handling, e, handler)),
                    },
                    None => None,
                };
                let caught = match self.select_clause(&mut handling, kind.as_ref()) {
                    Ok(Some(caught)) => caught,
                    Ok(None) => continue,
                    Err(e) => return Err(self.clause_failed(handling, e, handler)),
                };
                self.enter_clause(frame, handler, &caught);
                let result = self.exec_body_async(frame, &handler.body).await;
                if let Some(done) =
                    self.leave_clause(frame, &mut handling, handler, &caught, result)
                {
                    return done;
                }
            }
            self.end_handling(frame, handling)
        })
    }

    pub(super) fn exec_with_async<'a>(
        &'a self,
        frame: &'a mut Frame,
        items: &'a [WithItem],
        body: &'a [Stmt],
        is_async: bool,
        // The statement's span: a task suspended in `__aenter__` or `__aexit__` is at its line.
        at: crate::source::Span,
    ) -> Resumable<'a, Flow> {
        Box::pin(async move {
            let Some((item, rest)) = items.split_first() else {
                return self.exec_block_async(frame, body).await;
            };
            let manager = self.eval_any(frame, &item.context).await?;
            let class = class_of(&manager);
            let (enter_name, exit_name) = if is_async {
                (sym::AENTER, sym::AEXIT)
            } else {
                (sym::ENTER, sym::EXIT)
            };
            let (Some(enter), Some(exit)) = (class.lookup(enter_name), class.lookup(exit_name))
            else {
                let protocol = if is_async {
                    "asynchronous context manager"
                } else {
                    "context manager"
                };
                return Err(type_error(format!(
                    "'{}' object does not support the {protocol} protocol",
                    type_name(&manager)
                ))
                .at(item.context.span));
            };
            let enter_args = std::slice::from_ref(&manager);
            let entered = if is_async {
                self.await_special(&enter, enter_args)
                    .map_err(|e| e.at(item.context.span))?
                    .at(at)
                    .await
            } else {
                self.call(&enter, enter_args, &[])
            };
            let entered = entered.map_err(|e| e.at(item.context.span))?;
            if let Some(target) = &item.target {
                self.assign_any(frame, target, entered).await?;
            }
            // The body runs inside this future; only a further item nests a new one.
            let result = if rest.is_empty() {
                self.exec_body_async(frame, body).await
            } else {
                self.exec_with_async(frame, rest, body, is_async, at).await
            };
            match result {
                Ok(flow) => {
                    let exit_args = [manager, Value::None, Value::None, Value::None];
                    let exited = if is_async {
                        self.await_special(&exit, &exit_args)
                            .map_err(|e| e.at(item.context.span))?
                            .at(at)
                            .await
                    } else {
                        self.call(&exit, &exit_args, &[])
                    };
                    exited.map_err(|e| e.at(item.context.span))?;
                    Ok(flow)
                }
                Err(mut err) => {
                    flow::record_pending(&mut err, frame);
                    let exc = err.exc.clone();
                    let exc_class = Value::Class(class_of(&exc));
                    self.handling.borrow_mut().push(exc.clone());
                    let exit_args = [manager, exc_class, exc, Value::None];
                    let suppress = if is_async {
                        match self.await_special(&exit, &exit_args) {
                            Ok(awaiting) => awaiting.at(at).await,
                            Err(e) => Err(e),
                        }
                    } else {
                        self.call(&exit, &exit_args, &[])
                    };
                    self.handling.borrow_mut().pop();
                    if self.truthy(&suppress?)? {
                        Ok(Flow::Normal)
                    } else {
                        err = flow::reopen(err);
                        Err(err)
                    }
                }
            }
        })
    }
}
