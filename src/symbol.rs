//! Interned names: identifiers compare and hash as one `u32`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::Rc;

/// An interned identifier. Two symbols are equal exactly when their names are.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sym(pub u32);

#[derive(Default)]
struct Interner {
    ids: HashMap<Rc<str>, Sym, BuildMix>,
    names: Vec<Rc<str>>,
}

/// A hasher that spreads an already-computed hash (a Python hash, a name's number, an
/// address) over the word; names' text is mixed a byte at a time. Deterministic, and far
/// cheaper than the standard SipHash for the small keys it is given.
#[derive(Default)]
pub struct MixHasher(u64);

impl Hasher for MixHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0 ^ n)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            .rotate_left(26);
    }
    fn write_u32(&mut self, n: u32) {
        self.write_u64(n as u64)
    }
    /// An address (the compiled statements of an async function are keyed by one): one
    /// word at once, not its eight bytes one by one as the default would.
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64)
    }
}

pub type BuildMix = BuildHasherDefault<MixHasher>;

thread_local! {
    static INTERNER: RefCell<Interner> = RefCell::new(Interner::with_well_known());
}

impl Interner {
    fn with_well_known() -> Interner {
        // Room for the names a start-up interns (the builtins', the types' methods': about
        // 450 for `print("hi")`), so the table is not rebuilt five times on the way.
        const NAMES: usize = 600;
        let mut interner = Interner {
            ids: HashMap::with_capacity_and_hasher(NAMES, BuildMix::default()),
            names: Vec::with_capacity(NAMES),
        };
        for name in sym::ALL {
            let rc: Rc<str> = Rc::from(*name);
            let id = Sym(interner.names.len() as u32);
            interner.names.push(rc.clone());
            interner.ids.insert(rc, id);
        }
        interner
    }
}

impl Sym {
    pub fn intern(name: &str) -> Sym {
        INTERNER.with(|cell| {
            let mut interner = cell.borrow_mut();
            if let Some(&sym) = interner.ids.get(name) {
                return sym;
            }
            let sym = Sym(interner.names.len() as u32);
            let rc: Rc<str> = Rc::from(name);
            interner.names.push(rc.clone());
            interner.ids.insert(rc, sym);
            sym
        })
    }

    /// The name, shared.
    pub fn name(self) -> Rc<str> {
        INTERNER.with(|cell| cell.borrow().names[self.0 as usize].clone())
    }

    /// Looks the name up without interning it.
    pub fn lookup(name: &str) -> Option<Sym> {
        INTERNER.with(|cell| cell.borrow().ids.get(name).copied())
    }
}

impl fmt::Debug for Sym {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.name())
    }
}

impl fmt::Display for Sym {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name())
    }
}

macro_rules! well_known {
    ($($konst:ident = $text:expr),* $(,)?) => {
        /// Names the runtime matches on, interned first so their numbers are constants.
        pub mod sym {
            use super::Sym;
            well_known!(@consts 0u32; $($konst),*);
            pub(super) const ALL: &[&str] = &[$($text),*];
        }
    };
    (@consts $n:expr; $konst:ident $(, $rest:ident)*) => {
        pub const $konst: Sym = Sym($n);
        well_known!(@consts $n + 1u32; $($rest),*);
    };
    (@consts $n:expr;) => {};
}

well_known! {
    INIT = "__init__", NEW = "__new__", REPR = "__repr__", STR = "__str__", EQ = "__eq__",
    NE = "__ne__", LT = "__lt__", LE = "__le__", GT = "__gt__", GE = "__ge__", HASH = "__hash__",
    LEN = "__len__", GETITEM = "__getitem__", SETITEM = "__setitem__", DELITEM = "__delitem__",
    CONTAINS = "__contains__", ITER = "__iter__", NEXT = "__next__", BOOL = "__bool__",
    CALL = "__call__", ENTER = "__enter__", EXIT = "__exit__", AENTER = "__aenter__",
    AEXIT = "__aexit__", AWAIT = "__await__", NAME = "__name__", QUALNAME = "__qualname__",
    CLASS = "__class__", DICT = "__dict__", DOC = "__doc__", MODULE = "__module__",
    ADD = "__add__", SUB = "__sub__", MUL = "__mul__", MATMUL = "__matmul__",
    TRUEDIV = "__truediv__", FLOORDIV = "__floordiv__", MOD = "__mod__", POW = "__pow__",
    LSHIFT = "__lshift__", RSHIFT = "__rshift__", OR = "__or__", XOR = "__xor__", AND = "__and__",
    RADD = "__radd__", RSUB = "__rsub__", RMUL = "__rmul__", RMATMUL = "__rmatmul__",
    RTRUEDIV = "__rtruediv__", RFLOORDIV = "__rfloordiv__", RMOD = "__rmod__", RPOW = "__rpow__",
    RLSHIFT = "__rlshift__", RRSHIFT = "__rrshift__", ROR = "__ror__", RXOR = "__rxor__",
    RAND = "__rand__", IADD = "__iadd__", ISUB = "__isub__", IMUL = "__imul__",
    IMATMUL = "__imatmul__", ITRUEDIV = "__itruediv__", IFLOORDIV = "__ifloordiv__",
    IMOD = "__imod__", IPOW = "__ipow__", ILSHIFT = "__ilshift__", IRSHIFT = "__irshift__",
    IOR = "__ior__", IXOR = "__ixor__", IAND = "__iand__", NEG = "__neg__", POS = "__pos__",
    INVERT = "__invert__", ABS = "__abs__", INDEX = "__index__", INT = "__int__",
    FLOAT = "__float__", FORMAT = "__format__", GETATTR = "__getattr__",
    SETATTR = "__setattr__", DELATTR = "__delattr__", SET_NAME = "__set_name__",
    ARGS = "args", SELF = "self", MAIN = "__main__", MODULE_NAME = "<module>",
    LAMBDA = "<lambda>", CAUSE = "__cause__", CONTEXT = "__context__",
    SUPPRESS_CONTEXT = "__suppress_context__", TRACEBACK = "__traceback__",
    BASES = "__bases__", MRO = "__mro__", FGET = "fget", SETTER = "setter", GETTER = "getter",
    DELETER = "deleter", SUPER = "super", EXCEPTIONS = "exceptions", MESSAGE = "message",
    VALUE = "value", CODE = "code", REVERSED = "__reversed__", ROUND = "__round__",
    GET = "__get__", SET = "__set__", DELETE = "__delete__", DIR = "__dir__",
    GETATTRIBUTE = "__getattribute__", INIT_SUBCLASS = "__init_subclass__",
    CLASS_GETITEM = "__class_getitem__",
}
