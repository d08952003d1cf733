//! Mutation fuzzing: mutants of the golden programs must never crash pyco.
//!
//! Every mutant is a golden program (`tests/programs/*.py`, `examples/*.py`) changed by one to
//! three mutations (token and line edits, indentation, hostile numbers, re-entrant dunders, deep
//! nesting, lines spliced from another program). pyco runs it twice, `pyco --check FILE` and
//! `pyco --virtual-time FILE`, under a wall-time and an address-space limit. Whatever the mutant
//! says, pyco may print anything and exit 0, 1 or 2; a panic, a death by signal, a hang or any
//! other exit code is a failure.
//!
//! A mutant depends only on the seed, its index and the corpus, so `cargo test` runs a fixed,
//! bounded set; `PYCO_FUZZ_SEED`, `PYCO_FUZZ_COUNT`, `PYCO_FUZZ_START`, `PYCO_FUZZ_THREADS` and
//! `PYCO_FUZZ_MINIMIZE` make long runs and replays (see `tests/README.md`). A failing mutant is
//! written under cargo's `target/tmp/fuzz/failures/` with a note of how it was made.

#![cfg(unix)]

use std::collections::BTreeMap;
use std::io::Read;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The address space one pyco run may map. pyco reserves a 1 GiB interpreter stack and needs
/// about 2.1 GB to start; the limit sits well above that so only a runaway allocation meets it.
const MEMORY_LIMIT_BYTES: u64 = 4 << 30;
/// The wall time one run may take before it is killed and counted as a possible hang.
const TIME_LIMIT: Duration = Duration::from_secs(5);
/// A run that hit `TIME_LIMIT` is tried once more with this much time, so that a busy machine
/// is not reported as a hang.
const CONFIRM_TIME_LIMIT: Duration = Duration::from_secs(20);
/// The seed and count of the run `cargo test` makes: big enough to reach every mutator many
/// times, small enough to finish in seconds on a busy 2-core machine.
const DEFAULT_SEED: u64 = 0x7079_636f_2023;
const DEFAULT_COUNT: usize = 300;
const DEFAULT_THREADS: usize = 2;
/// Bounds the runs one minimisation may make, so a long run with many failures still ends.
const MINIMIZE_BUDGET: usize = 400;

/// SplitMix64: tiny, fast, and every 64-bit seed gives a good stream, which is all a fuzzer needs.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n`; `n` must be positive.
    fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// The programs mutants are made from, sorted by path so a seed means the same mutants on every
/// machine (for one commit: adding a golden program changes the corpus).
fn corpus() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut programs = Vec::new();
    for dir in ["tests/programs", "examples"] {
        let entries = std::fs::read_dir(root.join(dir)).expect("corpus directory is readable");
        for entry in entries {
            let path = entry.expect("corpus entry").path();
            if path.extension().is_some_and(|e| e == "py") {
                let text = std::fs::read_to_string(&path).expect("corpus program is UTF-8");
                let name = format!(
                    "{dir}/{}",
                    path.file_name().unwrap_or_default().to_string_lossy()
                );
                programs.push((name, text));
            }
        }
    }
    programs.sort();
    assert!(!programs.is_empty(), "no programs to mutate");
    programs
}

// ---------------------------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------------------------

/// Numbers at the edges: machine-word boundaries, float extremes, zero and minus one.
#[rustfmt::skip]
const HOSTILE_NUMBERS: &[&str] = &[
    "10**18", "2**62", "2**63", "2**64", "-2**63", "9223372036854775807", "-9223372036854775809",
    "1e308", "-1e308", "1e-320", "-1", "0", "-0.0", "10**100", "2**31", "float('inf')",
    "float('nan')",
];

/// Tokens that change a program's shape when dropped in anywhere.
#[rustfmt::skip]
const HOSTILE_TOKENS: &[&str] = &[
    "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "=", "==", ":=", "*", "**", "->", "@", "\\",
    "'", "\"", "\"\"\"", "f'", "#", "...", "lambda", "await", "async", "yield", "return", "not",
    "and", "or", "in", "is", "if", "else", "for", "while", "def", "class", "try", "except",
    "finally", "with", "del", "global", "nonlocal", "pass", "break", "continue", "raise", "import",
    "from", "as", "None", "True", "False", "self", "super", "print", "asyncio", "\t", "\u{e9}",
    "\u{1F600}", "\0", "\r", "0x", "1_", "1e", "0b2", "{x!r:>{w}}",
];

/// Whole statements to insert, indented like the line they land before.
const HOSTILE_STATEMENTS: &[&str] = &[
    "return",
    "return await asyncio.sleep(0)",
    "yield 1",
    "await asyncio.sleep(0)",
    "break",
    "continue",
    "global x",
    "nonlocal x",
    "del x",
    "raise",
    "pass",
    "x = x",
    "import asyncio",
    "import sys; sys.setrecursionlimit(50)",
    "assert False, 'fuzz'",
    "print(*range(3), sep=None, end=None)",
    "async def _fz_a(): return await _fz_a()",
    "def _fz_r(n=0): return _fz_r(n + 1)",
    "_fz_r()",
    "raise KeyboardInterrupt",
    "asyncio.run(asyncio.sleep(0))",
    "asyncio.get_event_loop().stop()",
    "lambda: (yield)",
    "class _Fz2(Exception): pass",
    "try: pass\nexcept* ValueError: pass",
    "with _fz: pass",
];

/// Prepended by the re-entrant mutation: a class whose comparison, hash and repr mutate the
/// global containers that hold it, and a function that pokes those containers from every side.
const REENTRANT_PRELUDE: &str = r#"_fz_l = [1, 2, 3]
_fz_d = {1: 1, 2: 2}
_fz_s = {1, 2}
_FZ_TARGETS
_fz_tl, _fz_td, _fz_ts = _fz_t
class _Fz:
    def __eq__(self, other):
        _fz_tl.clear(); _fz_td.clear(); _fz_ts.clear()
        return True
    def __hash__(self):
        _fz_tl.append(self); _fz_td[len(_fz_td) + 100] = 0; _fz_ts.add(len(_fz_ts) + 100)
        return 1
    def __repr__(self):
        _fz_tl.append(0); _fz_td.clear()
        return '_Fz'
    def __lt__(self, other):
        _fz_tl.reverse(); _fz_tl.append(0)
        return True
    __gt__ = __lt__
    __le__ = __lt__
    __ge__ = __lt__
def _fz_poke():
    for _fz_op in _FZ_OPS:
        try:
            _fz_op()
        except Exception:
            pass
_FZ_OPS = [
"#;

/// One-line operations `_fz_poke` runs; a mutant gets a random handful of them.
const REENTRANT_OPS: &[&str] = &[
    "lambda: _fz_l.append(_Fz())",
    "lambda: _Fz() in _fz_l",
    "lambda: _fz_l.remove(_Fz())",
    "lambda: _fz_l.index(_Fz())",
    "lambda: _fz_l.count(_Fz())",
    "lambda: _fz_l.sort()",
    "lambda: sorted([_Fz(), _Fz(), _Fz()])",
    "lambda: max(_fz_l)",
    "lambda: _fz_l == _fz_l[:]",
    "lambda: _fz_d.__setitem__(_Fz(), 1)",
    "lambda: _fz_d.get(_Fz())",
    "lambda: _Fz() in _fz_d",
    "lambda: _fz_d.pop(_Fz(), None)",
    "lambda: {_Fz(): 1} == {_Fz(): 1}",
    "lambda: _fz_s.add(_Fz())",
    "lambda: _Fz() in _fz_s",
    "lambda: _fz_s.discard(_Fz())",
    "lambda: {_Fz(), _Fz()} == {_Fz()}",
    "lambda: repr(_fz_l)",
    "lambda: str(_fz_d)",
    "lambda: print(_fz_l, _fz_d, _fz_s)",
    "lambda: f'{_Fz()!r}'",
    "lambda: (_Fz(),) < (_Fz(),)",
    "lambda: [_Fz()] == [_Fz()]",
];

/// Built-in operations with holes (`A`, `B`, `C`) that the hostile-call mutation fills with
/// `HOSTILE_ARGUMENTS`: the edges of index, size, count and precision arguments.
const HOSTILE_CALLS: &[&str] = &[
    "range(A, B, C)[A]",
    "len(range(A, B, C))",
    "range(A)[B:C]",
    "list(range(A, B, C)[-3:])",
    "[1, 2, 3][A:B:C]",
    "'abcdef'[A:B:C]",
    "(1, 2, 3)[A]",
    "[1, 2, 3][A]",
    "round(A, B)",
    "round(A)",
    "divmod(A, B)",
    "pow(A, B, C)",
    "A // B",
    "A % B",
    "A >> B",
    "A & B | C ^ A",
    "~A",
    "abs(A)",
    "-A",
    "hex(A)",
    "bin(A)",
    "oct(A)",
    "chr(A)",
    "int(A)",
    "float(A)",
    "str(A)",
    "repr(A)",
    "format(A, 'x')",
    "format(A, ',')",
    "format(A, '.3e')",
    "f'{A:>{B}}'",
    "f'{A:.{B}f}'",
    "'{:{}}'.format(A, B)",
    "[1, 2, 3].insert(A, 0)",
    "[1, 2, 3].pop(A)",
    "'abc'.find('b', A, B)",
    "'a b c'.split(None, A)",
    "'a,b,c'.rsplit(',', A)",
    "'abc'.index('c', A, B)",
    "[1, 2, 1].index(1, A, B)",
    "'aaa'.replace('a', 'b', A)",
    "'abc'.startswith('a', A, B)",
    "sum([A, B, C])",
    "min(A, B)",
    "max([A, B, C])",
    "sorted([A, B, C])",
    "A == B",
    "A < B <= C",
    "hash(A)",
    "int(str(A))",
    "float(str(A))",
    "list(enumerate([1], A))",
    "A in range(B, C)",
    "range(B, C).index(A)",
    "range(B, C).count(A)",
    "[A, B][C:]",
    "[0] * 3 == [A] * 3",
    "(A).bit_length()",
    "(A).is_integer()",
    "(A).as_integer_ratio()",
    "A * 1.0 == A",
    "int(A) << 3",
    "A / B",
    "A ** 2",
    "2 ** A % 7",
    "'%d' % A",
    "'%s %r' % (A, B)",
    "{A: 1, B: 2}[C]",
    "{A, B, C}",
    "dict.fromkeys([A, B])",
    "list(zip(range(3), [A]))",
    "isinstance(A, int)",
    "bool(A)",
    "A if B else C",
    "sorted([A, B], key=lambda v: -v)",
];

/// Calls that build a sequence of a hostile size (`'0'.zfill(2**31)`, a list of 2**63 ints):
/// they meet the memory limit, and fail until pyco raises MemoryError in time (being fixed).
const HOSTILE_SIZE_CALLS: &[&str] = &[
    "[x for x in range(A, B)][:3]",
    "str(A).zfill(B)",
    "str(A).center(B)",
];

/// Arguments for `HOSTILE_CALLS`: the hostile numbers and some ordinary values.
#[rustfmt::skip]
const HOSTILE_ARGUMENTS: &[&str] = &[
    "10**18", "2**62", "2**63", "2**64", "-2**63", "-2**64", "1e308", "-1e308", "1e-320", "-1",
    "0", "-0.0", "10**100", "2**31", "2**31 - 1", "float('inf')", "float('nan')", "3", "-3",
    "1.5", "True", "None", "'7'", "[]",
];

/// Depths for the nesting mutation: from ones CPython accepts to ones no parser should recurse on.
const NESTING_DEPTHS: &[usize] = &[20, 100, 300, 1000, 3000, 10000];

/// A line split into tokens, each with the whitespace before it, so edits keep the rest intact.
/// Tokens are runs of word characters or single other characters: crude, and meant to be, since
/// cutting a string or an operator in half is a mutation too.
struct Tokens {
    parts: Vec<(String, String)>,
    trailing: String,
}

impl Tokens {
    fn split(line: &str) -> Tokens {
        let mut parts = Vec::new();
        let mut space = String::new();
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            if c == ' ' || c == '\t' {
                space.push(c);
                continue;
            }
            let mut token = c.to_string();
            if is_word(c) {
                while let Some(&next) = chars.peek() {
                    if !is_word(next) {
                        break;
                    }
                    token.push(next);
                    chars.next();
                }
            }
            parts.push((std::mem::take(&mut space), token));
        }
        Tokens {
            parts,
            trailing: space,
        }
    }

    fn join(&self) -> String {
        let mut line = String::new();
        for (space, token) in &self.parts {
            line.push_str(space);
            line.push_str(token);
        }
        line.push_str(&self.trailing);
        line
    }
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn indentation(line: &str) -> &str {
    &line[..line.len() - line.trim_start_matches([' ', '\t']).len()]
}

/// A random line index that has at least one token, if the program has one.
fn line_with_tokens(rng: &mut Rng, lines: &[String]) -> Option<usize> {
    let candidates: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].trim().is_empty())
        .collect();
    if candidates.is_empty() {
        None
    } else {
        Some(*rng.pick(&candidates))
    }
}

/// Applies `edit` to the tokens of a random non-blank line.
fn edit_tokens(
    rng: &mut Rng,
    lines: &mut [String],
    edit: impl FnOnce(&mut Rng, &mut Vec<(String, String)>),
) {
    if let Some(i) = line_with_tokens(rng, lines) {
        let mut tokens = Tokens::split(&lines[i]);
        if !tokens.parts.is_empty() {
            edit(rng, &mut tokens.parts);
        }
        lines[i] = tokens.join();
    }
}

fn wrap_deeply(rng: &mut Rng, token: &str) -> String {
    let depth = *rng.pick(NESTING_DEPTHS);
    match rng.below(12) {
        0 => format!("{}{token}{}", "(".repeat(depth), ")".repeat(depth)),
        1 => format!("{}{token}{}", "[".repeat(depth), "]".repeat(depth)),
        2 => format!("{}{token}{}", "{".repeat(depth), "}".repeat(depth)),
        3 => format!("{}{token}", "-".repeat(depth)),
        4 => format!("{}{token}", "not ".repeat(depth)),
        5 => format!("{}{token}", "lambda: ".repeat(depth)),
        6 => format!("{token}{}", "()".repeat(depth)),
        7 => format!("{token}{}", "[0]".repeat(depth)),
        8 => format!("{token}{}", " + 1".repeat(depth)),
        9 => format!("{token}{}", " ** 1".repeat(depth)),
        10 => format!("{token}{}", " < 1".repeat(depth)),
        _ => format!("{}{token}", "(".repeat(depth)),
    }
}

/// Lines opening `depth` nested blocks, each indented one step more than the last.
fn nested_blocks(rng: &mut Rng, base: &str) -> Vec<String> {
    let depth = *rng.pick(&NESTING_DEPTHS[..4]);
    let header = *rng.pick(&[
        "if True:",
        "def _fz():",
        "while False:",
        "try:",
        "class _Fz3:",
    ]);
    let mut lines = Vec::new();
    for level in 0..depth {
        lines.push(format!("{base}{}{header}", " ".repeat(level)));
    }
    lines.push(format!("{base}{}pass", " ".repeat(depth)));
    lines
}

/// The indentation of line `i`, or none past the end.
fn indentation_at(lines: &[String], i: usize) -> String {
    lines
        .get(i)
        .map(|l| indentation(l).to_string())
        .unwrap_or_default()
}

/// Makes one mutation of `lines`; returns its name for the failure report.
fn mutate_once(rng: &mut Rng, lines: &mut Vec<String>, corpus: &[(String, String)]) -> String {
    if lines.is_empty() {
        lines.push("pass".to_string());
    }
    let n = lines.len();
    match rng.below(20) {
        0 => {
            edit_tokens(rng, lines, |rng, parts| {
                parts.remove(rng.below(parts.len()));
            });
            "delete token".into()
        }
        1 => {
            edit_tokens(rng, lines, |rng, parts| {
                let i = rng.below(parts.len());
                let copies = if rng.chance(80) { 1 } else { 1 + rng.below(50) };
                for _ in 0..copies {
                    let copy = parts[i].clone();
                    parts.insert(i, copy);
                }
            });
            "duplicate token".into()
        }
        2 => {
            edit_tokens(rng, lines, |rng, parts| {
                let i = rng.below(parts.len());
                let j = rng.below(parts.len());
                let (a, b) = (parts[i].1.clone(), parts[j].1.clone());
                parts[i].1 = b;
                parts[j].1 = a;
            });
            "swap tokens".into()
        }
        3 => {
            let replacement = rng.pick(HOSTILE_TOKENS).to_string();
            edit_tokens(rng, lines, |rng, parts| {
                let i = rng.below(parts.len());
                parts[i].1 = replacement;
            });
            "replace token".into()
        }
        4 => {
            let number = rng.pick(HOSTILE_NUMBERS).to_string();
            let i = rng.below(n);
            let mut tokens = Tokens::split(&lines[i]);
            let numeric: Vec<usize> = (0..tokens.parts.len())
                .filter(|&t| tokens.parts[t].1.starts_with(|c: char| c.is_ascii_digit()))
                .collect();
            let target = if numeric.is_empty() {
                (!tokens.parts.is_empty()).then(|| rng.below(tokens.parts.len()))
            } else {
                Some(*rng.pick(&numeric))
            };
            if let Some(t) = target {
                tokens.parts[t].1 = format!("({number})");
            }
            lines[i] = tokens.join();
            "hostile number".into()
        }
        5 => {
            let i = rng.below(n);
            let count = if rng.chance(75) {
                1
            } else {
                1 + rng.below(5.min(n - i))
            };
            lines.drain(i..(i + count).min(n));
            "delete lines".into()
        }
        6 => {
            let i = rng.below(n);
            let copies = if rng.chance(80) {
                1
            } else {
                1 + rng.below(100)
            };
            for _ in 0..copies {
                lines.insert(i, lines[i].clone());
            }
            "duplicate line".into()
        }
        7 => {
            let (i, j) = (rng.below(n), rng.below(n));
            lines.swap(i, j);
            "swap lines".into()
        }
        8 => {
            let i = rng.below(n);
            let count = 1 + rng.below(4.min(n - i));
            let change = *rng.pick(&["+1", "+4", "-1", "-4", "tab", "+8", "zero"]);
            for line in &mut lines[i..i + count] {
                let rest = line.trim_start_matches([' ', '\t']).to_string();
                let width = indentation(line).len();
                let new_width = match change {
                    "+1" => width + 1,
                    "+4" => width + 4,
                    "+8" => width + 8,
                    "-1" => width.saturating_sub(1),
                    "-4" => width.saturating_sub(4),
                    _ => 0,
                };
                *line = if change == "tab" {
                    format!("\t{}{rest}", indentation(line))
                } else {
                    format!("{}{rest}", " ".repeat(new_width))
                };
            }
            format!("indent {change}")
        }
        9 => {
            let (other_name, other) = rng.pick(corpus);
            let other_lines: Vec<&str> = other.lines().collect();
            if !other_lines.is_empty() {
                let start = rng.below(other_lines.len());
                let len = 1 + rng.below(8.min(other_lines.len() - start));
                let at = rng.below(n + 1);
                let spliced: Vec<String> = other_lines[start..start + len]
                    .iter()
                    .map(|s| s.to_string())
                    .collect();
                lines.splice(at..at, spliced);
                return format!("splice {other_name}:{}+{len}", start + 1);
            }
            "splice nothing".into()
        }
        10 => {
            // The dunders mutate the very containers being operated on.
            let prelude_text =
                REENTRANT_PRELUDE.replace("_FZ_TARGETS", "_fz_t = (_fz_l, _fz_d, _fz_s)");
            let mut prelude: Vec<String> = prelude_text.lines().map(String::from).collect();
            for _ in 0..1 + rng.below(6) {
                prelude.push(format!("    {},", rng.pick(REENTRANT_OPS)));
            }
            prelude.push("]".to_string());
            prelude.push("_fz_poke()".to_string());
            let calls = 1 + rng.below(3);
            for _ in 0..calls {
                let i = rng.below(lines.len());
                let indent = indentation(&lines[i]).to_string();
                let call = if rng.chance(50) {
                    "_fz_poke()"
                } else {
                    "_fz_l.append(_Fz())"
                };
                lines.insert(i, format!("{indent}{call}"));
            }
            if rng.chance(50) {
                edit_tokens(rng, lines, |rng, parts| {
                    let i = rng.below(parts.len());
                    if parts[i].1.starts_with(is_word) {
                        parts[i].1 = "_Fz()".into();
                    }
                });
            }
            lines.splice(0..0, prelude);
            "re-entrant dunders".into()
        }
        11 => {
            edit_tokens(rng, lines, |rng, parts| {
                let i = rng.below(parts.len());
                parts[i].1 = wrap_deeply(rng, &parts[i].1);
            });
            "deep nesting".into()
        }
        12 => {
            let i = rng.below(n + 1);
            let base = indentation_at(lines, i);
            let block = nested_blocks(rng, &base);
            lines.splice(i..i, block);
            "nested blocks".into()
        }
        13 => {
            let i = rng.below(n + 1);
            let indent = indentation_at(lines, i);
            let statement = rng.pick(HOSTILE_STATEMENTS);
            for (k, part) in statement.lines().enumerate() {
                lines.insert(i + k, format!("{indent}{part}"));
            }
            "insert statement".into()
        }
        14 => {
            let i = rng.below(n);
            let line = &lines[i];
            let cut = char_boundary_below(line, rng.below(line.len() + 1));
            lines[i] = line[..cut].to_string();
            lines.truncate(i + 1);
            "truncate".into()
        }
        15 => {
            let i = rng.below(n);
            let line = &lines[i];
            let at = char_boundary_below(line, rng.below(line.len() + 1));
            let c = *rng.pick(&[
                "\\", "'", "\"", "#", "\t", "\u{0}", "\u{feff}", "\r", "{", "}", "$", "?", "!",
            ]);
            lines[i] = format!("{}{c}{}", &line[..at], &line[at..]);
            "insert character".into()
        }
        16..=18 => {
            let i = rng.below(n + 1);
            let indent = indentation_at(lines, i);
            let templates = if rng.chance(10) {
                HOSTILE_SIZE_CALLS
            } else {
                HOSTILE_CALLS
            };
            let mut call = rng.pick(templates).to_string();
            for hole in ["A", "B", "C"] {
                let value = *rng.pick(HOSTILE_ARGUMENTS);
                call = call.replace(hole, value);
            }
            let statement = [
                format!("{indent}try:"),
                format!("{indent}    print({call})"),
                format!("{indent}except Exception as _fz_e:"),
                format!("{indent}    print(type(_fz_e).__name__)"),
            ];
            lines.splice(i..i, statement);
            format!("hostile call {call}")
        }
        _ => {
            let i = rng.below(n);
            let j = rng.below(n);
            let moved = lines.remove(i);
            lines.insert(j.min(lines.len()), moved);
            "move line".into()
        }
    }
}

fn char_boundary_below(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The mutant with this index: a program from the corpus and one to three mutations, all drawn
/// from a generator seeded by `(seed, index)` alone, so any mutant can be rebuilt on its own.
fn make_mutant(corpus: &[(String, String)], seed: u64, index: usize) -> (String, String) {
    let mut rng = Rng::new(seed ^ (index as u64).wrapping_mul(0xd1b5_4a32_d192_ed03));
    rng.next_u64();
    let (name, text) = rng.pick(corpus);
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    let count = match rng.below(10) {
        0..=5 => 1,
        6..=8 => 2,
        _ => 3,
    };
    let mut description = name.clone();
    for _ in 0..count {
        let what = mutate_once(&mut rng, &mut lines, corpus);
        description.push_str(" | ");
        description.push_str(&what);
    }
    let mut program = lines.join("\n");
    program.push('\n');
    (description, program)
}

// ---------------------------------------------------------------------------------------------
// Running
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Mode {
    Check,
    Run,
}

/// How one process ended.
struct Outcome {
    code: Option<i32>,
    signal: Option<i32>,
    timed_out: bool,
    stderr: String,
}

#[cfg(target_os = "linux")]
mod limits {
    #[repr(C)]
    struct ResourceLimit {
        current: u64,
        maximum: u64,
    }

    extern "C" {
        fn setrlimit(resource: i32, limit: *const ResourceLimit) -> i32;
    }

    const RLIMIT_CORE: i32 = 4;
    const RLIMIT_AS: i32 = 9;

    /// Caps the child's address space and turns off core files (a crash is reported, not dumped).
    /// Runs between fork and exec, where only async-signal-safe calls are allowed: setrlimit is.
    pub fn apply(address_space: u64) -> std::io::Result<()> {
        for (resource, value) in [(RLIMIT_AS, address_space), (RLIMIT_CORE, 0)] {
            let limit = ResourceLimit {
                current: value,
                maximum: value,
            };
            // SAFETY: a plain system call on a struct laid out as the kernel's `struct rlimit`.
            if unsafe { setrlimit(resource, &limit) } != 0 {
                return Err(std::io::Error::last_os_error());
            }
        }
        Ok(())
    }
}

#[cfg(not(target_os = "linux"))]
mod limits {
    pub fn apply(_: u64) -> std::io::Result<()> {
        Ok(())
    }
}

/// Keeps the start and the end of a stream that may be endless (a mutant printing in a loop).
fn drain_keeping_ends(mut stream: impl Read) -> String {
    const KEEP: usize = 32 * 1024;
    let mut head = Vec::new();
    let mut tail = Vec::new();
    let mut chunk = [0u8; 8192];
    while let Ok(read) = stream.read(&mut chunk) {
        if read == 0 {
            break;
        }
        if head.len() < KEEP {
            head.extend_from_slice(&chunk[..read]);
        } else {
            tail.extend_from_slice(&chunk[..read]);
            if tail.len() > 4 * KEEP {
                tail.drain(..tail.len() - KEEP);
            }
        }
    }
    head.extend_from_slice(&tail);
    String::from_utf8_lossy(&head).into_owned()
}

fn wait_with_deadline(
    child: &mut Child,
    limit: Duration,
) -> (Option<std::process::ExitStatus>, bool) {
    let start = Instant::now();
    let mut pause = Duration::from_millis(1);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return (Some(status), false),
            Ok(None) if start.elapsed() < limit => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(20));
            }
            _ => {
                let _ = child.kill();
                return (child.wait().ok(), true);
            }
        }
    }
}

fn run_process(mut command: Command, limit: Duration) -> Outcome {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // SAFETY: the closure only calls setrlimit, which is async-signal-safe.
    unsafe {
        command.pre_exec(|| limits::apply(MEMORY_LIMIT_BYTES));
    }
    let mut child = command.spawn().expect("the program starts");
    let stdout = child.stdout.take().expect("piped stdout");
    let stderr = child.stderr.take().expect("piped stderr");
    let stdout_reader = std::thread::spawn(move || drain_keeping_ends(stdout).len());
    let stderr_reader = std::thread::spawn(move || drain_keeping_ends(stderr));
    let (status, timed_out) = wait_with_deadline(&mut child, limit);
    let _ = stdout_reader.join();
    let stderr = stderr_reader.join().unwrap_or_default();
    Outcome {
        code: status.and_then(|s| s.code()),
        signal: status.and_then(|s| s.signal()),
        timed_out,
        stderr,
    }
}

fn run_pyco(path: &Path, mode: Mode, limit: Duration) -> Outcome {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pyco"));
    command
        .env("NO_COLOR", "1")
        .env_remove("PYCO_VIRTUAL_TIME")
        .env_remove("RUST_BACKTRACE")
        .current_dir(path.parent().expect("mutant has a directory"));
    match mode {
        Mode::Check => command.arg("--check").arg(path),
        Mode::Run => command.arg("--virtual-time").arg(path),
    };
    run_process(command, limit)
}

/// True if CPython also runs past the time limit: then the mutant loops for real, and pyco
/// looping too is right. Without a `python3` (or `PYCO_FUZZ_PYTHON`) every hang counts.
fn cpython_also_hangs(path: &Path) -> bool {
    let python = std::env::var("PYCO_FUZZ_PYTHON").unwrap_or_else(|_| "python3".into());
    let mut command = Command::new(python);
    command
        .arg(path)
        .current_dir(path.parent().expect("mutant has a directory"));
    let probe = Command::new(command.get_program())
        .arg("-c")
        .arg("pass")
        .output();
    if !probe.is_ok_and(|o| o.status.success()) {
        return false;
    }
    run_process(command, TIME_LIMIT).timed_out
}

/// What went wrong, with the detail that tells one bug from another: the panic's location and
/// message, the signal, or the exit code. Numbers are blanked so that one bug is one signature.
fn failure_signature(outcome: &Outcome) -> Option<String> {
    if outcome.timed_out {
        return Some("hang".into());
    }
    let stderr = &outcome.stderr;
    let last_runtime_line = stderr
        .lines()
        .rfind(|l| {
            l.contains("fatal runtime error")
                || l.contains("overflowed its stack")
                || l.contains("memory allocation of")
        })
        .map(blank_numbers)
        .unwrap_or_default();
    if let Some(at) = stderr.find("panicked at ") {
        let rest = &stderr[at..];
        let mut lines = rest.lines();
        let location = lines.next().unwrap_or_default();
        let message = lines.next().unwrap_or_default();
        return Some(format!("panic {location} {}", blank_numbers(message)));
    }
    if stderr.contains("RUST_BACKTRACE") {
        return Some(format!("panic (no location) {last_runtime_line}"));
    }
    // An uncaught KeyboardInterrupt ends pyco, as it ends CPython, by SIGINT.
    const SIGINT: i32 = 2;
    let last_line = stderr.lines().last().unwrap_or_default();
    if outcome.signal == Some(SIGINT) && last_line.starts_with("KeyboardInterrupt") {
        return None;
    }
    if let Some(signal) = outcome.signal {
        return Some(format!("signal {signal} {last_runtime_line}"));
    }
    match outcome.code {
        Some(0..=2) => None,
        Some(code) => Some(format!("exit code {code} {last_runtime_line}")),
        None => Some("no exit status".into()),
    }
}

fn blank_numbers(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_digit() {
            if !out.ends_with('N') {
                out.push('N');
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// True if the program may end itself with any exit status, as `sys.exit(3)` does.
fn may_choose_its_exit_code(program: &str) -> bool {
    program.contains("exit") || program.contains("SystemExit")
}

/// Runs that timed out but were not failures: finished when given more time, or CPython loops
/// too. Reported in the summary, so a long run shows how much time they took.
static TIMEOUTS_FORGIVEN: AtomicUsize = AtomicUsize::new(0);

/// Runs the mutant both ways; returns the first failure, if any.
fn check_mutant(path: &Path, program: &str) -> Option<(Mode, String, Outcome)> {
    for mode in [Mode::Check, Mode::Run] {
        let outcome = run_pyco(path, mode, TIME_LIMIT);
        let Some(mut signature) = failure_signature(&outcome) else {
            continue;
        };
        if signature.starts_with("exit code") && may_choose_its_exit_code(program) {
            continue;
        }
        let mut outcome = outcome;
        if outcome.timed_out {
            let again = run_pyco(path, mode, CONFIRM_TIME_LIMIT);
            match failure_signature(&again) {
                None => {
                    TIMEOUTS_FORGIVEN.fetch_add(1, Ordering::Relaxed);
                    continue;
                }
                Some(s) if s == "hang" && mode == Mode::Run && cpython_also_hangs(path) => {
                    TIMEOUTS_FORGIVEN.fetch_add(1, Ordering::Relaxed);
                    continue;
                }
                Some(s) => {
                    signature = s;
                    outcome = again;
                }
            }
        }
        return Some((mode, signature, outcome));
    }
    None
}

fn minimize(path: &Path, mode: Mode, signature: &str, text: &str) -> String {
    let scratch = path.with_extension("min-try.py");
    let mut budget = MINIMIZE_BUDGET;
    let mut still_fails = |candidate: &str| -> bool {
        if budget == 0 {
            return false;
        }
        budget -= 1;
        if std::fs::write(&scratch, candidate).is_err() {
            return false;
        }
        let outcome = run_pyco(&scratch, mode, TIME_LIMIT);
        failure_signature(&outcome).as_deref() == Some(signature)
    };
    // Lines first, then characters within what is left; both by halving chunk sizes (ddmin).
    let lines: Vec<String> = text.lines().map(|l| format!("{l}\n")).collect();
    let lines = shrink(lines, &mut |parts: &[String]| still_fails(&parts.concat()));
    let chars: Vec<String> = lines.concat().chars().map(String::from).collect();
    let chars = shrink(chars, &mut |parts: &[String]| still_fails(&parts.concat()));
    let _ = std::fs::remove_file(&scratch);
    chars.concat()
}

/// Removes chunks of `parts` while `fails` stays true, halving the chunk size down to one.
fn shrink(mut parts: Vec<String>, fails: &mut dyn FnMut(&[String]) -> bool) -> Vec<String> {
    let mut chunk = parts.len().div_ceil(2).max(1);
    loop {
        let mut start = 0;
        while start < parts.len() {
            let end = (start + chunk).min(parts.len());
            let candidate: Vec<String> = parts[..start]
                .iter()
                .chain(&parts[end..])
                .cloned()
                .collect();
            if !candidate.is_empty() && fails(&candidate) {
                parts = candidate;
            } else {
                start = end;
            }
        }
        if chunk == 1 {
            return parts;
        }
        chunk = chunk.div_ceil(2);
    }
}

fn env_number(name: &str, default: u64) -> u64 {
    match std::env::var(name) {
        Ok(text) => {
            let text = text.trim();
            let parsed = match text.strip_prefix("0x") {
                Some(hex) => u64::from_str_radix(hex, 16),
                None => text.parse(),
            };
            parsed.unwrap_or_else(|_| panic!("{name}={text} is not a number"))
        }
        Err(_) => default,
    }
}

struct Failure {
    index: usize,
    mode: Mode,
    signature: String,
    description: String,
    file: PathBuf,
}

#[test]
fn mutants_of_the_golden_programs_never_crash_pyco() {
    let seed = env_number("PYCO_FUZZ_SEED", DEFAULT_SEED);
    let count = env_number("PYCO_FUZZ_COUNT", DEFAULT_COUNT as u64) as usize;
    let start = env_number("PYCO_FUZZ_START", 0) as usize;
    let threads = env_number("PYCO_FUZZ_THREADS", DEFAULT_THREADS as u64).max(1) as usize;
    let minimizing = std::env::var_os("PYCO_FUZZ_MINIMIZE").is_some();
    let corpus = corpus();
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fuzz");
    let failures_dir = root.join("failures");
    std::fs::create_dir_all(&failures_dir).expect("failure directory");

    let began = Instant::now();
    let next = AtomicUsize::new(start);
    let failures = Mutex::new(Vec::new());
    // Each distinct failure is minimised once: its first mutant stands for the rest.
    let minimized = Mutex::new(std::collections::BTreeSet::new());
    std::thread::scope(|scope| {
        for worker in 0..threads {
            let (corpus, next, failures, minimized, root, failures_dir) =
                (&corpus, &next, &failures, &minimized, &root, &failures_dir);
            scope.spawn(move || {
                let work = root.join(format!("work-{}-{worker}", std::process::id()));
                std::fs::create_dir_all(&work).expect("work directory");
                let path = work.join("mutant.py");
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    if index >= start + count {
                        break;
                    }
                    let (description, program) = make_mutant(corpus, seed, index);
                    std::fs::write(&path, &program).expect("write mutant");
                    let Some((mode, signature, outcome)) = check_mutant(&path, &program) else {
                        continue;
                    };
                    let file = failures_dir.join(format!("seed-{seed:x}-{index}.py"));
                    let _ = std::fs::write(&file, &program);
                    let mut note = format!(
                        "seed {seed:#x} index {index} mode {mode:?}\n{signature}\n{description}\n\n{}",
                        outcome.stderr
                    );
                    let first_of_its_kind = minimized
                        .lock()
                        .expect("minimised set")
                        .insert((mode, signature.clone()));
                    if minimizing && first_of_its_kind {
                        let small = minimize(&path, mode, &signature, &program);
                        let _ = std::fs::write(file.with_extension("min.py"), &small);
                        note.push_str(&format!("\n--- minimised ---\n{small}"));
                    }
                    let _ = std::fs::write(file.with_extension("txt"), note);
                    let failure = Failure {
                        index,
                        mode,
                        signature,
                        description,
                        file,
                    };
                    failures.lock().expect("failure list").push(failure);
                }
                let _ = std::fs::remove_dir_all(&work);
            });
        }
    });

    let mut failures = failures.into_inner().expect("failure list");
    failures.sort_by_key(|f| f.index);
    let mut by_signature: BTreeMap<(Mode, &str), Vec<usize>> = BTreeMap::new();
    for f in &failures {
        by_signature
            .entry((f.mode, &f.signature))
            .or_default()
            .push(f.index);
        eprintln!(
            "fuzz failure: seed {seed:#x} index {} mode {:?}: {}\n  made from {}\n  mutant {}",
            f.index,
            f.mode,
            f.signature,
            f.description,
            f.file.display()
        );
    }
    eprintln!(
        "fuzz: seed {seed:#x}, mutants {start}..{}, {} failures, {} distinct, {} timeouts forgiven, {:.1} s",
        start + count,
        failures.len(),
        by_signature.len(),
        TIMEOUTS_FORGIVEN.load(Ordering::Relaxed),
        began.elapsed().as_secs_f64()
    );
    for ((mode, signature), indices) in &by_signature {
        eprintln!(
            "  {:>5} x {mode:?} {signature} (first: index {})",
            indices.len(),
            indices[0]
        );
    }
    assert!(
        failures.is_empty(),
        "{} of {count} mutants crashed pyco (seed {seed:#x}); see above",
        failures.len()
    );
}
