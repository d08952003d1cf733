//! The syntax tree: data only. Every node is `Spanned`; the resolver fills in the
//! `Resolved` slots and the `Scope` tables before the tree is evaluated.

use std::rc::Rc;

use num_bigint::BigInt;

use crate::source::{Span, Spanned};
use crate::symbol::Sym;

pub type Expr = Spanned<ExprKind>;

/// A method call site's number (see `resolve::GlobalNames::method_site`). Never zero
/// inside, so an `Option` of it leaves room for the node's tag where it was.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MethodSite(std::num::NonZeroU32);

impl MethodSite {
    pub fn new(index: u32) -> MethodSite {
        MethodSite(std::num::NonZeroU32::MIN.saturating_add(index))
    }

    pub fn index(self) -> u32 {
        self.0.get() - 1
    }
}

/// A statement keeps its compiled code, for the statements without an `await` that an
/// async frame meets on the resumable path (see `CodeCache`).
pub type Stmt = Spanned<StmtKind, CodeCache>;
pub type Block = Vec<Stmt>;

impl Stmt {
    /// The blocks directly inside a compound statement, in source order (not a `def`'s or a
    /// `class`'s body, which are scopes of their own).
    pub fn blocks(&self) -> Vec<&Block> {
        match &self.node {
            StmtKind::If { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::For { body, orelse, .. } => vec![body, orelse],
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                let mut blocks = vec![body];
                blocks.extend(handlers.iter().map(|h| &h.body));
                blocks.extend([orelse, finalbody]);
                blocks
            }
            StmtKind::With { body, .. } => vec![body],
            _ => Vec::new(),
        }
    }
}

impl Expr {
    /// Whether this is a constant after CPython's AST optimiser: a literal, signs on a
    /// number, or a tuple of constants. Set displays of constants are built differently
    /// (`Set::from_display`), and `is` beside one warns (the resolver's `is_literal`).
    pub fn is_folded_constant(&self) -> bool {
        match &self.node {
            ExprKind::None
            | ExprKind::True
            | ExprKind::False
            | ExprKind::Ellipsis
            | ExprKind::Int(_)
            | ExprKind::BigInt(_)
            | ExprKind::Float(_)
            | ExprKind::Str(_) => true,
            // Folded from the inside out: `-(-7)` is a constant too.
            ExprKind::UnaryOp {
                op: UnaryOp::Neg | UnaryOp::Pos | UnaryOp::Invert,
                operand,
            } => match &operand.node {
                ExprKind::Int(_) | ExprKind::BigInt(_) | ExprKind::Float(_) => true,
                ExprKind::UnaryOp { .. } => operand.is_folded_constant(),
                _ => false,
            },
            ExprKind::Tuple(items) => items.iter().all(Expr::is_folded_constant),
            _ => false,
        }
    }
}

/// A parsed program (one file, one `-c` string, or one REPL input).
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub body: Block,
    /// Filled by the resolver: the module's own local slots (comprehension variables at top
    /// level) and its global names.
    pub scope: Scope,
    /// Filled by the resolver: the `SyntaxWarning`s CPython's compiler gives, in source
    /// order, which the runner prints before the program runs.
    pub warnings: Vec<(Span, String)>,
}

/// Where a name lives at run time, decided by the resolver.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Resolved {
    /// Not yet resolved (the parser's output).
    #[default]
    Unresolved,
    /// A plain local: `frame.slots[i]`.
    Local(u32),
    /// A captured variable: `frame.slots[i]` holds a cell shared with closures.
    Cell(u32),
    /// A module global: `globals.slots[i]`, falling back to builtins.
    Global(u32),
    /// A name in a class body: the class namespace, then globals, then builtins.
    ClassBody,
}

/// A name use or binding.
#[derive(Clone, Debug, PartialEq)]
pub struct Name {
    pub id: Sym,
    pub resolved: Resolved,
}

impl Name {
    pub fn new(id: Sym) -> Name {
        Name {
            id,
            resolved: Resolved::Unresolved,
        }
    }
}

/// Slot layout of one scope (module, function, lambda, class body), written by the resolver.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scope {
    /// Number of local slots in a frame of this scope.
    pub slot_count: u32,
    /// Slot names, for `UnboundLocalError` messages and debugging.
    pub slot_names: Vec<Sym>,
    /// Parameter slots that closures capture: boxed into a cell at function entry.
    pub cell_params: Vec<u32>,
    /// Non-parameter slots that closures capture: a fresh empty cell at entry.
    pub cell_locals: Vec<u32>,
    /// Captured variables of enclosing scopes: `(slot in the enclosing frame, slot here)`.
    /// The enclosing slot always holds a cell.
    pub free_vars: Vec<(u32, u32)>,
    /// Module scope only: the names of global slots, in slot order.
    pub global_names: Vec<Sym>,
    /// True when the body contains an `await` (async functions that can suspend).
    pub has_await: bool,
    /// For `def` and `class` statements: where the enclosing scope binds the name.
    pub name_binding: Resolved,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Not,
    Invert,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// One piece of an f-string.
#[derive(Clone, Debug, PartialEq)]
pub enum FStringPart {
    Literal(String),
    Field(Box<FormattedField>),
}

/// `{expr!r:spec}` inside an f-string.
#[derive(Clone, Debug, PartialEq)]
pub struct FormattedField {
    pub expr: Expr,
    /// `'r'`, `'s'` or `'a'`.
    pub conversion: Option<char>,
    /// The format spec, itself an f-string (`{x:>{w}}`); empty when absent.
    pub format_spec: Vec<FStringPart>,
    /// `{x=}`: the text `x=` printed before the value.
    pub debug_text: Option<String>,
}

/// One argument at a call site.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Positional(Expr),
    /// `*xs`
    Starred(Expr),
    Keyword(Sym, Expr),
    /// `**kw`
    DoubleStarred(Expr),
}

impl Arg {
    /// The expression the argument evaluates.
    pub fn value(&self) -> &Expr {
        match self {
            Arg::Positional(e) | Arg::Starred(e) | Arg::Keyword(_, e) | Arg::DoubleStarred(e) => e,
        }
    }
}

/// One entry of a dict display.
#[derive(Clone, Debug, PartialEq)]
pub enum DictItem {
    Pair(Expr, Expr),
    /// `**other`
    Splat(Expr),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

/// `for target in iter if cond ...` inside a comprehension.
#[derive(Clone, Debug, PartialEq)]
pub struct Generator {
    pub target: Expr,
    pub iter: Expr,
    pub conditions: Vec<Expr>,
    pub is_async: bool,
}

/// `[elt for ...]`, `{k: v for ...}`, `(elt for ...)`.
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub kind: ComprehensionKind,
    /// The element; for a dict comprehension, the key.
    pub element: Expr,
    /// Dict comprehensions only: the value.
    pub value: Option<Expr>,
    pub generators: Vec<Generator>,
    /// Filled by the resolver: cells of the comprehension's own variables that closures capture
    /// (slots in the enclosing frame, renewed each time the comprehension runs).
    pub fresh_cells: Vec<u32>,
    /// Filled by the resolver: the slots of the comprehension's own variables, cleared when
    /// it ends (they do not leak into the enclosing scope, nor show in its `locals()`).
    pub own_slots: Vec<u32>,
    /// Filled by the resolver: a generator expression with `await` past its first iterable
    /// (CPython makes it an asynchronous generator, which pyco does not have).
    pub is_async_genexpr: bool,
    /// A generator expression's compiled steps, shared by every generator it makes.
    pub code: CodeCache,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    BigInt(Rc<BigInt>),
    Float(f64),
    Str(Rc<str>),
    FString(Vec<FStringPart>),
    Name(Name),
    Attribute {
        value: Box<Expr>,
        attr: Sym,
    },
    Subscript {
        value: Box<Expr>,
        index: Box<Expr>,
    },
    /// `lower:upper:step`, only as a subscript index (possibly inside a tuple).
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    Call {
        func: Box<Expr>,
        /// A boxed slice, not a `Vec`: a `Vec`'s capacity would lend `ExprKind` a niche
        /// for its tag, and every `match` on an expression would pay to decode it.
        args: Box<[Arg]>,
        /// True when every argument is a plain positional one (no keywords, no `*`, `**`).
        all_positional: bool,
        /// At a method call site (`obj.name(...)`): the method found last, reused while the
        /// receiver's class and every class dict stay unchanged.
        /// For `obj.method(...)`: the call site's number, which the resolver gives it
        /// and under which the runtime keeps what the method lookup found there.
        method_site: Option<MethodSite>,
    },
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    /// `a and b and c`
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    /// `a < b <= c`: a chain, not nested binary operations.
    Compare {
        left: Box<Expr>,
        rest: Vec<(CmpOp, Expr)>,
    },
    /// `body if test else orelse`
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    Lambda(Rc<FunctionDef>),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Set(Vec<Expr>),
    Dict(Vec<DictItem>),
    /// `*x` in a display or an assignment target.
    Starred(Box<Expr>),
    /// Shared: a generator expression keeps its comprehension while it is consumed.
    Comprehension(Rc<Comprehension>),
    Await(Box<Expr>),
    /// `name := value`
    NamedExpr {
        target: Name,
        value: Box<Expr>,
    },
}

/// One parameter of a `def` or `lambda`.
#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub name: Sym,
    pub default: Option<Expr>,
    pub annotation: Option<Expr>,
    pub span: Span,
}

/// The parameter list. Slots are assigned in this order: positional-only, positional,
/// `*args`, keyword-only, `**kwargs`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Params {
    pub posonly: Vec<Param>,
    pub args: Vec<Param>,
    pub vararg: Option<Param>,
    pub kwonly: Vec<Param>,
    pub kwarg: Option<Param>,
}

/// A `def`, `async def` or `lambda` (whose body is one `return`).
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    pub name: Sym,
    pub params: Params,
    pub body: Block,
    pub decorators: Vec<Expr>,
    pub returns: Option<Expr>,
    pub is_async: bool,
    pub is_lambda: bool,
    /// Span of the `def name(...)` header, for tracebacks and diagnostics.
    pub span: Span,
    /// Filled by the resolver.
    pub scope: Scope,
    /// Filled by the evaluator on the first call: the body compiled (see [`CodeCache`]).
    pub code: CodeCache,
}

/// Where the evaluator keeps the compiled form of a function's body, made once, on the
/// function's first call. The tree holds it without knowing its type: the syntax layer
/// stays below the evaluator. Copies of a tree share what was compiled; it never takes part
/// in comparing trees.
#[derive(Clone, Default)]
pub struct CodeCache(pub std::cell::OnceCell<Rc<dyn std::any::Any>>);

impl std::fmt::Debug for CodeCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let state = if self.0.get().is_some() {
            "compiled"
        } else {
            "not compiled"
        };
        write!(f, "CodeCache({state})")
    }
}

impl PartialEq for CodeCache {
    fn eq(&self, _: &CodeCache) -> bool {
        true
    }
}

impl FunctionDef {
    /// The name a `def` statement binds, where the resolver put it.
    pub fn binding(&self) -> Name {
        Name {
            id: self.name,
            resolved: self.scope.name_binding,
        }
    }

    /// Where CPython's `co_firstlineno` points: the first decorator, else the `def`.
    pub fn first_line_offset(&self) -> u32 {
        self.decorators
            .first()
            .map_or(self.span.start, |d| d.span.start)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    pub name: Sym,
    pub bases: Vec<Expr>,
    pub keywords: Vec<(Sym, Expr)>,
    pub body: Block,
    pub decorators: Vec<Expr>,
    pub span: Span,
    /// Filled by the resolver (slots of comprehensions in the class body).
    pub scope: Scope,
}

impl ClassDef {
    /// The name a `class` statement binds, where the resolver put it.
    pub fn binding(&self) -> Name {
        Name {
            id: self.name,
            resolved: self.scope.name_binding,
        }
    }
}

/// `except T as name:`
#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    pub kind: Option<Expr>,
    pub name: Option<Name>,
    pub body: Block,
    pub span: Span,
}

/// `ctx as target` in a `with`.
#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub context: Expr,
    pub target: Option<Expr>,
}

/// `import a.b as c` / `from m import a as b`.
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    /// Dotted name: `["asyncio"]`, `["a", "b"]`; `["*"]` for `from m import *`.
    pub path: Vec<Sym>,
    pub asname: Option<Name>,
    /// The name bound when there is no `as`: the first path element for `import`,
    /// the name itself for `from ... import`.
    pub bound: Name,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    Expr(Expr),
    /// An expression statement of a REPL input or notebook cell whose value is shown
    /// (CPython's `PRINT_EXPR`, calling `sys.displayhook`); made by the resolver in the
    /// interactive modes, never by the parser.
    Echo(Expr),
    /// `a = b = value`: one or more targets.
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `x: int = 1` (the annotation is kept but never evaluated by pyco).
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
    },
    Pass,
    Break,
    Continue,
    Return(Option<Expr>),
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Global(Vec<Sym>),
    Nonlocal(Vec<Sym>),
    Del(Vec<Expr>),
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    Import(Vec<Alias>),
    ImportFrom {
        module: Vec<Sym>,
        names: Vec<Alias>,
    },
    If {
        test: Expr,
        body: Block,
        orelse: Block,
    },
    While {
        test: Expr,
        body: Block,
        orelse: Block,
    },
    For {
        target: Expr,
        iter: Expr,
        body: Block,
        orelse: Block,
        is_async: bool,
    },
    Try {
        body: Block,
        handlers: Vec<ExceptHandler>,
        orelse: Block,
        finalbody: Block,
        /// `except*` clauses (PEP 654): a `try` has only `except` or only `except*` ones.
        is_star: bool,
    },
    With {
        items: Vec<WithItem>,
        body: Block,
        is_async: bool,
    },
    FunctionDef(Rc<FunctionDef>),
    ClassDef(Rc<ClassDef>),
}
