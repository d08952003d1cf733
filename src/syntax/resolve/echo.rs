//! The REPL's and notebooks' echo: which expression statements show their values.

use crate::syntax::ast::{Block, Stmt, StmtKind};

use super::Mode;

/// Turns the expression statements whose values an interactive `mode` shows into
/// [`StmtKind::Echo`]: in the REPL every one outside a `def` or `class`, nested statements
/// included; in a notebook cell only a last statement that is an expression.
pub(super) fn mark_echoes(body: &mut Block, mode: Mode) {
    fn echo(stmt: &mut Stmt) {
        if let StmtKind::Expr(_) = &stmt.node {
            let StmtKind::Expr(e) = std::mem::replace(&mut stmt.node, StmtKind::Pass) else {
                unreachable!("checked just above")
            };
            stmt.node = StmtKind::Echo(e);
        }
    }
    fn every(body: &mut Block) {
        for stmt in body {
            match &mut stmt.node {
                StmtKind::If { body, orelse, .. }
                | StmtKind::While { body, orelse, .. }
                | StmtKind::For { body, orelse, .. } => {
                    every(body);
                    every(orelse);
                }
                StmtKind::With { body, .. } => every(body),
                StmtKind::Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                    ..
                } => {
                    every(body);
                    for handler in handlers {
                        every(&mut handler.body);
                    }
                    every(orelse);
                    every(finalbody);
                }
                _ => echo(stmt),
            }
        }
    }
    match mode {
        Mode::File | Mode::Cell { show_last: false } => {}
        Mode::Interactive => every(body),
        Mode::Cell { show_last: true } => {
            if let Some(last) = body.last_mut() {
                echo(last);
            }
        }
    }
}
