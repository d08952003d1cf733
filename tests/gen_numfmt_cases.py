#!/usr/bin/env python3
"""Regenerates src/numfmt/cpython_cases.rs: CPython 3.11's answers for pyco's numfmt tests.

    python3 tests/gen_numfmt_cases.py > src/numfmt/cpython_cases.rs && cargo fmt

Every expected value in that file comes from running the same operation in this interpreter
(which must be CPython 3.11), never from pyco. Random inputs use a fixed seed, so the output is
stable.
"""
import math
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "the goldens must come from CPython 3.11"

rng = random.Random(20240611)


def rs(s):
    """A Rust string literal."""
    out = ['"']
    for ch in s:
        code = ord(ch)
        if ch == '\\':
            out.append('\\\\')
        elif ch == '"':
            out.append('\\"')
        elif 32 <= code < 127:
            out.append(ch)
        else:
            out.append('\\u{%x}' % code)
    out.append('"')
    return ''.join(out)


def bits(x):
    return '0x%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def outcome(fn):
    try:
        return ('ok', fn())
    except (ValueError, OverflowError, ZeroDivisionError, TypeError, IndexError) as e:
        return ('err', type(e).__name__, str(e))


def rs_result(result, render):
    if result[0] == 'ok':
        return 'Ok(%s)' % render(result[1])
    return 'Err((%s, %s))' % (result[1], rs(result[2]))


def random_float():
    kind = rng.randrange(6)
    if kind == 0:
        return struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
    if kind == 1:
        return rng.uniform(-1000, 1000)
    if kind == 2:
        return round(rng.uniform(-100, 100), rng.randrange(0, 4))
    if kind == 3:
        return rng.randrange(-10**6, 10**6) / 8
    if kind == 4:
        return float('%de%d' % (rng.randrange(1, 10**rng.randrange(1, 17)), rng.randrange(-30, 30)))
    return rng.choice([0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 2.675, 1e16, 1e22, 1e-5,
                       float('inf'), -float('inf'), float('nan'), 5e-324, 1.7976931348623157e308])


def random_int():
    kind = rng.randrange(4)
    if kind == 0:
        return rng.randrange(-300, 300)
    if kind == 1:
        return rng.randrange(-10**9, 10**9)
    if kind == 2:
        return rng.randrange(-2**80, 2**80)
    return rng.choice([0, 1, -1, 65, 0x10ffff, 0x110000, 2**63, -2**63, 10**20, True, False])


def random_str():
    return rng.choice(['', 'a', 'abc', 'héllo', '日本語', 'hello world', 'x' * 20])


def random_spec():
    parts = []
    if rng.random() < 0.35:
        if rng.random() < 0.5:
            parts.append(rng.choice('*0xé_ '))
        parts.append(rng.choice('<>^='))
    parts.append(rng.choice(['', '', '', '+', '-', ' ']))
    parts.append(rng.choice(['', '', '', '', 'z']))
    parts.append(rng.choice(['', '', '#']))
    parts.append(rng.choice(['', '', '0']))
    parts.append(rng.choice(['', '', '1', '7', '12', '25']))
    parts.append(rng.choice(['', '', '', ',', '_']))
    parts.append(rng.choice(['', '', '.0', '.1', '.3', '.6', '.12', '.17', '.30']))
    parts.append(rng.choice(['', '', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'E', 'f', 'F',
                             'g', 'G', '%', 's', 'r']))
    return ''.join(parts)


def value_literal(v):
    if isinstance(v, bool):
        return 'V::Bool(%s)' % ('true' if v else 'false')
    if isinstance(v, int):
        # The literal may exceed the digit limit that format() itself must still enforce.
        sys.set_int_max_str_digits(0)
        text = str(v)
        sys.set_int_max_str_digits(4300)
        return 'V::Int(%s)' % rs(text)
    if isinstance(v, float):
        return 'V::Float(%s)' % bits(v)
    return 'V::Str(%s)' % rs(v)


HAND_PICKED_FORMATS = [
    (1.0, ''), (1e20, ''), (3.14159, '.3'), (123.0, '.3'), (1.0, '.3'), (2.675, '.2f'),
    (0.125, '.2f'), (1e22, 'f'), (1.5, '.0f'), (2.5, '.0f'), (1.5, '.1000f'), (1e300, 'f'),
    (5e-324, '.1100f'), (0.1, '.60g'), (1.0, '#.0f'), (1.0, '#.0e'), (1.0, '#.0'), (1.0, '#g'),
    (float('inf'), '010'), (float('nan'), '+010'), (-0.0, 'z'), (-0.0001, 'z.2f'),
    (-0.0, 'z.1%'), (float('inf'), '%'), (-float('inf'), 'E'), (float('nan'), 'F'),
    (1234567.891, ',.2f'), (1234567.891, '_'), (1234567.891, '020,.1f'), (-1e-7, ''),
    (1.0, '.2147483648f'), (0.0, 'g'), (100.0, 'g'), (1e6, 'g'), (1e-5, 'g'), (123456.0, '.0g'),
    (1234, '08,'), (1234, '09,'), (5, '05'), (255, '#X'), (255, 'x=#10x'), (-255, '#010_b'),
    (2**70, 'c'), (-1, 'c'), (0x110000, 'c'), (65, '05c'), (65, '+c'), (65, '#c'), (1, '.2'),
    (1, 'z'), (1, ',n'), (1, '_c'), (10**30, ','), (-(10**30), '_x'), (10**5000, 'd'),
    (10**5000, 'x'), (2**1024, 'f'), (7, '%'), (10**17 + 1, 'e'), (1, '99999999999999999999'),
    (1, '.99999999999999999999'), (1, 'abc'), (1.0, 'abc'), ('s', 'abc'), (1.0, '.'), (1, '10.'),
    (1, ',_'), (1, '_,'), (1, ',,'), (1, '__'), ('s', ','), ('s', '_'), (1.0, ',b'), (1, ',s'),
    ('s', '+'), ('s', ' '), ('s', '='), ('s', '#'), ('s', 'z'), ('s', '0'), ('abc', '010'),
    ('abc', '<010'), ('abc', '=10'), ('abc', '*^9'), ('abc', '.1'), ('héllo', '.2'),
    ('日本語', '^8'), ('s', 'd'), (1.0, 'd'), (1, 's'), (1.0, '\x01'), (1, 'é'), ('s', ',\x7f'),
    (True, ''), (True, 'd'), (False, '5'), (True, 's'), (True, 'abc'), (1, '\x00<5'),
    (42, '=+8'), (42, '^+8'), (-42, ' ^9'), (42, ' '), (0, '#o'), (0, '#b'), (-0, '+'),
]


def format_cases():
    cases = list(HAND_PICKED_FORMATS)
    for _ in range(800):
        spec = random_spec()
        for make in (random_int, random_float, random_str):
            cases.append((make(), spec))
    lines = []
    for value, spec in cases:
        result = outcome(lambda: format(value, spec))
        if result[0] == 'ok' and len(result[1]) > 20000:
            continue
        lines.append('    (%s, %s, %s),' % (value_literal(value), rs(spec), rs_result(result, rs)))
    return lines


def float_values():
    values = [0.0, -0.0, 1.0, 0.1, 1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 2e16 + 8,
              123456789012345678.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308]
    values += [random_float() for _ in range(1500)]
    # Exact ties between two shortest candidates, where dtoa picks the even digit.
    values += [rng.randrange(10**13, 10**16) / 2 ** rng.randrange(1, 6) for _ in range(300)]
    return values


def rs_float(x):
    return bits(x)


def main():
    out = []
    w = out.append
    w('//! CPython 3.11 answers for the numfmt tests. GENERATED by tests/gen_numfmt_cases.py; do not')
    w('//! edit by hand. Floats are written as their IEEE bits so nothing is lost on the way.')
    w('')
    w('use num_bigint::BigInt;')
    w('')
    w('use super::ExceptionKind::{self, *};')
    w('use super::*;')
    w('')
    w('/// A value handed to `format()`.')
    w('enum V {')
    w('    Int(&\'static str),')
    w('    Bool(bool),')
    w('    Float(u64),')
    w('    Str(&\'static str),')
    w('}')
    w('')
    w('type Expected<T> = Result<T, (ExceptionKind, &\'static str)>;')
    w('')
    w('/// `format(value, spec)`.')
    w('#[rustfmt::skip]')
    w('const FORMAT: &[(V, &str, Expected<&str>)] = &[')
    out.extend(format_cases())
    w('];')
    w('')
    w('/// `repr(x)`.')
    w('#[rustfmt::skip]')
    w('const REPR: &[(u64, &str)] = &[')
    for x in float_values():
        w('    (%s, %s),' % (bits(x), rs(repr(x))))
    w('];')
    w('')
    w('/// `round(x, ndigits)`.')
    w('#[rustfmt::skip]')
    w('const ROUND: &[(u64, i64, Expected<u64>)] = &[')
    round_cases = [(2.675, 2), (0.125, 2), (0.5, 0), (1.5, 0), (2.5, 0), (-2.5, 0), (1234.5, -2),
                   (1250.0, -2), (1350.0, -2), (-0.001, 2), (1e300, -300), (1.7976931348623157e308, -308),
                   (5e-324, 323), (5e-324, 400), (123.456, -400), (-123.456, -400), (0.1, 20),
                   (float('inf'), 2), (float('nan'), -2), (1e22, -22), (5e22, -23), (2.5e-300, 301)]
    for _ in range(1000):
        x = random_float()
        if math.isfinite(x):
            e = math.floor(math.log10(abs(x))) if x else 0
            round_cases.append((x, rng.randrange(-e - 3, 20 - e) if rng.random() < 0.9 else rng.randrange(-330, 330)))
    for x, n in round_cases:
        w('    (%s, %d, %s),' % (bits(x), n, rs_result(outcome(lambda: round(x, n)), rs_float)))
    w('];')
    w('')
    w('/// `round(x)` (an int, given here as a string).')
    w('#[rustfmt::skip]')
    w('const ROUND_TO_INT: &[(u64, Expected<&str>)] = &[')
    for x in [0.5, 1.5, 2.5, -0.5, -1.5, 3.49, 1e300, -7.5, float('inf'), float('nan')] + [random_float() for _ in range(200)]:
        w('    (%s, %s),' % (bits(x), rs_result(outcome(lambda: str(round(x))), rs)))
    w('];')
    w('')
    w('/// `float(n)` for ints (as decimal strings).')
    w('#[rustfmt::skip]')
    w('const INT_TO_FLOAT: &[(&str, Expected<u64>)] = &[')
    ints = [0, 1, -1, 2**53 + 1, 2**53 + 3, 2**64 - 1, 2**1024 - 2**970 - 1, 2**1024 - 2**970, 2**1024, -(2**1023)]
    for _ in range(200):
        n = rng.getrandbits(rng.randrange(1, 1100))
        ints.append(-n if rng.random() < 0.5 else n)
    for n in ints:
        w('    (%s, %s),' % (rs(str(n)), rs_result(outcome(lambda: float(n)), rs_float)))
    w('];')
    w('')
    w('/// `a / b` for ints.')
    w('#[rustfmt::skip]')
    w('const TRUE_DIVIDE: &[(&str, &str, Expected<u64>)] = &[')
    pairs = [(10**30, 7), (2**1000 + 1, 2**999), (1, 0), (0, -5), (0, 5), (-10**30, 10**31), (2**1100, 3),
             (1, 2**1080), (1, 3 * 2**1074), (3, 2**1076), (2**2000, 2**975), (2**53 + 1, 1), (7, 2)]
    for _ in range(300):
        a = rng.getrandbits(rng.randrange(1, 1200)) * rng.choice([1, -1])
        b = rng.getrandbits(rng.randrange(1, 300)) * rng.choice([1, -1])
        pairs.append((a, b))
    for a, b in pairs:
        w('    (%s, %s, %s),' % (rs(str(a)), rs(str(b)), rs_result(outcome(lambda: a / b), rs_float)))
    w('];')
    w('')
    w('/// `float(text)`; `None` where CPython raises ValueError.')
    w('#[rustfmt::skip]')
    w('const PARSE_FLOAT: &[(&str, Option<u64>)] = &[')
    texts = ['  1_000.5 ', 'inf', '-Infinity', '+INF', 'nan', '-nan', 'NaN', '1e5', '1E5', '1.e5', '.5', '5.',
             '.', 'e5', '1e', '1e+', '1e-5', '1_000', '_1', '1_', '1__0', '1_.5', '1._5', '1e_5', '1e1_0',
             '0x10', 'in', 'infin', 'infinityy', 'nana', '', '   ', '+', '-', '+-1', '1 2', '\t\n3.25\r\x0c',
             '\x1c7\x1f', '\u3000 8 \xa0', '1e400', '-1e400', '1e-400', '00012', '1.5e+003', 'inf_', '١', '١.٥e٣', '\u0663\u0665\u0660', '½', '1\u20005',
             '0.1e-2_0', '2.2250738585072011e-308', '9007199254740993', '1' * 400, '0.' + '0' * 400 + '1']
    for t in texts:
        r = outcome(lambda: float(t))
        w('    (%s, %s),' % (rs(t), 'Some(%s)' % bits(r[1]) if r[0] == 'ok' else 'None'))
    w('];')
    w('')
    w('/// `int(text, base)`: the value as a decimal string, or the ValueError message.')
    w('#[rustfmt::skip]')
    w('const PARSE_INT: &[(&str, u32, Result<&str, &str>)] = &[')
    int_texts = [('  -0x1f ', 0), ('1_000', 10), ('z', 36), ('Z', 36), ('0x1f', 16), ('1f', 16), ('0x_1f', 0),
                 ('0x__1f', 0), ('0_0', 0), ('00', 0), ('010', 0), ('0_1', 0), ('0b101', 0), ('0B1', 2),
                 ('0o17', 8), ('0o', 8), ('0x', 0), ('0b1', 16), ('12', 2), ('', 10), (' ', 10), ('+', 10),
                 ('-', 10), ('- 5', 10), ('+7', 10), ('\u30007\xa0', 10), ('1_', 10), ('_1', 10),
                 ('1__2', 10), ('abc', 10), ('9', 8), ('7', 8), ('1.5', 10), ('0xg', 0), ('10', 1),
                 ('10', 37), ('1' * 4300, 10), ('1' * 4301, 10), ('1_' * 4300 + '1', 10), ('1' * 5000, 16),
                 ('1' * 5000 + 'x', 10), ('٣', 10), ('0' * 30 + '5', 0), ('\uff11\uff10', 16), ('²', 10), ('0x\u0661', 0)]
    for t, base in int_texts:
        try:
            n = int(t, base)
            sys.set_int_max_str_digits(0)
            r = 'Ok(%s)' % rs(str(n))
            sys.set_int_max_str_digits(4300)
        except ValueError as e:
            r = 'Err(%s)' % rs(str(e))
        w('    (%s, %d, %s),' % (rs(t), base, r))
    w('];')
    w('')
    w('/// The reprs CPython puts in its int() error messages, for the texts above.')
    w('#[rustfmt::skip]')
    w('const PARSE_INT_REPRS: &[&str] = &[')
    for t, _ in int_texts:
        w('    %s,' % rs(repr(t)))
    w('];')
    w('')
    w(TESTS)
    print('\n'.join(out))


TESTS = r'''
fn float(bits: u64) -> f64 {
    f64::from_bits(bits)
}

fn same_float(actual: f64, expected: f64) -> bool {
    actual.to_bits() == expected.to_bits() || (actual.is_nan() && expected.is_nan())
}

fn check_error(actual: &NumError, expected: &(ExceptionKind, &str), what: &str) {
    assert_eq!((actual.kind, actual.message.as_str()), *expected, "{what}");
}

#[test]
fn format_matches_cpython() {
    for (value, spec, expected) in FORMAT {
        let int;
        let (value, type_name, shown) = match value {
            V::Int(text) => {
                int = text.parse::<BigInt>().expect("int literal");
                (Formattable::Int(&int), "int", text.to_string())
            }
            V::Bool(b) => (Formattable::Bool(*b), "bool", b.to_string()),
            V::Float(bits) => (Formattable::Float(float(*bits)), "float", float_repr(float(*bits))),
            V::Str(s) => (Formattable::Str(s), "str", format!("{s:?}")),
        };
        let what = format!("format({shown}, {spec:?})");
        match (format_value(value, spec, type_name), expected) {
            (Ok(actual), Ok(expected)) => assert_eq!(actual, *expected, "{what}"),
            (Err(actual), Err(expected)) => check_error(&actual, expected, &what),
            (actual, expected) => panic!("{what}: got {actual:?}, CPython gives {expected:?}"),
        }
    }
}

#[test]
fn repr_matches_cpython() {
    for &(bits, expected) in REPR {
        assert_eq!(float_repr(float(bits)), expected, "bits {bits:#x}");
    }
}

#[test]
fn round_matches_cpython() {
    for &(bits, ndigits, ref expected) in ROUND {
        let what = format!("round({}, {ndigits})", float_repr(float(bits)));
        match (float_round(float(bits), ndigits), expected) {
            (Ok(actual), Ok(expected)) => assert!(same_float(actual, float(*expected)), "{what}: {actual:?}"),
            (Err(actual), Err(expected)) => check_error(&actual, expected, &what),
            (actual, expected) => panic!("{what}: got {actual:?}, CPython gives {expected:?}"),
        }
    }
}

#[test]
fn round_to_int_matches_cpython() {
    for &(bits, ref expected) in ROUND_TO_INT {
        let what = format!("round({})", float_repr(float(bits)));
        let actual = float_to_int(round_half_even(float(bits))).map(|n| n.to_string());
        match (actual, expected) {
            (Ok(actual), Ok(expected)) => assert_eq!(actual, *expected, "{what}"),
            (Err(actual), Err(expected)) => check_error(&actual, expected, &what),
            (actual, expected) => panic!("{what}: got {actual:?}, CPython gives {expected:?}"),
        }
    }
}

#[test]
fn int_to_float_matches_cpython() {
    for &(text, ref expected) in INT_TO_FLOAT {
        let n: BigInt = text.parse().expect("int literal");
        match (int_to_float(&n), expected) {
            (Ok(actual), Ok(expected)) => assert!(same_float(actual, float(*expected)), "float({text})"),
            (Err(actual), Err(expected)) => check_error(&actual, expected, text),
            (actual, expected) => panic!("float({text}): got {actual:?}, CPython gives {expected:?}"),
        }
    }
}

#[test]
fn true_divide_matches_cpython() {
    for &(a, b, ref expected) in TRUE_DIVIDE {
        let what = format!("{a} / {b}");
        let (x, y): (BigInt, BigInt) = (a.parse().expect("int"), b.parse().expect("int"));
        match (true_divide(&x, &y), expected) {
            (Ok(actual), Ok(expected)) => assert!(same_float(actual, float(*expected)), "{what}: {actual:?}"),
            (Err(actual), Err(expected)) => check_error(&actual, expected, &what),
            (actual, expected) => panic!("{what}: got {actual:?}, CPython gives {expected:?}"),
        }
    }
}

#[test]
fn parse_float_matches_cpython() {
    for &(text, expected) in PARSE_FLOAT {
        let actual = parse_float(text);
        match (actual, expected) {
            (Some(actual), Some(expected)) => assert!(same_float(actual, float(expected)), "float({text:?})"),
            (None, None) => {}
            _ => panic!("float({text:?}): got {actual:?}, CPython gives {expected:?}"),
        }
    }
}

#[test]
fn parse_int_matches_cpython() {
    assert_eq!(PARSE_INT.len(), PARSE_INT_REPRS.len());
    for (&(text, base, expected), text_repr) in PARSE_INT.iter().zip(PARSE_INT_REPRS) {
        let actual = parse_int(text, base).map(|n| n.to_string()).map_err(|e| e.message(text_repr));
        match (&actual, expected) {
            (Ok(actual), Ok(expected)) => assert_eq!(actual, expected, "int({text:?}, {base})"),
            (Err(actual), Err(expected)) if base == 1 || base > 36 => {
                // The bad-base error is the caller's; we only promise to refuse.
                assert!(expected.starts_with("int() base must be"), "{actual}");
            }
            (Err(actual), Err(expected)) => assert_eq!(actual, expected, "int({text:?}, {base})"),
            _ => panic!("int({text:?}, {base}): got {actual:?}, CPython gives {expected:?}"),
        }
    }
}
'''

if __name__ == '__main__':
    main()
