//! f-strings: each replacement field converted (`!r`, `!s`, `!a`) and formatted with its spec.

use super::{Frame, Interp};
use crate::exception::*;
use crate::syntax::ast::*;
use crate::types::repr;
use crate::value::*;

impl Interp {
    pub fn eval_fstring(
        &self,
        frame: &mut Frame,
        parts: &[FStringPart],
        out: &mut String,
    ) -> PResult<()> {
        for part in parts {
            match part {
                FStringPart::Literal(s) => out.push_str(s),
                FStringPart::Field(field) => {
                    let value = self.eval(frame, &field.expr)?;
                    let mut spec = String::new();
                    self.eval_fstring(frame, &field.format_spec, &mut spec)?;
                    self.format_field(&value, field, &spec, out)
                        .map_err(|e| e.at(field.expr.span))?;
                }
            }
        }
        Ok(())
    }

    /// Appends one formatted f-string field (after the value is known).
    pub fn format_field(
        &self,
        value: &Value,
        field: &FormattedField,
        spec: &str,
        out: &mut String,
    ) -> PResult<()> {
        if let Some(text) = &field.debug_text {
            out.push_str(text);
        }
        let conversion = match field.conversion {
            None if field.debug_text.is_some() && spec.is_empty() => Some('r'),
            c => c,
        };
        let converted;
        let value = match conversion {
            Some('r') => {
                converted = Value::str(self.repr(value)?);
                &converted
            }
            Some('s') => {
                converted = Value::str(self.str(value)?);
                &converted
            }
            Some('a') => {
                converted = Value::str(repr::ascii_escape(&self.repr(value)?));
                &converted
            }
            _ => value,
        };
        if spec.is_empty() {
            if let Value::Str(s) = value {
                out.push_str(&s.text);
            } else if let Value::Int(i) = value {
                // Written in place, with no string of its own: `str()` of an int is its
                // decimal digits.
                crate::numfmt::push_i64(out, *i);
            } else {
                out.push_str(&self.str(value)?);
            }
        } else {
            out.push_str(&self.format(value, spec)?);
        }
        Ok(())
    }
}
