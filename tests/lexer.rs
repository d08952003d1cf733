//! The lexer's indentation pass and literal scanning, checked as compact golden token dumps.

use pyco::syntax::error::SyntaxErrorKind;
use pyco::syntax::lexer::{lex, Token};

/// Tokens as short words: names and literals show their value, layout tokens are upper case.
fn dump(text: &str) -> String {
    let lexed = lex(text);
    let mut words: Vec<String> = lexed
        .tokens
        .iter()
        .map(|(token, _)| match token {
            Token::Name(sym) => sym.to_string(),
            Token::Int(value) => value.to_string(),
            Token::BigInt(value) => format!("big:{value}"),
            Token::Float(value) => format!("{value:?}"),
            Token::Str(text) => format!("{text:?}"),
            Token::FStringText(text) => format!("text:{text:?}"),
            Token::FieldMeta(meta) => format!("meta:{:?}:{:?}", meta.conversion, meta.debug_text),
            Token::Newline => "NL".into(),
            Token::Indent => "INDENT".into(),
            Token::Dedent => "DEDENT".into(),
            Token::FStringStart => "FSTART".into(),
            Token::FStringEnd => "FEND".into(),
            Token::FieldStart => "{".into(),
            Token::FieldEnd => "}".into(),
            other => other.to_string().trim_matches('\'').to_string(),
        })
        .collect();
    if let Some(error) = lexed.error {
        words.push(format!("!{error}"));
    }
    if let Some(error) = lexed.unclosed {
        words.push(format!("!unclosed {error}"));
    }
    words.join(" ")
}

fn error_of(text: &str) -> (SyntaxErrorKind, String, bool) {
    let error = lex(text).error.expect("an error");
    (error.kind, error.message, error.incomplete)
}

#[test]
fn nested_blocks_and_multi_level_dedent() {
    let text = "if a:\n    if b:\n        x\n    y\nz\n";
    assert_eq!(
        dump(text),
        "if a : NL INDENT if b : NL INDENT x NL DEDENT y NL DEDENT z NL"
    );
    let text = "if a:\n  if b:\n    if c:\n      x\ny\n";
    assert_eq!(
        dump(text),
        "if a : NL INDENT if b : NL INDENT if c : NL INDENT x NL DEDENT DEDENT DEDENT y NL"
    );
}

#[test]
fn blank_and_comment_only_lines_inside_blocks() {
    let text =
        "def f():\n    x = 1\n\n        # deep comment\n  # shallow comment\n\n    return x\n";
    assert_eq!(
        dump(text),
        "def f ( ) : NL INDENT x = 1 NL return x NL DEDENT"
    );
    assert_eq!(dump("# only a comment\n\n"), "");
    assert_eq!(dump(""), "");
    assert_eq!(dump("x  # trailing\n"), "x NL");
}

#[test]
fn dedent_to_a_level_that_never_existed() {
    let (kind, message, _) = error_of("if a:\n    x\n  y\n");
    assert_eq!(kind, SyntaxErrorKind::Indentation);
    assert_eq!(
        message,
        "unindent does not match any outer indentation level"
    );
}

#[test]
fn indented_first_line_gives_an_indent_for_the_parser_to_reject() {
    assert_eq!(dump("  x\n"), "INDENT x NL DEDENT");
}

#[test]
fn brackets_span_lines_without_newlines() {
    let text = "x = (1,\n        2,\n  3)\ny = [\n]\n";
    assert_eq!(dump(text), "x = ( 1 , 2 , 3 ) NL y = [ ] NL");
}

#[test]
fn backslash_continuation() {
    assert_eq!(dump("x = 1 + \\\n    2\n"), "x = 1 + 2 NL");
    let (_, message, incomplete) = error_of("x = 1 \\");
    assert_eq!(message, "unexpected EOF while parsing");
    assert!(incomplete);
    let (_, message, _) = error_of("x = 1 \\ 2\n");
    assert_eq!(
        message,
        "unexpected character after line continuation character"
    );
}

#[test]
fn eof_inside_a_block_closes_every_level() {
    assert_eq!(
        dump("while x:\n    if y:\n        z"),
        "while x : NL INDENT if y : NL INDENT z NL DEDENT DEDENT"
    );
}

#[test]
fn tabs_count_to_multiples_of_eight() {
    assert_eq!(
        dump("if x:\n\ty\n\tz\n"),
        "if x : NL INDENT y NL z NL DEDENT"
    );
    let (kind, message, _) = error_of("if x:\n\ta\n        b\n");
    assert_eq!(kind, SyntaxErrorKind::Tab);
    assert_eq!(
        message,
        "inconsistent use of tabs and spaces in indentation"
    );
}

#[test]
fn too_many_levels_of_indentation() {
    let mut text = String::new();
    for level in 0..102 {
        text.push_str(&" ".repeat(level));
        text.push_str("if x:\n");
    }
    text.push_str(&" ".repeat(102));
    text.push_str("pass\n");
    let (kind, message, _) = error_of(&text);
    assert_eq!(kind, SyntaxErrorKind::Indentation);
    assert_eq!(message, "too many levels of indentation");
}

#[test]
fn zero_width_dedent_and_eof_spans() {
    let lexed = lex("if x:\n    y\nz");
    let dedent = lexed
        .tokens
        .iter()
        .find(|(token, _)| *token == Token::Dedent)
        .expect("a dedent");
    assert_eq!(dedent.1.start, dedent.1.end);
    let last = lexed.tokens.last().expect("tokens");
    assert_eq!(last.0, Token::Newline);
    assert_eq!((last.1.start, last.1.end), (13, 13));
}

#[test]
fn numbers_in_every_base() {
    assert_eq!(
        dump("1_000 0x_ff 0o17 0b1010 0 00\n"),
        "1000 255 15 10 0 0 NL"
    );
    assert_eq!(
        dump("1.5 1e10 .5 1_000.0 1. 2E-3\n"),
        "1.5 10000000000.0 0.5 1000.0 1.0 0.002 NL"
    );
    assert_eq!(
        dump("99999999999999999999\n"),
        "big:99999999999999999999 NL"
    );
    assert_eq!(dump("1if x else 2\n"), "1 if x else 2 NL");
    assert_eq!(error_of("1abc\n").1, "invalid decimal literal");
    assert_eq!(error_of("1_\n").1, "invalid decimal literal");
    assert_eq!(error_of("0x\n").1, "invalid hexadecimal literal");
    assert!(error_of("012\n")
        .1
        .starts_with("leading zeros in decimal integer literals"));
    assert_eq!(
        error_of("1j\n").1,
        "complex numbers are not supported by pyco"
    );
}

#[test]
fn strings_of_every_form() {
    assert_eq!(dump("'''a\r\nb'''\r\nx\r\n"), r#""a\nb" NL x NL"#);
    assert_eq!(
        dump(r#"'a' "b" '''c''' """d""" r'\n' R"\t" u'x'"#),
        r#""a" "b" "c" "d" "\\n" "\\t" "x" NL"#
    );
    assert_eq!(dump("'''one\ntwo'''\n"), r#""one\ntwo" NL"#);
    assert_eq!(
        dump(r#"'\n\t\\\'\"\x41\u00e9\U0001F600\101'"#),
        r#""\n\t\\'\"Aé😀A" NL"#
    );
    assert_eq!(dump("'a\\\nb'\n"), r#""ab" NL"#);
    assert_eq!(dump(r"'\d'"), r#""\\d" NL"#);
    assert_eq!(dump("'é€'"), r#""é€" NL"#);
    assert_eq!(
        error_of("b'x'\n").1,
        "bytes literals are not supported by pyco"
    );
    assert_eq!(
        dump(r"'\N{BULLET}\N{greek small letter alpha}'"),
        "\"•α\" NL"
    );
    assert!(error_of(r"'\N{NO SUCH NAME}'")
        .1
        .contains("unknown Unicode character name"));
    assert!(error_of(r"'\x4'").1.contains("truncated \\xXX escape"));
}

#[test]
fn unterminated_strings() {
    assert_eq!(
        error_of("x = 'abc\n").1,
        "unterminated string literal (detected at line 1)"
    );
    let (_, message, incomplete) = error_of("x = '''abc\n\ny\n");
    assert_eq!(
        message,
        "unterminated triple-quoted string literal (detected at line 3)"
    );
    assert!(incomplete);
}

#[test]
fn fstrings_are_split_into_pieces() {
    assert_eq!(
        dump("f'a{x!r:>{w}} {y=}'\n"),
        "FSTART text:\"a\" { x meta:Some('r'):None text:\">\" { w meta:None:None } } text:\" \" { y meta:Some('r'):Some(\"y=\") } FEND NL"
    );
    assert_eq!(dump("f'{{x}}'\n"), "FSTART text:\"{x}\" FEND NL");
    assert_eq!(
        dump("f'{d[\"k\"]:.2f}'\n"),
        "FSTART { d [ \"k\" ] meta:None:None text:\".2f\" } FEND NL"
    );
    assert_eq!(
        dump("f'{a != b}'\n"),
        "FSTART { a != b meta:None:None } FEND NL"
    );
    assert_eq!(
        dump("rf'\\n{x}'\n"),
        "FSTART text:\"\\\\n\" { x meta:None:None } FEND NL"
    );
    assert_eq!(
        error_of("f'{}'\n").1,
        "f-string: empty expression not allowed"
    );
    assert_eq!(error_of("f'{x'\n").1, "f-string: expecting '}'");
    assert_eq!(error_of("f'}'\n").1, "f-string: single '}' is not allowed");
}

#[test]
fn fstring_field_spans_are_absolute() {
    let lexed = lex("x = f'ab{name}'\n");
    let name = lexed
        .tokens
        .iter()
        .find(|(token, _)| matches!(token, Token::Name(s) if s.to_string() == "name"));
    let span = name.expect("the field's name").1;
    assert_eq!((span.start, span.end), (9, 13));
}

#[test]
fn bracket_errors() {
    assert_eq!(error_of("x = )\n").1, "unmatched ')'");
    assert_eq!(
        error_of("x = (]\n").1,
        "closing parenthesis ']' does not match opening parenthesis '('"
    );
    assert_eq!(
        error_of("x = (\n]\n").1,
        "closing parenthesis ']' does not match opening parenthesis '(' on line 1"
    );
    let unclosed = lex("x = (1,\n2\n").unclosed.expect("unclosed");
    assert_eq!(unclosed.message, "'(' was never closed");
    assert!(unclosed.incomplete);
    assert_eq!(error_of(&"(".repeat(201)).1, "too many nested parentheses");
    assert!(lex(&"(".repeat(200)).error.is_none());
}

#[test]
fn invalid_characters() {
    assert_eq!(error_of("x = 1 €\n").1, "invalid character '€' (U+20AC)");
    assert_eq!(
        error_of("x = a\u{a0}b\n").1,
        "invalid non-printable character U+00A0"
    );
    assert_eq!(error_of("x = $\n").1, "invalid syntax");
}

#[test]
fn unicode_names() {
    assert_eq!(dump("café = ñ\n"), "café = ñ NL");
}

#[test]
fn keywords_and_soft_keywords() {
    assert_eq!(dump("match = async\n"), "match = async NL");
    assert_eq!(dump("a := b ** c // d -> e\n"), "a := b ** c // d -> e NL");
}

#[test]
fn carriage_returns_end_lines_and_comments() {
    assert_eq!(dump("# c\rx = 1\n"), "x = 1 NL");
    assert_eq!(dump("x = \"ab\\\r\ncd\"\r\n"), "x = \"abcd\" NL");
    assert_eq!(dump("y = 1 + \\\r\n  2\r\n"), "y = 1 + 2 NL");
}

#[test]
fn a_null_byte_is_refused_unless_an_earlier_line_fails() {
    let refused = "source code cannot contain null bytes".to_string();
    assert_eq!(
        error_of("x = 1\ny = (\"a\0"),
        (SyntaxErrorKind::Syntax, refused.clone(), false)
    );
    assert_eq!(
        error_of("s = '''\n\0"),
        (SyntaxErrorKind::Syntax, refused, false)
    );
    assert_eq!(error_of("x = 1abc\n\0").1, "invalid decimal literal");
}

#[test]
fn fstrings_nest_by_alternating_quotes() {
    assert!(lex("f'''{f\"\"\"{f'{f\"{1}\"}'}\"\"\"}'''\n")
        .error
        .is_none());
    assert_eq!(
        error_of("f\"{x:{y:{z}}}\"\n").1,
        "f-string: expressions nested too deeply"
    );
}
