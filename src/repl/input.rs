//! Whether the lines typed so far are a whole input, decided with pyco's own lexer and
//! parser (never by counting brackets by hand), as CPython's `codeop` decides it.

use crate::source::Source;
use crate::syntax::ast::StmtKind;
use crate::syntax::parser;

/// What the lines typed so far (joined with `\n`, the last one without it) are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputStatus {
    /// A whole input: run it.
    Complete,
    /// Something is still open (a bracket, a triple-quoted string, a `\`, a block header,
    /// or a compound statement not yet ended by an empty line): read another line.
    Incomplete,
    /// A syntax error that more lines cannot mend: report it at once.
    Invalid,
}

/// Whether `text` is a whole REPL input. A compound statement (`if`, `def`, `class`, ...)
/// is whole only once an empty line follows it, so `text` ends with `\n`; a parse that
/// failed only because the text ended too soon asks for more.
pub fn input_status(text: &str) -> InputStatus {
    let source = Source::new("<stdin>", text);
    match parser::parse(&source) {
        Err(errors) => {
            if errors.first().is_some_and(|error| error.incomplete) {
                InputStatus::Incomplete
            } else {
                InputStatus::Invalid
            }
        }
        Ok(module) => {
            let compound = module.body.last().is_some_and(|stmt| {
                matches!(
                    stmt.node,
                    StmtKind::If { .. }
                        | StmtKind::While { .. }
                        | StmtKind::For { .. }
                        | StmtKind::Try { .. }
                        | StmtKind::With { .. }
                        | StmtKind::FunctionDef(_)
                        | StmtKind::ClassDef(_)
                )
            });
            if compound && !text.ends_with('\n') {
                InputStatus::Incomplete
            } else {
                InputStatus::Complete
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use InputStatus::*;

    /// The answers of CPython 3.11's `codeop.compile_command(text, "<input>", "single")`
    /// for the same texts (None is incomplete, SyntaxError invalid), except top-level
    /// `await`, which pyco's REPL runs.
    #[test]
    fn inputs_are_whole_when_cpythons_codeop_says_so() {
        let mut wrong = Vec::new();
        for (text, expected) in [
            ("x = 1", Complete),
            ("", Complete),
            ("if x:", Incomplete),
            ("if x:\n    pass", Incomplete),
            ("if x:\n    pass\n", Complete),
            ("def f(): pass", Incomplete),
            ("def f(): pass\n", Complete),
            ("class A:\n    x = 1\n\n", Complete),
            ("for i in r: print(i)\n", Complete),
            ("if x:\n  pass\nelse:", Incomplete),
            ("try:\n    pass\n", Incomplete),
            ("try:\n    pass\nexcept E:\n    pass\n", Complete),
            ("(1,", Incomplete),
            ("[1,\n2]", Complete),
            ("x = (", Incomplete),
            ("foo(", Incomplete),
            ("print((1)", Incomplete),
            ("'''abc", Incomplete),
            ("'''abc\n'''", Complete),
            ("x = 1 \\", Incomplete),
            ("@dec", Incomplete),
            ("1 +", Invalid),
            ("x = 1)", Invalid),
            ("a b", Invalid),
            ("await f()", Complete),
        ] {
            let got = input_status(text);
            if got != expected {
                wrong.push(format!("{text:?}: {got:?}, not {expected:?}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }
}
