//! `help()` and `help(obj)`: a signature and a short description of a function, class or
//! module — pyco's own texts for the builtins and asyncio (`help_texts`), a user function's
//! parameters and docstring, a module's names. Far shorter than CPython's pydoc pages, and
//! printed at once, without a pager.

use std::rc::Rc;

use crate::exception::PResult;
use crate::interp::Interp;
use crate::symbol::Sym;
use crate::types::class_of;
use crate::value::{Class, Function, Value};

use super::help_texts;
use crate::exception;
use crate::modules::asyncio;
use crate::syntax::ast;

const INTRO: &str = "\
Welcome to pyco's help.

  help(obj)     what a function, class or module does: help(print), help(asyncio.gather)
  help('name')  the same by name: help('gather'), help('asyncio.Queue')

At the REPL, :help lists its commands; `await` works at the prompt.
";

/// The width descriptions are wrapped to.
const WIDTH: usize = 76;

pub fn builtin_help(interp: &Interp, args: &[Value], _: &[(Sym, Value)]) -> PResult {
    let text = match args {
        [] => INTRO.to_string(),
        [obj] => help_text(interp, obj),
        _ => {
            return Err(exception::type_error(format!(
                "help() takes at most 1 argument ({} given)",
                args.len()
            )))
        }
    };
    interp.write_out(&text)?;
    Ok(Value::None)
}

/// The page `help(obj)` prints.
fn help_text(interp: &Interp, obj: &Value) -> String {
    if let Value::Str(s) = obj {
        let name = s.text.to_string();
        return match written_text(&name).or_else(|| written_text(&format!("asyncio.{name}"))) {
            Some(page) => page,
            None => format!("No help found for '{name}'. Try help(obj) with the object itself.\n"),
        };
    }
    if let Some(name) = library_name(interp, obj) {
        if let Some(page) = written_text(&name) {
            return page;
        }
    }
    match obj {
        Value::Function(f) => function_page(interp, f, None),
        Value::BoundMethod(m) => match &m.function {
            Value::Function(f) => function_page(interp, f, Some(&class_of(&m.receiver))),
            other => help_text(interp, other),
        },
        Value::Class(c) => class_page(interp, c),
        Value::Module(m) => {
            let names: Vec<String> = m
                .attrs
                .borrow()
                .keys()
                .map(|k| k.to_string())
                .filter(|k| !k.starts_with('_'))
                .collect();
            format!(
                "Help on module {}:\n\nNAMES\n{}\n",
                m.name,
                wrap(&names.join(", "), "    ")
            )
        }
        Value::Builtin(b) => format!("Help on built-in function {}:\n\n{}(...)\n", b.name, b.name),
        other => class_page(interp, &class_of(other)),
    }
}

/// A page of the written texts, by name (`"print"`, `"asyncio.gather"`, `"asyncio"`).
fn written_text(name: &str) -> Option<String> {
    let (signature, description) = help_texts::lookup(name)?;
    let kind = if name.contains('.') || name == "asyncio" || name == "nest_asyncio" {
        "Help on"
    } else {
        "Help on builtin"
    };
    Some(format!(
        "{kind} {name}:\n\n{signature}\n{}\n",
        wrap(description, "    ")
    ))
}

/// The name pyco's texts know `obj` by: a builtin (`"len"`, `"ValueError"`), or a name of
/// asyncio or nest_asyncio (`"asyncio.gather"`), found by identity in the builtins and in
/// those modules once imported.
fn library_name(interp: &Interp, obj: &Value) -> Option<String> {
    for (name, value) in interp.builtins.borrow().iter() {
        if value.identity() == obj.identity() && is_object(obj) {
            return Some(name.to_string());
        }
    }
    for module in ["asyncio", "nest_asyncio"] {
        let Some(Value::Module(m)) = interp.modules.borrow().get(&Sym::intern(module)).cloned()
        else {
            continue;
        };
        if let Value::Module(o) = obj {
            if Rc::ptr_eq(o, &m) {
                return Some(module.to_string());
            }
        }
        let _ = asyncio::load_prelude_into(interp, &m);
        for (name, value) in m.attrs.borrow().iter() {
            if value.identity() == obj.identity() && is_object(obj) {
                return Some(format!("{module}.{name}"));
            }
        }
    }
    None
}

/// Functions, classes and modules have help of their own; other values (numbers, strings)
/// are helped through their class.
fn is_object(obj: &Value) -> bool {
    matches!(
        obj,
        Value::Builtin(_) | Value::Class(_) | Value::Module(_) | Value::Function(_)
    )
}

/// A user function: `name(params)` with its defaults, and its docstring.
fn function_page(interp: &Interp, f: &Rc<Function>, owner: Option<&Rc<Class>>) -> String {
    let kind = match (f.def.is_async, owner) {
        (true, Some(_)) => "coroutine method",
        (true, None) => "coroutine function",
        (false, Some(_)) => "method",
        (false, None) => "function",
    };
    let of = match owner {
        Some(class) => format!(" of {}", class.name),
        None => format!(" in module {}", f.globals.name),
    };
    let prefix = if f.def.is_async { "async " } else { "" };
    let mut page = format!(
        "Help on {kind} {}{of}:\n\n{prefix}{}{}\n",
        f.name,
        f.name,
        parameters(interp, f)
    );
    match docstring(&f.def.body) {
        Some(doc) => page.push_str(&indent_doc(&doc)),
        None => page.push_str("    (no docstring)\n"),
    }
    page.push('\n');
    page
}

/// A user class (or the class of a value): its constructor's parameters, its docstring and
/// its methods.
fn class_page(interp: &Interp, class: &Rc<Class>) -> String {
    if let Some(page) = written_text(&class.name.to_string()) {
        return page;
    }
    let init = class.lookup(Sym::intern("__init__"));
    let params = match &init {
        Some(Value::Function(f)) => {
            let text = parameters(interp, f);
            text.replacen("(self, ", "(", 1).replacen("(self)", "()", 1)
        }
        _ => "()".to_string(),
    };
    let mut page = format!(
        "Help on class {}:\n\nclass {}{params}\n",
        class.name, class.name
    );
    let doc = match class.dict.borrow().get(&Sym::intern("__doc__")) {
        Some(Value::Str(s)) => Some(s.text.to_string()),
        _ => None,
    };
    if let Some(doc) = doc {
        page.push_str(&indent_doc(&doc));
    }
    let methods: Vec<String> = class
        .dict
        .borrow()
        .iter()
        .filter(|(name, value)| {
            matches!(value, Value::Function(_)) && !name.name().starts_with('_')
        })
        .map(|(name, _)| name.to_string())
        .collect();
    if !methods.is_empty() {
        page.push_str(&format!("\n    Methods: {}\n", methods.join(", ")));
    }
    page.push('\n');
    page
}

/// `(a, b=2, *args, key=None, **kw)`, the defaults shown with their repr.
fn parameters(interp: &Interp, f: &Function) -> String {
    let params = &f.def.params;
    let repr = |v: &Value| interp.repr(v).unwrap_or_else(|_| "...".to_string());
    let mut parts = Vec::new();
    let positional: Vec<_> = params.posonly.iter().chain(params.args.iter()).collect();
    let first_default = positional.len().saturating_sub(f.defaults.len());
    for (i, p) in positional.iter().enumerate() {
        let mut part = p.name.to_string();
        if i >= first_default {
            part.push_str(&format!("={}", repr(&f.defaults[i - first_default])));
        }
        parts.push(part);
        if i + 1 == params.posonly.len() {
            parts.push("/".to_string());
        }
    }
    match &params.vararg {
        Some(p) => parts.push(format!("*{}", p.name)),
        None if !params.kwonly.is_empty() => parts.push("*".to_string()),
        None => {}
    }
    for (i, p) in params.kwonly.iter().enumerate() {
        match f.kw_defaults.get(i).and_then(|d| d.as_ref()) {
            Some(default) => parts.push(format!("{}={}", p.name, repr(default))),
            None => parts.push(p.name.to_string()),
        }
    }
    if let Some(p) = &params.kwarg {
        parts.push(format!("**{}", p.name));
    }
    format!("({})", parts.join(", "))
}

fn docstring(body: &[ast::Stmt]) -> Option<String> {
    match &body.first()?.node {
        ast::StmtKind::Expr(e) => match &e.node {
            ast::ExprKind::Str(s) => Some(s.to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// A docstring as pydoc shows it: common indentation removed, each line indented 4.
fn indent_doc(doc: &str) -> String {
    let lines: Vec<&str> = doc.trim_start_matches('\n').trim_end().lines().collect();
    let margin = lines
        .iter()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        let line = if i == 0 {
            line.trim_start()
        } else {
            line.get(margin..).unwrap_or(line.trim_start())
        };
        out.push_str(format!("    {line}").trim_end());
        out.push('\n');
    }
    out
}

/// `text` wrapped to [`WIDTH`] columns, each line behind `indent`.
fn wrap(text: &str, indent: &str) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && indent.len() + line.len() + 1 + word.len() > WIDTH {
            out.push_str(indent);
            out.push_str(&line);
            out.push('\n');
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        out.push_str(indent);
        out.push_str(&line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every public name of the builtins and of asyncio has a written text, and every text
    /// names something pyco has.
    #[test]
    fn the_written_texts_cover_the_builtins_and_asyncio_exactly() {
        let interp = Interp::new(Box::new(std::io::sink()), Box::new(std::io::sink()));
        let Ok(Value::Module(asyncio)) = interp.import(&[Sym::intern("asyncio")]) else {
            panic!("asyncio imports");
        };
        assert!(crate::modules::asyncio::load_prelude_into(&interp, &asyncio).is_ok());
        let mut have: Vec<String> = interp
            .builtins
            .borrow()
            .iter()
            .filter(|(_, v)| is_object(v))
            .map(|(k, _)| k.to_string())
            .collect();
        have.extend(
            asyncio
                .attrs
                .borrow()
                .keys()
                .map(|k| format!("asyncio.{k}")),
        );
        have.retain(|name| !name.rsplit('.').next().unwrap_or("").starts_with('_'));
        let missing: Vec<&String> = have
            .iter()
            .filter(|name| help_texts::lookup(name).is_none())
            .collect();
        assert!(missing.is_empty(), "no help text for {missing:?}");
        let extra: Vec<&str> = help_texts::names()
            .filter(|name| !name.contains('.') || name.starts_with("asyncio."))
            .filter(|name| !have.iter().any(|h| h == name))
            .filter(|name| !matches!(*name, "asyncio" | "nest_asyncio"))
            .collect();
        assert!(extra.is_empty(), "texts for names pyco lacks: {extra:?}");
    }

    #[test]
    fn descriptions_wrap_within_the_width_and_keep_every_word() {
        let text = "Runs awaitables concurrently and returns their results in the order of the arguments, once all of them are done.";
        let wrapped = wrap(text, "    ");
        assert!(wrapped
            .lines()
            .all(|l| l.len() <= WIDTH && l.starts_with("    ")));
        assert_eq!(
            wrapped.split_whitespace().collect::<Vec<_>>(),
            text.split_whitespace().collect::<Vec<_>>()
        );
    }

    #[test]
    fn docstrings_lose_their_common_indentation() {
        assert_eq!(
            indent_doc("Adds.\n\n        More text.\n          Indented.\n    "),
            "    Adds.\n\n    More text.\n      Indented.\n"
        );
    }
}
