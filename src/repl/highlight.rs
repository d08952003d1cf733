//! Syntax highlighting of the line being typed, with pyco's own lexer: keywords, strings,
//! numbers and comments in colour. Only ANSI colour codes are added, never characters, so
//! the line keeps its width.

use crate::syntax::lexer::{lex, Token};

const KEYWORD: &str = "\x1b[1;35m";
const STRING: &str = "\x1b[32m";
const NUMBER: &str = "\x1b[33m";
const COMMENT: &str = "\x1b[90m";
const RESET: &str = "\x1b[0m";

/// `line` with colour codes around its keywords, strings, numbers and comments.
pub fn highlight(line: &str) -> String {
    let lexed = lex(line);
    // (start, end, colour) of each coloured range, in order.
    let mut ranges: Vec<(usize, usize, &str)> = Vec::new();
    let mut fstring_start: Option<usize> = None;
    let mut fstring_depth = 0usize;
    for (token, span) in &lexed.tokens {
        let (start, end) = (span.start as usize, span.end as usize);
        match token {
            Token::FStringStart => {
                if fstring_depth == 0 {
                    fstring_start = Some(start);
                }
                fstring_depth += 1;
            }
            Token::FStringEnd => {
                fstring_depth = fstring_depth.saturating_sub(1);
                if fstring_depth == 0 {
                    if let Some(from) = fstring_start.take() {
                        ranges.push((from, end, STRING));
                    }
                }
            }
            _ if fstring_depth > 0 => {}
            Token::Str(_) => ranges.push((start, end, STRING)),
            Token::Int(_) | Token::BigInt(_) | Token::Float(_) | Token::RawNumber(_) => {
                ranges.push((start, end, NUMBER))
            }
            token if is_keyword(token) => ranges.push((start, end, KEYWORD)),
            _ => {}
        }
    }
    if let Some(from) = fstring_start {
        // An f-string still open at the end of the line.
        ranges.push((from, line.len(), STRING));
    }
    // A `#` outside every token starts a comment, which the lexer skips.
    let mut covered = 0;
    let mut comment = None;
    for (token_start, token_end) in lexed
        .tokens
        .iter()
        .map(|(_, s)| (s.start as usize, s.end as usize))
        .chain(std::iter::once((line.len(), line.len())))
    {
        if token_start > covered {
            if let Some(hash) = line[covered..token_start].find('#') {
                comment = Some(covered + hash);
                break;
            }
        }
        covered = covered.max(token_end);
    }
    if let Some(hash) = comment {
        ranges.retain(|&(start, _, _)| start < hash);
        let end = line[hash..].find('\n').map_or(line.len(), |n| hash + n);
        ranges.push((hash, end, COMMENT));
    }
    let mut out = String::with_capacity(line.len() + 16 * ranges.len());
    let mut at = 0;
    for (start, end, colour) in ranges {
        let (start, end) = (start.max(at).min(line.len()), end.min(line.len()));
        if start >= end || !line.is_char_boundary(start) || !line.is_char_boundary(end) {
            continue;
        }
        out.push_str(&line[at..start]);
        out.push_str(colour);
        out.push_str(&line[start..end]);
        out.push_str(RESET);
        at = end;
    }
    out.push_str(&line[at..]);
    out
}

fn is_keyword(token: &Token) -> bool {
    use Token::*;
    matches!(
        token,
        False
            | None
            | True
            | And
            | As
            | Assert
            | Async
            | Await
            | Break
            | Class
            | Continue
            | Def
            | Del
            | Elif
            | Else
            | Except
            | Finally
            | For
            | From
            | Global
            | If
            | Import
            | In
            | Is
            | Lambda
            | Nonlocal
            | Not
            | Or
            | Pass
            | Raise
            | Return
            | Try
            | While
            | With
            | Yield
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> String {
        let mut out = String::new();
        let mut chars = text.chars();
        while let Some(c) = chars.next() {
            if c == '\x1b' {
                for c in chars.by_ref() {
                    if c == 'm' {
                        break;
                    }
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn colours_keywords_strings_numbers_and_comments_without_changing_the_text() {
        for line in [
            "async def job(n):  # a comment",
            "x = f'{n!r} done' + \"s\" * 3",
            "print('unclosed",
            "if x: pass",
            "s = '#not a comment'  # but this is",
        ] {
            assert_eq!(plain(&highlight(line)), line);
        }
        let shown = highlight("await job(1)  # go");
        assert!(shown.starts_with(&format!("{KEYWORD}await{RESET}")));
        assert!(shown.contains(&format!("{NUMBER}1{RESET}")));
        assert!(shown.ends_with(&format!("{COMMENT}# go{RESET}")));
        let shown = highlight("s = '#x'  # c");
        assert!(shown.contains(&format!("{STRING}'#x'{RESET}")));
        assert!(shown.contains(&format!("{COMMENT}# c{RESET}")));
    }
}
