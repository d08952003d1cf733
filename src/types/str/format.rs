//! `str.format` and `str.format_map`: the template parsed as CPython's
//! `Objects/stringlib/unicode_format.h` parses it, left to right, so the same template
//! fails with the same message at the same field (after formatting the fields before it).

use crate::exception::*;
use crate::interp::Interp;
use crate::symbol::Sym;
use crate::types::repr::ascii_escape;
use crate::value::Value;

/// Where a field's value comes from.
pub enum Arguments<'a> {
    /// `format(*positional, **keywords)`.
    Call {
        positional: &'a [Value],
        keywords: &'a [(Sym, Value)],
    },
    /// `format_map(mapping)`: names looked up by `mapping[name]`; no positional fields.
    Mapping(&'a Value),
}

/// Automatic (`{}`) or manual (`{0}`) field numbering: a template uses one or the other.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Unset,
    Automatic,
    Manual,
}

struct State<'a> {
    interp: &'a Interp,
    arguments: Arguments<'a>,
    numbering: Numbering,
    next_automatic: usize,
}

/// Formats `template` with `arguments`.
pub fn format(interp: &Interp, template: &str, arguments: Arguments<'_>) -> PResult<String> {
    let mut state = State {
        interp,
        arguments,
        numbering: Numbering::Unset,
        next_automatic: 0,
    };
    let chars: Vec<char> = template.chars().collect();
    // PEP 3101: a format spec may hold fields, whose specs may not.
    build_string(&mut state, &chars, 2)
}

fn build_string(state: &mut State<'_>, input: &[char], depth: u32) -> PResult<String> {
    if depth == 0 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let mut out = String::new();
    let mut at = 0;
    while at < input.len() {
        // Literal text up to an unescaped brace.
        let start = at;
        let mut brace = None;
        while at < input.len() {
            let c = input[at];
            at += 1;
            if c == '{' || c == '}' {
                brace = Some(c);
                break;
            }
        }
        let at_end = at >= input.len();
        let mut literal_end = at;
        let mut markup_follows = brace.is_some();
        if brace == Some('}') && (at_end || input[at] != '}') {
            return Err(value_error("Single '}' encountered in format string"));
        }
        if at_end && brace == Some('{') {
            return Err(value_error("Single '{' encountered in format string"));
        }
        if !at_end && brace.is_some() {
            if Some(input[at]) == brace {
                // An escaped brace: literal text, no field.
                at += 1;
                markup_follows = false;
            } else {
                literal_end -= 1;
            }
        }
        out.extend(&input[start..literal_end]);
        if !markup_follows {
            continue;
        }
        let field = parse_field(input, &mut at)?;
        output_field(state, &field, depth, &mut out)?;
    }
    Ok(out)
}

/// One `{name!conversion:spec}`, as ranges of the template.
struct Field<'a> {
    name: &'a [char],
    conversion: Option<char>,
    spec: &'a [char],
    spec_has_fields: bool,
}

/// Reads a field from just after its `{` up to and including its `}`.
fn parse_field<'a>(input: &'a [char], at: &mut usize) -> PResult<Field<'a>> {
    let name_start = *at;
    let mut stop = None;
    while *at < input.len() {
        let c = input[*at];
        *at += 1;
        match c {
            '{' => return Err(value_error("unexpected '{' in field name")),
            '[' => {
                while *at < input.len() && input[*at] != ']' {
                    *at += 1;
                }
            }
            '}' | ':' | '!' => {
                stop = Some(c);
                break;
            }
            _ => {}
        }
    }
    let name_end = if stop.is_some() { *at - 1 } else { *at };
    let name = &input[name_start..name_end];
    let mut field = Field {
        name,
        conversion: None,
        spec: &[],
        spec_has_fields: false,
    };
    match stop {
        Some('}') => Ok(field),
        Some(c) => {
            if c == '!' {
                if *at >= input.len() {
                    return Err(value_error(
                        "end of string while looking for conversion specifier",
                    ));
                }
                field.conversion = Some(input[*at]);
                *at += 1;
                if *at < input.len() {
                    let next = input[*at];
                    *at += 1;
                    if next == '}' {
                        return Ok(field);
                    }
                    if next != ':' {
                        return Err(value_error("expected ':' after conversion specifier"));
                    }
                }
            }
            let spec_start = *at;
            let mut count = 1;
            while *at < input.len() {
                let c = input[*at];
                *at += 1;
                if c == '{' {
                    field.spec_has_fields = true;
                    count += 1;
                } else if c == '}' {
                    count -= 1;
                    if count == 0 {
                        field.spec = &input[spec_start..*at - 1];
                        return Ok(field);
                    }
                }
            }
            Err(value_error("unmatched '{' in format spec"))
        }
        None => Err(value_error("expected '}' before end of string")),
    }
}

fn output_field(
    state: &mut State<'_>,
    field: &Field<'_>,
    depth: u32,
    out: &mut String,
) -> PResult<()> {
    let interp = state.interp;
    let mut value = field_value(state, field.name)?;
    if let Some(conversion) = field.conversion {
        value = Value::str(match conversion {
            'r' => interp.repr(&value)?,
            's' => interp.str(&value)?,
            'a' => ascii_escape(&interp.repr(&value)?),
            c if (c as u32) > 32 && (c as u32) < 127 => {
                return Err(value_error(format!("Unknown conversion specifier {c}")))
            }
            c => {
                return Err(value_error(format!(
                    "Unknown conversion specifier \\x{:x}",
                    c as u32
                )))
            }
        });
    }
    let spec: String = if field.spec_has_fields {
        build_string(state, field.spec, depth - 1)?
    } else {
        field.spec.iter().collect()
    };
    out.push_str(&interp.format(&value, &spec)?);
    Ok(())
}

/// A run of decimal digits as an index; `None` when it is not one (empty, or another
/// character).
fn integer(text: &[char]) -> PResult<Option<usize>> {
    if text.is_empty() {
        return Ok(None);
    }
    let mut total: usize = 0;
    for c in text {
        let Some(digit) = c.to_digit(10) else {
            return Ok(None);
        };
        total = match total
            .checked_mul(10)
            .and_then(|t| t.checked_add(digit as usize))
            .filter(|t| *t <= isize::MAX as usize)
        {
            Some(t) => t,
            None => return Err(value_error("Too many decimal digits in format string")),
        };
    }
    Ok(Some(total))
}

/// The object a field name names: the argument, then each `.attr` and `[key]` after it.
fn field_value(state: &mut State<'_>, name: &[char]) -> PResult<Value> {
    let interp = state.interp;
    let first_end = name
        .iter()
        .position(|c| *c == '.' || *c == '[')
        .unwrap_or(name.len());
    let first = &name[..first_end];
    let mut index = integer(first)?;
    let is_empty = first.is_empty();
    if is_empty || index.is_some() {
        if state.numbering == Numbering::Unset {
            state.numbering = if is_empty {
                Numbering::Automatic
            } else {
                Numbering::Manual
            };
        }
        match (state.numbering, is_empty) {
            (Numbering::Manual, true) => {
                return Err(value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ))
            }
            (Numbering::Automatic, false) => {
                return Err(value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ))
            }
            _ => {}
        }
        if is_empty {
            index = Some(state.next_automatic);
            state.next_automatic += 1;
        }
    }
    let mut value = match (index, &state.arguments) {
        (None, arguments) => {
            let key: String = first.iter().collect();
            match arguments {
                Arguments::Call { keywords, .. } => keywords
                    .iter()
                    .find(|(k, _)| *k.name() == *key)
                    .map(|(_, v)| v.clone())
                    .ok_or_else(|| key_error(Value::str(key)))?,
                Arguments::Mapping(mapping) => interp.get_item(mapping, &Value::str(key))?,
            }
        }
        (Some(_), Arguments::Mapping(_)) => {
            return Err(value_error("Format string contains positional fields"))
        }
        (Some(i), Arguments::Call { positional, .. }) => {
            positional.get(i).cloned().ok_or_else(|| {
                index_error(format!(
                    "Replacement index {i} out of range for positional args tuple"
                ))
            })?
        }
    };
    let mut at = first_end;
    while at < name.len() {
        let is_attribute = name[at] == '.';
        if !is_attribute && name[at] != '[' {
            return Err(value_error(
                "Only '.' or '[' may follow ']' in format field specifier",
            ));
        }
        at += 1;
        let start = at;
        let part = if is_attribute {
            while at < name.len() && name[at] != '.' && name[at] != '[' {
                at += 1;
            }
            &name[start..at]
        } else {
            while at < name.len() && name[at] != ']' {
                at += 1;
            }
            if at >= name.len() {
                return Err(value_error("Missing ']' in format string"));
            }
            at += 1;
            &name[start..at - 1]
        };
        let index = if is_attribute { None } else { integer(part)? };
        if part.is_empty() {
            return Err(value_error("Empty attribute in format string"));
        }
        let text: String = part.iter().collect();
        value = if is_attribute {
            interp.get_attr(&value, Sym::intern(&text))?
        } else {
            match index {
                Some(i) => interp.get_item(&value, &Value::Int(i as i64))?,
                None => interp.get_item(&value, &Value::str(text))?,
            }
        };
    }
    Ok(value)
}
