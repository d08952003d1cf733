//! The grammar: precedence, every statement form, CPython's error messages, recovery, and
//! inputs that must neither panic nor overflow the stack.

use pyco::source::Source;
use pyco::syntax::ast::*;
use pyco::syntax::error::{SyntaxError, SyntaxErrorKind};
use pyco::syntax::parser::parse;

/// A compact S-expression of an expression, so tests read like the tree they expect.
fn sexp(expr: &Expr) -> String {
    let list = |items: &[Expr]| items.iter().map(sexp).collect::<Vec<_>>().join(" ");
    match &expr.node {
        ExprKind::None => "None".into(),
        ExprKind::True => "True".into(),
        ExprKind::False => "False".into(),
        ExprKind::Ellipsis => "...".into(),
        ExprKind::Int(v) => v.to_string(),
        ExprKind::BigInt(v) => v.to_string(),
        ExprKind::Float(v) => format!("{v:?}"),
        ExprKind::Str(s) => format!("{s:?}"),
        ExprKind::FString(parts) => format!("(f {})", fstring_parts(parts)),
        ExprKind::Name(n) => n.id.to_string(),
        ExprKind::Attribute { value, attr } => format!("(. {} {attr})", sexp(value)),
        ExprKind::Subscript { value, index } => format!("([] {} {})", sexp(value), sexp(index)),
        ExprKind::Slice { lower, upper, step } => {
            let part = |p: &Option<Box<Expr>>| p.as_ref().map_or("_".to_string(), |e| sexp(e));
            format!("(slice {} {} {})", part(lower), part(upper), part(step))
        }
        ExprKind::Call { func, args, .. } => {
            let mut out = format!("(call {}", sexp(func));
            for arg in args {
                out.push(' ');
                out.push_str(&match arg {
                    Arg::Positional(e) => sexp(e),
                    Arg::Starred(e) => format!("*{}", sexp(e)),
                    Arg::Keyword(k, e) => format!("{k}={}", sexp(e)),
                    Arg::DoubleStarred(e) => format!("**{}", sexp(e)),
                });
            }
            out + ")"
        }
        ExprKind::BinOp { left, op, right } => format!("({op:?} {} {})", sexp(left), sexp(right)),
        ExprKind::UnaryOp { op, operand } => format!("({op:?} {})", sexp(operand)),
        ExprKind::BoolOp { op, values } => format!("({op:?} {})", list(values)),
        ExprKind::Compare { left, rest } => {
            let mut out = format!("(cmp {}", sexp(left));
            for (op, e) in rest {
                out.push_str(&format!(" {op:?} {}", sexp(e)));
            }
            out + ")"
        }
        ExprKind::IfExp { test, body, orelse } => {
            format!("(if {} {} {})", sexp(test), sexp(body), sexp(orelse))
        }
        ExprKind::Lambda(f) => {
            let body = match &f.body[0].node {
                StmtKind::Return(Some(e)) => sexp(e),
                _ => "?".into(),
            };
            format!("(lambda {} {body})", params(&f.params))
        }
        ExprKind::List(items) => format!("[{}]", list(items)),
        ExprKind::Tuple(items) => format!("(tuple {})", list(items)),
        ExprKind::Set(items) => format!("{{set {}}}", list(items)),
        ExprKind::Dict(items) => {
            let items: Vec<String> = items
                .iter()
                .map(|item| match item {
                    DictItem::Pair(k, v) => format!("{}:{}", sexp(k), sexp(v)),
                    DictItem::Splat(e) => format!("**{}", sexp(e)),
                })
                .collect();
            format!("{{{}}}", items.join(" "))
        }
        ExprKind::Starred(e) => format!("*{}", sexp(e)),
        ExprKind::Comprehension(c) => {
            let mut out = format!("({:?} {}", c.kind, sexp(&c.element));
            if let Some(v) = &c.value {
                out.push_str(&format!(":{}", sexp(v)));
            }
            for g in &c.generators {
                let kw = if g.is_async { "async-for" } else { "for" };
                out.push_str(&format!(" {kw} {} in {}", sexp(&g.target), sexp(&g.iter)));
                for cond in &g.conditions {
                    out.push_str(&format!(" if {}", sexp(cond)));
                }
            }
            out + ")"
        }
        ExprKind::Await(e) => format!("(await {})", sexp(e)),
        ExprKind::NamedExpr { target, value } => format!("(:= {} {})", target.id, sexp(value)),
    }
}

fn fstring_parts(parts: &[FStringPart]) -> String {
    parts
        .iter()
        .map(|part| match part {
            FStringPart::Literal(s) => format!("{s:?}"),
            FStringPart::Field(f) => {
                let mut out = format!("{{{}", sexp(&f.expr));
                if let Some(d) = &f.debug_text {
                    out.push_str(&format!(" debug={d:?}"));
                }
                if let Some(c) = f.conversion {
                    out.push_str(&format!(" !{c}"));
                }
                if !f.format_spec.is_empty() {
                    out.push_str(&format!(" :{}", fstring_parts(&f.format_spec)));
                }
                out + "}"
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn params(p: &Params) -> String {
    let one = |param: &Param| {
        let mut s = param.name.to_string();
        if let Some(a) = &param.annotation {
            s.push_str(&format!(":{}", sexp(a)));
        }
        if let Some(d) = &param.default {
            s.push_str(&format!("={}", sexp(d)));
        }
        s
    };
    let mut out: Vec<String> = p.posonly.iter().map(one).collect();
    if !p.posonly.is_empty() {
        out.push("/".into());
    }
    out.extend(p.args.iter().map(one));
    match &p.vararg {
        Some(v) => out.push(format!("*{}", one(v))),
        None if !p.kwonly.is_empty() => out.push("*".into()),
        None => {}
    }
    out.extend(p.kwonly.iter().map(one));
    if let Some(k) = &p.kwarg {
        out.push(format!("**{}", one(k)));
    }
    format!("({})", out.join(" "))
}

fn block(stmts: &[Stmt]) -> String {
    stmts.iter().map(stmt).collect::<Vec<_>>().join(" ")
}

fn stmt(s: &Stmt) -> String {
    match &s.node {
        StmtKind::Expr(e) => sexp(e),
        StmtKind::Echo(e) => format!("(echo {})", sexp(e)),
        StmtKind::Assign { targets, value } => {
            let targets: Vec<String> = targets.iter().map(sexp).collect();
            format!("(= {} {})", targets.join(" "), sexp(value))
        }
        StmtKind::AugAssign { target, op, value } => {
            format!("({op:?}= {} {})", sexp(target), sexp(value))
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
        } => format!(
            "(ann {} {} {})",
            sexp(target),
            sexp(annotation),
            value.as_ref().map_or("_".into(), sexp)
        ),
        StmtKind::Pass => "pass".into(),
        StmtKind::Break => "break".into(),
        StmtKind::Continue => "continue".into(),
        StmtKind::Return(v) => format!("(return {})", v.as_ref().map_or("_".into(), sexp)),
        StmtKind::Raise { exc, cause } => format!(
            "(raise {} {})",
            exc.as_ref().map_or("_".into(), sexp),
            cause.as_ref().map_or("_".into(), sexp)
        ),
        StmtKind::Global(names) => format!(
            "(global {})",
            names
                .iter()
                .map(|n| n.to_string())
                .collect::<Vec<_>>()
                .join(" ")
        ),
        StmtKind::Nonlocal(names) => format!(
            "(nonlocal {})",
            names
                .iter()
                .map(|n| n.to_string())
                .collect::<Vec<_>>()
                .join(" ")
        ),
        StmtKind::Del(targets) => format!(
            "(del {})",
            targets.iter().map(sexp).collect::<Vec<_>>().join(" ")
        ),
        StmtKind::Assert { test, msg } => format!(
            "(assert {} {})",
            sexp(test),
            msg.as_ref().map_or("_".into(), sexp)
        ),
        StmtKind::Import(aliases) => format!("(import {})", aliases_text(aliases)),
        StmtKind::ImportFrom { module, names } => format!(
            "(from {} {})",
            module
                .iter()
                .map(|m| m.to_string())
                .collect::<Vec<_>>()
                .join("."),
            aliases_text(names)
        ),
        StmtKind::If { test, body, orelse } => {
            format!("(if {} [{}] [{}])", sexp(test), block(body), block(orelse))
        }
        StmtKind::While { test, body, orelse } => format!(
            "(while {} [{}] [{}])",
            sexp(test),
            block(body),
            block(orelse)
        ),
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            is_async,
        } => format!(
            "({} {} {} [{}] [{}])",
            if *is_async { "async-for" } else { "for" },
            sexp(target),
            sexp(iter),
            block(body),
            block(orelse)
        ),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            let handlers: Vec<String> = handlers
                .iter()
                .map(|h| {
                    format!(
                        "(except {} {} [{}])",
                        h.kind.as_ref().map_or("_".into(), sexp),
                        h.name.as_ref().map_or("_".into(), |n| n.id.to_string()),
                        block(&h.body)
                    )
                })
                .collect();
            format!(
                "(try [{}] {} [{}] [{}])",
                block(body),
                handlers.join(" "),
                block(orelse),
                block(finalbody)
            )
        }
        StmtKind::With {
            items,
            body,
            is_async,
        } => {
            let items: Vec<String> = items
                .iter()
                .map(|i| match &i.target {
                    Some(t) => format!("{} as {}", sexp(&i.context), sexp(t)),
                    None => sexp(&i.context),
                })
                .collect();
            format!(
                "({} [{}] [{}])",
                if *is_async { "async-with" } else { "with" },
                items.join(", "),
                block(body)
            )
        }
        StmtKind::FunctionDef(f) => {
            let decorators: Vec<String> = f
                .decorators
                .iter()
                .map(|d| format!("@{}", sexp(d)))
                .collect();
            format!(
                "({}{}def {} {}{} [{}])",
                decorators
                    .iter()
                    .map(|d| format!("{d} "))
                    .collect::<String>(),
                if f.is_async { "async " } else { "" },
                f.name,
                params(&f.params),
                f.returns
                    .as_ref()
                    .map_or(String::new(), |r| format!(" -> {}", sexp(r))),
                block(&f.body)
            )
        }
        StmtKind::ClassDef(c) => {
            let decorators: Vec<String> = c
                .decorators
                .iter()
                .map(|d| format!("@{} ", sexp(d)))
                .collect();
            let keywords: Vec<String> = c
                .keywords
                .iter()
                .map(|(k, v)| format!(" {k}={}", sexp(v)))
                .collect();
            format!(
                "({}class {} ({}{}) [{}])",
                decorators.concat(),
                c.name,
                c.bases.iter().map(sexp).collect::<Vec<_>>().join(" "),
                keywords.concat(),
                block(&c.body)
            )
        }
    }
}

fn aliases_text(aliases: &[Alias]) -> String {
    aliases
        .iter()
        .map(|a| {
            let path = a
                .path
                .iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
                .join(".");
            match &a.asname {
                Some(n) => format!("{path} as {}", n.id),
                None => format!("{path}->{}", a.bound.id),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn parse_text(text: &str) -> Result<Module, Vec<SyntaxError>> {
    parse(&Source::new("test.py", text))
}

/// The whole program as S-expressions, one statement after another.
fn program(text: &str) -> String {
    match parse_text(text) {
        Ok(module) => block(&module.body),
        Err(errors) => panic!("{text:?} failed: {errors:?}"),
    }
}

/// The S-expression of a one-line expression.
fn expression(text: &str) -> String {
    program(&format!("{text}\n"))
}

fn errors(text: &str) -> Vec<SyntaxError> {
    match parse_text(text) {
        Ok(module) => panic!("{text:?} parsed: {}", block(&module.body)),
        Err(errors) => errors,
    }
}

/// The first error as CPython prints its last line.
fn first_error(text: &str) -> String {
    errors(text)[0].to_string()
}

#[test]
fn arithmetic_precedence() {
    assert_eq!(
        expression("1 + 2 * 3 ** -4"),
        "(Add 1 (Mul 2 (Pow 3 (Neg 4))))"
    );
    assert_eq!(expression("-2**2"), "(Neg (Pow 2 2))");
    assert_eq!(expression("2**3**2"), "(Pow 2 (Pow 3 2))");
    assert_eq!(expression("a - b - c"), "(Sub (Sub a b) c)");
    assert_eq!(
        expression("a | b ^ c & d << e + f"),
        "(BitOr a (BitXor b (BitAnd c (LShift d (Add e f)))))"
    );
    assert_eq!(
        expression("~a // b % c @ d"),
        "(MatMul (Mod (FloorDiv (Invert a) b) c) d)"
    );
    assert_eq!(expression("-a * b"), "(Mul (Neg a) b)");
}

#[test]
fn await_binds_tighter_than_power() {
    assert_eq!(expression("await x ** 2"), "(Pow (await x) 2)");
    assert_eq!(expression("await f(x).y"), "(await (. (call f x) y))");
    assert_eq!(expression("-await x"), "(Neg (await x))");
}

#[test]
fn boolean_and_comparison_precedence() {
    assert_eq!(expression("not a == b"), "(Not (cmp a Eq b))");
    assert_eq!(expression("a < b < c"), "(cmp a Lt b Lt c)");
    assert_eq!(
        expression("a in b not in c is d is not e != f"),
        "(cmp a In b NotIn c Is d IsNot e NotEq f)"
    );
    assert_eq!(
        expression("a or b and not c or d"),
        "(Or a (And b (Not c)) d)"
    );
    assert_eq!(
        expression("a + 1 >= b * 2"),
        "(cmp (Add a 1) GtE (Mul b 2))"
    );
}

#[test]
fn conditional_lambda_and_walrus() {
    assert_eq!(
        expression("a if b else c if d else e"),
        "(if b a (if d c e))"
    );
    assert_eq!(
        expression("f(lambda x, y=1: x + y, key=lambda: 0)"),
        "(call f (lambda (x y=1) (Add x y)) key=(lambda () 0))"
    );
    assert_eq!(expression("lambda *a, b, **k: a"), "(lambda (*a b **k) a)");
    assert_eq!(expression("(y := f(x))"), "(:= y (call f x))");
    assert_eq!(
        program("if (n := len(a)) > 10: pass\n"),
        "(if (cmp (:= n (call len a)) Gt 10) [pass] [])"
    );
}

#[test]
fn atoms_and_literals() {
    assert_eq!(
        expression("None, True, False, ..."),
        "(tuple None True False ...)"
    );
    assert_eq!(
        expression("1_000, 0xff, 1.5e3, 123456789012345678901234567890"),
        "(tuple 1000 255 1500.0 123456789012345678901234567890)"
    );
    assert_eq!(expression("'a' \"b\" '''c'''"), "\"abc\"");
    assert_eq!(expression("()"), "(tuple )");
    assert_eq!(expression("(1,)"), "(tuple 1)");
    assert_eq!(expression("(1)"), "1");
}

#[test]
fn fstrings() {
    assert_eq!(expression("f'hi {name}!'"), "(f \"hi \" {name} \"!\")");
    assert_eq!(expression("f'{x!r:>{w}}'"), "(f {x !r :\">\" {w}})");
    assert_eq!(expression("f'{x=}'"), "(f {x debug=\"x=\" !r})");
    assert_eq!(
        expression("f'{x = :.2f}'"),
        "(f {x debug=\"x = \" :\".2f\"})"
    );
    assert_eq!(expression("f'{{literal}}'"), "\"{literal}\"");
    assert_eq!(expression("'a' f'{b}' 'c'"), "(f \"a\" {b} \"c\")");
    assert_eq!(expression("f'{a + b:,}'"), "(f {(Add a b) :\",\"})");
    assert_eq!(expression("f'{f\"{x}\"}'"), "(f {(f {x})})");
    assert_eq!(expression("f'{d[\"k\"]!s}'"), "(f {([] d \"k\") !s})");
    assert_eq!(expression("f'''{\nx\n}'''"), "(f {x})");
}

#[test]
fn fstring_field_spans_point_into_the_source() {
    let module = parse_text("print(f'ab{name}')\n").expect("parses");
    let StmtKind::Expr(call) = &module.body[0].node else {
        panic!()
    };
    let ExprKind::Call { args, .. } = &call.node else {
        panic!()
    };
    let Arg::Positional(fstring) = &args[0] else {
        panic!()
    };
    let ExprKind::FString(parts) = &fstring.node else {
        panic!()
    };
    let FStringPart::Field(field) = &parts[1] else {
        panic!()
    };
    assert_eq!(field.expr.span.range(), 11..15);
}

#[test]
fn subscripts_and_slices() {
    assert_eq!(
        expression("a[1:2, ::3]"),
        "([] a (tuple (slice 1 2 _) (slice _ _ 3)))"
    );
    assert_eq!(expression("a[::-1]"), "([] a (slice _ _ (Neg 1)))");
    assert_eq!(expression("a[i][j]"), "([] ([] a i) j)");
    assert_eq!(expression("a[1:]"), "([] a (slice 1 _ _))");
    assert_eq!(expression("a[:]"), "([] a (slice _ _ _))");
    assert_eq!(expression("a[x, y]"), "([] a (tuple x y))");
}

#[test]
fn calls() {
    assert_eq!(expression("f(a, *b, c=1, **d)"), "(call f a *b c=1 **d)");
    assert_eq!(expression("f()()"), "(call (call f))");
    assert_eq!(
        expression("sum(x*x for x in xs)"),
        "(call sum (Generator (Mul x x) for x in xs))"
    );
    assert_eq!(
        expression("print(*args, sep='', end='\\n')"),
        "(call print *args sep=\"\" end=\"\\n\")"
    );
    assert_eq!(expression("a.b.c(d)"), "(call (. (. a b) c) d)");
}

#[test]
fn displays() {
    assert_eq!(expression("[*a, *b]"), "[*a *b]");
    assert_eq!(expression("{**d, 'k': 1}"), "{**d \"k\":1}");
    assert_eq!(expression("{1, 2}"), "{set 1 2}");
    assert_eq!(expression("{}"), "{}");
    assert_eq!(expression("[]"), "[]");
    assert_eq!(expression("[1, 2,]"), "[1 2]");
}

#[test]
fn comprehensions() {
    assert_eq!(
        expression("[x for x in xs if x if y for z in x]"),
        "(List x for x in xs if x if y for z in x)"
    );
    assert_eq!(
        expression("{k: v for k, v in d.items()}"),
        "(Dict k:v for (tuple k v) in (call (. d items)))"
    );
    assert_eq!(expression("{x for x in s}"), "(Set x for x in s)");
    assert_eq!(expression("(x for x in s)"), "(Generator x for x in s)");
    assert_eq!(
        expression("[x async for x in s]"),
        "(List x async-for x in s)"
    );
    assert_eq!(
        expression("[a if b else c for a in d]"),
        "(List (if b a c) for a in d)"
    );
}

#[test]
fn assignments() {
    assert_eq!(program("x = 1, 2\n"), "(= x (tuple 1 2))");
    assert_eq!(program("a = b = 1\n"), "(= a b 1)");
    assert_eq!(program("a, (b, c) = x\n"), "(= (tuple a (tuple b c)) x)");
    assert_eq!(program("first, *rest = xs\n"), "(= (tuple first *rest) xs)");
    assert_eq!(program("[a, b] = c\n"), "(= [a b] c)");
    assert_eq!(program("a.b[c] = d\n"), "(= ([] (. a b) c) d)");
    assert_eq!(
        program("x: int = 1\ny: str\n"),
        "(ann x int 1) (ann y str _)"
    );
    for (op, name) in [
        ("+=", "Add"),
        ("-=", "Sub"),
        ("*=", "Mul"),
        ("/=", "Div"),
        ("//=", "FloorDiv"),
        ("%=", "Mod"),
        ("**=", "Pow"),
        ("|=", "BitOr"),
        ("&=", "BitAnd"),
        ("^=", "BitXor"),
        ("<<=", "LShift"),
        (">>=", "RShift"),
        ("@=", "MatMul"),
    ] {
        assert_eq!(program(&format!("x {op} 2\n")), format!("({name}= x 2)"));
    }
}

#[test]
fn simple_statements() {
    assert_eq!(program("pass; break; continue\n"), "pass break continue");
    assert_eq!(
        program("return\nreturn 1, 2\n"),
        "(return _) (return (tuple 1 2))"
    );
    assert_eq!(
        program("raise\nraise E\nraise E from c\n"),
        "(raise _ _) (raise E _) (raise E c)"
    );
    assert_eq!(
        program("global a, b\nnonlocal c\n"),
        "(global a b) (nonlocal c)"
    );
    assert_eq!(program("del a, b[0], c.d\n"), "(del a ([] b 0) (. c d))");
    assert_eq!(
        program("assert x\nassert x, 'm'\n"),
        "(assert x _) (assert x \"m\")"
    );
    assert_eq!(program("x;\n"), "x");
}

#[test]
fn imports() {
    assert_eq!(program("import asyncio\n"), "(import asyncio->asyncio)");
    assert_eq!(
        program("import a.b as c, d.e\n"),
        "(import a.b as c, d.e->d)"
    );
    assert_eq!(
        program("from m import a as b, c\n"),
        "(from m a as b, c->c)"
    );
    assert_eq!(program("from m import (a,\n  b,)\n"), "(from m a->a, b->b)");
    assert_eq!(program("from asyncio import *\n"), "(from asyncio *->*)");
    assert_eq!(
        first_error("from . import x\n"),
        "SyntaxError: relative imports are not supported by pyco"
    );
}

#[test]
fn if_elif_else() {
    let text = "if a:\n    x\nelif b:\n    y\nelif c: z\nelse:\n    w\n";
    assert_eq!(program(text), "(if a [x] [(if b [y] [(if c [z] [w])])])");
    assert_eq!(program("if x: pass\n"), "(if x [pass] [])");
    assert_eq!(program("if x: a; b\n"), "(if x [a b] [])");
}

#[test]
fn loops() {
    assert_eq!(
        program("while x:\n    y\nelse:\n    z\n"),
        "(while x [y] [z])"
    );
    assert_eq!(
        program("for a, b in c:\n    d\nelse:\n    e\n"),
        "(for (tuple a b) c [d] [e])"
    );
    assert_eq!(
        program("for x in 1, 2: pass\n"),
        "(for x (tuple 1 2) [pass] [])"
    );
    assert_eq!(
        program("async def f():\n    async for x in y:\n        pass\n"),
        "(async def f () [(async-for x y [pass] [])])"
    );
}

#[test]
fn try_statements() {
    let text = "try:\n    a\nexcept (A, B) as e:\n    b\nexcept C:\n    c\nexcept:\n    d\nelse:\n    f\nfinally:\n    g\n";
    assert_eq!(
        program(text),
        "(try [a] (except (tuple A B) e [b]) (except C _ [c]) (except _ _ [d]) [f] [g])"
    );
    assert_eq!(
        program("try:\n    a\nfinally:\n    b\n"),
        "(try [a]  [] [b])"
    );
}

#[test]
fn with_statements() {
    assert_eq!(
        program("with a as b, c:\n    pass\n"),
        "(with [a as b, c] [pass])"
    );
    assert_eq!(
        program("with (a as b, c as d):\n    pass\n"),
        "(with [a as b, c as d] [pass])"
    );
    assert_eq!(program("with (a, b):\n    pass\n"), "(with [a, b] [pass])");
    assert_eq!(
        program("async def f():\n    async with a as (b, c): pass\n"),
        "(async def f () [(async-with [a as (tuple b c)] [pass])])"
    );
}

#[test]
fn function_definitions() {
    let text = "def f(a, b: int = 1, /, c=2, *args, d, e=3, **kw) -> str:\n    return a\n";
    assert_eq!(
        program(text),
        "(def f (a b:int=1 / c=2 *args d e=3 **kw) -> str [(return a)])"
    );
    assert_eq!(program("def f(*, a): pass\n"), "(def f (* a) [pass])");
    assert_eq!(
        program("async def main():\n    await asyncio.sleep(1)\n"),
        "(async def main () [(await (call (. asyncio sleep) 1))])"
    );
    assert_eq!(
        program("@dec\n@mod.deco(1)\ndef f(): pass\n"),
        "(@dec @(call (. mod deco) 1) def f () [pass])"
    );
}

#[test]
fn class_definitions() {
    assert_eq!(
        program("class C(Base, metaclass=M):\n    x = 1\n"),
        "(class C (Base metaclass=M) [(= x 1)])"
    );
    assert_eq!(program("class C:\n    pass\n"), "(class C () [pass])");
    assert_eq!(program("@d\nclass C(): pass\n"), "(@d class C () [pass])");
}

#[test]
fn blank_lines_comments_and_no_final_newline() {
    assert_eq!(program("# c\n\nx = 1  # c\n\n\ny = 2"), "(= x 1) (= y 2)");
    assert_eq!(program(""), "");
    assert_eq!(program("\n\n# only\n"), "");
}

#[test]
fn spans_are_byte_ranges() {
    let module = parse_text("é = 'ü' + x\n").expect("parses");
    let StmtKind::Assign { value, .. } = &module.body[0].node else {
        panic!()
    };
    assert_eq!(value.span.range(), 5..13);
}

#[test]
fn cpython_error_messages() {
    let cases: &[(&str, &str)] = &[
        ("def f()\n  pass\n", "SyntaxError: expected ':'"),
        ("if x\n  pass\n", "SyntaxError: expected ':'"),
        ("class C\n  pass\n", "SyntaxError: expected ':'"),
        ("x = [1 2]\n", "SyntaxError: invalid syntax. Perhaps you forgot a comma?"),
        ("if x = 1:\n  pass\n", "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?"),
        ("f() = 3\n", "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?"),
        ("1 = x\n", "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?"),
        ("a + b = 1\n", "SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='?"),
        ("x = f() = 3\n", "SyntaxError: cannot assign to function call"),
        ("(a, 1) = 2\n", "SyntaxError: cannot assign to literal"),
        ("None = 1\n", "SyntaxError: cannot assign to None"),
        ("f() += 1\n", "SyntaxError: 'function call' is an illegal expression for augmented assignment"),
        ("del f()\n", "SyntaxError: cannot delete function call"),
        ("for f() in x: pass\n", "SyntaxError: cannot assign to function call"),
        ("try:\n  pass\nx = 1\n", "SyntaxError: expected 'except' or 'finally' block"),
        ("x = 1 +\n", "SyntaxError: invalid syntax"),
        ("a b\n", "SyntaxError: invalid syntax"),
        ("if x:\nprint(1)\n", "IndentationError: expected an indented block after 'if' statement on line 1"),
        ("def f():\nreturn\n", "IndentationError: expected an indented block after function definition on line 1"),
        ("for x in y:\npass\n", "IndentationError: expected an indented block after 'for' statement on line 1"),
        ("while x:\npass\n", "IndentationError: expected an indented block after 'while' statement on line 1"),
        ("try:\npass\n", "IndentationError: expected an indented block after 'try' statement on line 1"),
        ("with x:\npass\n", "IndentationError: expected an indented block after 'with' statement on line 1"),
        ("class C:\npass\n", "IndentationError: expected an indented block after class definition on line 1"),
        ("if x:\n  pass\nelse:\npass\n", "IndentationError: expected an indented block after 'else' statement on line 3"),
        ("if x:\n  pass\nelif y:\npass\n", "IndentationError: expected an indented block after 'elif' statement on line 3"),
        ("try:\n  pass\nexcept:\npass\n", "IndentationError: expected an indented block after 'except' statement on line 3"),
        ("try:\n  pass\nfinally:\npass\n", "IndentationError: expected an indented block after 'finally' statement on line 3"),
        ("  x\n", "IndentationError: unexpected indent"),
        ("if x:\n  y\n    z\n", "IndentationError: unexpected indent"),
        ("x = (1,\n2\n", "SyntaxError: '(' was never closed"),
        ("foo(1 2\n", "SyntaxError: '(' was never closed"),
        ("f(a b)\nx = (\n", "SyntaxError: invalid syntax. Perhaps you forgot a comma?"),
        ("print \"hi\"\n", "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?"),
        ("f(x.y = 1)\n", "SyntaxError: expression cannot contain assignment, perhaps you meant \"==\"?"),
        ("f(a=1, 2)\n", "SyntaxError: positional argument follows keyword argument"),
        ("def f(a=1, b): pass\n", "SyntaxError: non-default argument follows default argument"),
        ("x = 5 if y\n", "SyntaxError: expected 'else' after 'if' expression"),
        ("x = {1: 2, 3}\n", "SyntaxError: ':' expected after dictionary key"),
        ("yield x\n", "SyntaxError: 'yield' is not supported by pyco"),
        ("def g():\n    yield 1\n", "SyntaxError: 'yield' is not supported by pyco"),
        ("match x:\n    case 1: pass\n", "SyntaxError: 'match' is not supported by pyco"),
        ("async x\n", "SyntaxError: invalid syntax"),
        ("x = 1 €\n", "SyntaxError: invalid character '€' (U+20AC)"),
        ("try:\n    x\nexcept A, B:\n    pass\n", "SyntaxError: multiple exception types must be parenthesized"),
        ("f(a=1, a=2)\n", "SyntaxError: keyword argument repeated: a"),
        ("def f(a, b, *a): pass\n", "SyntaxError: duplicate argument 'a' in function definition"),
        ("a, *b, *c = d\n", "SyntaxError: multiple starred expressions in assignment"),
        ("x = *a\n", "SyntaxError: can't use starred expression here"),
        ("*a = 1\n", "SyntaxError: starred assignment target must be in a list or tuple"),
    ];
    for (text, expected) in cases {
        assert_eq!(&first_error(text), expected, "for {text:?}");
    }
}

#[test]
fn the_first_error_has_cpythons_line() {
    let source = Source::new("prog.py", "x = 1\n\ndef f()\n    pass\n");
    let errors = parse(&source).expect_err("fails");
    assert_eq!(source.line_of(errors[0].span.start), 3);
    let rendered = pyco::syntax::diagnostic::render_syntax_errors(&source, &errors, false);
    assert!(
        rendered.ends_with(
            "  File \"prog.py\", line 3\n    def f()\n           ^\nSyntaxError: expected ':'\n"
        ),
        "{rendered}"
    );
    assert!(!rendered.contains('\u{1b}'));
    let colored = pyco::syntax::diagnostic::render_syntax_errors(&source, &errors, true);
    assert!(colored.ends_with("SyntaxError: expected ':'\n"));
}

#[test]
fn soft_keyword_match_is_still_a_name() {
    assert_eq!(
        program("match = 1\nmatch(x)\n"),
        "(= match 1) (call match x)"
    );
}

#[test]
fn incomplete_input_is_flagged() {
    for text in [
        "x = (1,\n",
        "if x:\n",
        "def f():\n",
        "s = '''abc\n",
        "x = 1 + \\",
        "for x in y:\n    if x:\n",
    ] {
        let errors = errors(text);
        assert!(errors[0].incomplete, "{text:?}: {errors:?}");
    }
    for text in ["x = 1 +\n", "x = )\n", "if x\n"] {
        let errors = errors(text);
        assert!(!errors[0].incomplete, "{text:?}: {errors:?}");
    }
}

#[test]
fn recovery_reports_independent_errors() {
    let text = "x = (1 +* 2)\ny = 1\ndef f()\n    return 1\nz = [1 2]\nok = 3\n";
    let errors = errors(text);
    let messages: Vec<String> = errors.iter().map(|e| e.message.clone()).collect();
    assert_eq!(
        messages,
        [
            "invalid syntax",
            "expected ':'",
            "invalid syntax. Perhaps you forgot a comma?"
        ],
        "{errors:?}"
    );
}

#[test]
fn recovery_inside_blocks() {
    let text = "def f():\n    x = = 1\n    return 2\ndef g():\n    y = ]\n";
    let errors = errors(text);
    assert_eq!(
        errors.len(),
        1,
        "a tokenizer error ends the parse, as in CPython: {errors:?}"
    );
    let text = "def f():\n    x = = 1\n    return 2\ndef g():\n    y = * 2\n";
    assert_eq!(errors_count(text), 2);
}

fn errors_count(text: &str) -> usize {
    errors(text).len()
}

#[test]
fn deeply_nested_parentheses_are_an_error_not_a_crash() {
    let text = format!("x = {}{}\n", "(".repeat(100_000), ")".repeat(100_000));
    assert_eq!(
        first_error(&text),
        "SyntaxError: too many nested parentheses"
    );
}

/// Runs `body` on a thread with a small stack, to prove it needs no more.
fn on_small_stack(body: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(4 * 1024 * 1024)
        .spawn(body)
        .expect("thread")
        .join()
        .expect("no panic, no overflow");
}

#[test]
fn a_million_term_expression_is_rejected_without_overflow() {
    on_small_stack(|| {
        let text = format!("x = {}\n", vec!["1"; 1_000_000].join("+"));
        let errors = errors(&text);
        assert_eq!(errors[0].kind, SyntaxErrorKind::Recursion);
        assert_eq!(
            errors[0].to_string(),
            "RecursionError: maximum recursion depth exceeded during compilation"
        );
    });
}

#[test]
fn long_chains_of_every_kind_are_rejected_without_overflow() {
    on_small_stack(|| {
        for text in [
            format!("x = {}1\n", "-".repeat(100_000)),
            format!("x = {}1\n", "not ".repeat(100_000)),
            format!("x = y{}\n", ".a".repeat(100_000)),
            format!("x = 2{}\n", "**2".repeat(100_000)),
            format!("x = {}1\n", "lambda:".repeat(20_000)),
            format!("x = {}1\n", "1 if 2 else ".repeat(20_000)),
            format!("x = {}1\n", "await ".repeat(100_000)),
        ] {
            let errors = errors(&text);
            assert_eq!(
                errors[0].kind,
                SyntaxErrorKind::Recursion,
                "{}",
                &text[..20]
            );
        }
    });
}

#[test]
fn expressions_cpython_accepts_still_parse() {
    on_small_stack(|| {
        for text in [
            format!("x = {}\n", vec!["1"; 999].join("+")),
            format!("x = {}1\n", "-".repeat(999)),
            format!("x = 2{}\n", "**2".repeat(999)),
        ] {
            assert!(parse_text(&text).is_ok(), "{}", &text[..20]);
        }
    });
}

/// A tiny deterministic generator (xorshift), so the fuzz test needs no dependency.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn random_and_mutated_inputs_never_panic() {
    let seeds = [
        "async def main():\n    x = await f(a, *b, k=1)\n    print(f'{x!r:>{w}}')\n",
        "class C(B):\n    def m(self, a=1, *, b):\n        return [i for i in range(a) if i % 2]\n",
        "try:\n    x = {1: 'a', **d}\nexcept (A, B) as e:\n    raise E from e\nfinally:\n    pass\n",
        "with a as b, c:\n    while x < y <= z:\n        x += 1; y -= 1\n    else:\n        del x[1:2, ::3]\n",
        "s = '''tri\nple''' + r'\\raw' + \"\\x41\\u00e9\"\nlambda x: (y := x) if x else -x ** 2\n",
    ];
    let pieces = [
        "(", ")", "[", "]", "{", "}", ":", "\n", "    ", "\t", "'", "\"", "f'", "{", "\\", "#",
        "=", ",", "if ", "else", "def ", "lambda", "await ", "*", "**", "é", "€", "\u{a0}", "0x",
        "1e", "'''", "async ",
    ];
    let mut random = Random(0x9E37_79B9_7F4A_7C15);
    for round in 0..3000 {
        let text = if round % 3 == 0 {
            let length = random.below(60);
            (0..length)
                .map(|_| char::from_u32(random.below(0x80) as u32).unwrap_or(' '))
                .collect::<String>()
        } else {
            let mut text = seeds[random.below(seeds.len())].to_string();
            for _ in 0..1 + random.below(4) {
                let mut at = random.below(text.len() + 1);
                while !text.is_char_boundary(at) {
                    at -= 1;
                }
                if random.below(2) == 0 {
                    text.insert_str(at, pieces[random.below(pieces.len())]);
                } else {
                    let mut end = (at + 1 + random.below(4)).min(text.len());
                    while !text.is_char_boundary(end) {
                        end += 1;
                    }
                    text.replace_range(at..end, "");
                }
            }
            text
        };
        let source = Source::new("fuzz.py", text);
        if let Err(errors) = parse(&source) {
            assert!(!errors.is_empty());
            let _ =
                pyco::syntax::diagnostic::render_syntax_errors(&source, &errors, round % 2 == 0);
        }
    }
}

#[test]
fn the_deepest_legal_nesting_parses() {
    on_small_stack(|| {
        let text = format!("x = {}1{}\n", "(".repeat(200), ")".repeat(200));
        assert!(parse_text(&text).is_ok());
        let text = format!("x = {}1{}\n", "[".repeat(200), "]".repeat(200));
        assert!(parse_text(&text).is_ok());
        // Each of these would take exponential time if a display re-parsed its contents
        // once per alternative.
        for (open, close) in [
            ("f(", ")"),
            ("a[", "]"),
            ("{1: ", "}"),
            ("f(a=", ")"),
            ("(lambda: ", ")"),
        ] {
            let text = format!("x = {}1{}\n", open.repeat(200), close.repeat(200));
            assert!(parse_text(&text).is_ok(), "{open}");
        }
        let text = format!("x = {}1 +* 2{}\n", "(".repeat(200), ")".repeat(200));
        assert_eq!(first_error(&text), "SyntaxError: invalid syntax");
        let mut text = String::new();
        for level in 0..99 {
            text.push_str(&format!("{}if x:\n", " ".repeat(level)));
        }
        text.push_str(&format!("{}pass\n", " ".repeat(99)));
        assert!(parse_text(&text).is_ok());
    });
}
