//! What arguments a function written in Rust takes, declared as data: one table per native,
//! read by one binder (`Interp::bind_native`), so every native answers wrong arguments with
//! the error CPython 3.11 gives for the same call.

/// How CPython parses a native's arguments. Its messages for wrong arguments follow from it,
/// and they differ: `len() takes no keyword arguments`, `str.upper() takes no arguments (1
/// given)`, `getattr expected at least 2 arguments, got 1`, `find() takes at most 3 arguments
/// (4 given)`, `round() missing required argument 'number' (pos 1)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgStyle {
    /// `METH_NOARGS`: `str.upper() takes no arguments (1 given)`.
    NoArgs,
    /// `METH_O`: `len() takes exactly one argument (0 given)`.
    One,
    /// Positional only, counted by `_PyArg_CheckPositional`: `getattr expected at least 2
    /// arguments, got 1`.
    Positional,
    /// Positional only, parsed by `PyArg_ParseTuple`: `find() takes at most 3 arguments (4
    /// given)`.
    Tuple,
    /// Keywords accepted, parsed as Argument Clinic does (`_PyArg_UnpackKeywords`):
    /// `'x' is an invalid keyword argument for round()`, `round() takes at most 2 arguments
    /// (3 given)`, `argument for pow() given by name ('exp') and position (2)`.
    Keywords,
}

/// What a parameter is when the call leaves it out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamDefault {
    /// The call must give it.
    Required,
    /// Left out: the native sees no argument there (or `Value::Unbound`, when a later
    /// argument was given by keyword).
    Absent,
    None,
    Int(i64),
    Bool(bool),
}

/// One parameter of a native.
#[derive(Clone, Copy, Debug)]
pub struct NativeParam {
    pub name: &'static str,
    pub default: ParamDefault,
}

impl NativeParam {
    pub const fn required(name: &'static str) -> NativeParam {
        NativeParam {
            name,
            default: ParamDefault::Required,
        }
    }

    pub const fn optional(name: &'static str, default: ParamDefault) -> NativeParam {
        NativeParam { name, default }
    }
}

/// The parameters of a native and how CPython parses them.
#[derive(Debug)]
pub struct Signature {
    /// The name the messages use: `split`, `sort` (for `sorted`'s keywords too), `print`.
    pub name: &'static str,
    pub style: ArgStyle,
    /// The first argument is the receiver: not counted, never a keyword.
    pub is_method: bool,
    /// Positional parameters first, then keyword-only ones.
    pub params: &'static [NativeParam],
    /// How many leading parameters cannot be passed by keyword (before `/`).
    pub positional_only: usize,
    /// How many parameters may be passed by position; the rest are keyword-only.
    pub positional: usize,
    /// `*args` before the keyword-only parameters, and how many it needs at least
    /// (`min expected at least 1 argument, got 0`).
    pub varargs: Option<usize>,
    /// Whether too many arguments are reported as such (`round() takes at most 2 arguments
    /// (3 given)`) before unknown keywords are; `print`'s parser names the unknown keyword
    /// however many there are.
    pub counts_arguments: bool,
}

impl Signature {
    /// Positional-only parameters, counted the way the style counts them.
    pub const fn positional_only(
        name: &'static str,
        style: ArgStyle,
        is_method: bool,
        params: &'static [NativeParam],
    ) -> Signature {
        Signature {
            name,
            style,
            is_method,
            params,
            positional_only: params.len(),
            positional: params.len(),
            varargs: None,
            counts_arguments: true,
        }
    }

    /// Parameters taking keywords (Argument Clinic): the first `positional_only` by position
    /// only, the first `positional` by position too, the rest by keyword only.
    pub const fn keywords(
        name: &'static str,
        is_method: bool,
        params: &'static [NativeParam],
        positional_only: usize,
        positional: usize,
    ) -> Signature {
        Signature {
            name,
            style: ArgStyle::Keywords,
            is_method,
            params,
            positional_only,
            positional,
            varargs: None,
            counts_arguments: true,
        }
    }

    /// `f(*args, kw=...)`: any number of positional arguments (at least `min`), then
    /// keyword-only parameters.
    pub const fn varargs(
        name: &'static str,
        min: usize,
        keywords: &'static [NativeParam],
    ) -> Signature {
        Signature {
            name,
            style: ArgStyle::Keywords,
            is_method: false,
            params: keywords,
            positional_only: 0,
            positional: 0,
            varargs: Some(min),
            counts_arguments: true,
        }
    }

    /// Whether a call with `given` positional arguments (receiver left out) and no keywords
    /// needs no binding: the arguments are right as they are, and the native sees them so.
    /// The binder (`bind_native`) gives the same answer, and the error otherwise.
    #[inline]
    pub fn takes_as_given(&self, given: usize) -> bool {
        let (min, max) = match (self.style, self.varargs) {
            (ArgStyle::Keywords, Some(min)) => (min, usize::MAX),
            (_, Some(_)) => return true,
            (ArgStyle::NoArgs, None) => (0, 0),
            (ArgStyle::One, None) => (1, 1),
            (ArgStyle::Keywords, None) => (self.required_positional(), self.positional),
            (ArgStyle::Positional | ArgStyle::Tuple, None) => {
                (self.required_positional(), self.params.len())
            }
        };
        min <= given && given <= max
    }

    /// The number of positional parameters a call must give.
    pub fn required_positional(&self) -> usize {
        self.params[..self.positional]
            .iter()
            .filter(|p| p.default == ParamDefault::Required)
            .count()
    }
}
