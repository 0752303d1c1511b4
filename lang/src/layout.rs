//! The layout pass: turns newlines and leading whitespace into NEWLINE / INDENT / DEDENT
//! tokens. Newlines inside brackets are dropped (implicit joining); blank lines vanish.

use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::lex::Tok;
use crate::source::Span;

pub fn layout(
    file: u32,
    text: &str,
    toks: Vec<(usize, Tok, usize)>,
    diags: &mut Diagnostics,
) -> Vec<(usize, Tok, usize)> {
    let mut out: Vec<(usize, Tok, usize)> = Vec::with_capacity(toks.len() + 16);
    let mut stack: Vec<usize> = vec![0];
    let mut depth = 0usize;
    let mut at_line_start = true;
    // The indentation character the file settled on: b' ' or b'\t'.
    let mut indent_char: Option<u8> = None;
    for (lo, tok, hi) in toks {
        if tok == Tok::Newline {
            if depth == 0 && !at_line_start {
                out.push((lo, Tok::Newline, hi));
                at_line_start = true;
            }
            continue;
        }
        if at_line_start && depth == 0 {
            let line_start = text[..lo].rfind('\n').map(|i| i + 1).unwrap_or(0);
            let prefix = &text.as_bytes()[line_start..lo];
            let width = prefix.len();
            let kinds: Vec<u8> = prefix.iter().copied().filter(|b| *b == b' ' || *b == b'\t').collect();
            let mixed_here = kinds.contains(&b' ') && kinds.contains(&b'\t');
            let kind = kinds.first().copied();
            let mixed_file = matches!((kind, indent_char), (Some(k), Some(f)) if k != f);
            if mixed_here || mixed_file {
                diags.push(
                    Diagnostic::error(
                        Code::MIXED_INDENT,
                        Span::new(file, line_start, lo),
                        "inconsistent use of tabs and spaces in indentation",
                    )
                    .label("this indentation mixes tabs and spaces")
                    .with_help("indent with spaces only"),
                );
            }
            if indent_char.is_none() {
                indent_char = kind;
            }
            let top = *stack.last().unwrap();
            if width > top {
                stack.push(width);
                out.push((lo, Tok::Indent, lo));
            } else if width < top {
                while *stack.last().unwrap() > width {
                    stack.pop();
                    out.push((lo, Tok::Dedent, lo));
                }
                if *stack.last().unwrap() != width {
                    diags.push(
                        Diagnostic::error(
                            Code::BAD_DEDENT,
                            Span::new(file, line_start, lo),
                            "unindent does not match any outer indentation level",
                        )
                        .label("this line's indentation"),
                    );
                    stack.push(width);
                }
            }
            at_line_start = false;
        }
        match tok {
            Tok::LParen | Tok::LBracket | Tok::LBrace => depth += 1,
            Tok::RParen | Tok::RBracket | Tok::RBrace => depth = depth.saturating_sub(1),
            _ => {}
        }
        out.push((lo, tok, hi));
    }
    mark_transfers(&mut out);
    mark_signature_words(&mut out);
    // `for ref x in xs`, and `ref x = place` starting a statement.
    for i in 0..out.len().saturating_sub(2) {
        let starts_stmt = i == 0 || matches!(out[i - 1].1, Tok::Newline | Tok::Indent | Tok::Dedent);
        if (i > 0 && out[i - 1].1 == Tok::For || starts_stmt && out[i + 2].1 == Tok::Assign)
            && matches!(&out[i].1, Tok::Ident(n) if n == "ref")
            && matches!(out[i + 1].1, Tok::Ident(_))
        {
            out[i].1 = Tok::RefBind;
        }
    }
    let end = text.len();
    if !at_line_start {
        out.push((end, Tok::Newline, end));
    }
    while stack.len() > 1 {
        stack.pop();
        out.push((end, Tok::Dedent, end));
    }
    out
}

/// In a function signature (from `def`/`fn` to the end of its line, outside brackets), `where`
/// starts a constraint, `capturing` (or `escaping`) after the arguments marks a closure and
/// `-> ref [...]` a reference result: all are ordinary names elsewhere.
fn mark_signature_words(toks: &mut [(usize, Tok, usize)]) {
    let mut in_sig = false;
    let mut depth = 0usize;
    for i in 0..toks.len() {
        match &toks[i].1 {
            Tok::Def | Tok::Fn => {
                in_sig = true;
                depth = 0;
            }
            Tok::Newline => in_sig = false,
            Tok::LParen | Tok::LBracket | Tok::LBrace => depth += 1,
            Tok::RParen | Tok::RBracket | Tok::RBrace => depth = depth.saturating_sub(1),
            Tok::Ident(n) if in_sig && depth == 0 => {
                // (`def where(...)` names a function `where`.)
                if n == "where" && !(i > 0 && matches!(toks[i - 1].1, Tok::Def | Tok::Fn)) {
                    toks[i].1 = Tok::Where;
                } else if (n == "capturing" || n == "escaping") && i > 0 && toks[i - 1].1 == Tok::RParen {
                    toks[i].1 = Tok::Capturing;
                } else if n == "ref"
                    && i > 0
                    && toks[i - 1].1 == Tok::Arrow
                    && toks.get(i + 1).is_some_and(|t| t.1 == Tok::LBracket)
                {
                    toks[i].1 = Tok::RefResult;
                }
            }
            _ => {}
        }
    }
}

/// A `^` directly followed by a closing bracket, a comma, a colon, the end of a line or a keyword
/// that cannot start an operand (`x^ if c else y`, `[v^ for v in vs]`) is the postfix transfer
/// operator (`f(x^)`), not xor.
fn mark_transfers(toks: &mut [(usize, Tok, usize)]) {
    for i in 0..toks.len() {
        if toks[i].1 == Tok::Caret {
            let next = toks.get(i + 1).map(|t| &t.1);
            if matches!(
                next,
                None | Some(
                    Tok::RParen
                        | Tok::RBracket
                        | Tok::RBrace
                        | Tok::Comma
                        | Tok::Newline
                        | Tok::Semi
                        | Tok::Colon
                        | Tok::If
                        | Tok::Else
                        | Tok::For
                        | Tok::Dot
                )
            ) {
                toks[i].1 = Tok::Transfer;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lex::lex;

    fn kinds(text: &str) -> (Vec<Tok>, Vec<crate::diag::Code>) {
        let mut d = Diagnostics::default();
        let toks = lex(0, text, &mut d);
        let toks = layout(0, text, toks, &mut d);
        (
            toks.into_iter().map(|t| t.1).collect(),
            d.list.iter().map(|d| d.code).collect(),
        )
    }

    #[test]
    fn blocks_become_indent_and_dedent() {
        let (t, errs) = kinds("if x:\n    y\n\nz\n");
        assert!(errs.is_empty());
        assert_eq!(
            t,
            vec![
                Tok::If,
                Tok::Ident("x".into()),
                Tok::Colon,
                Tok::Newline,
                Tok::Indent,
                Tok::Ident("y".into()),
                Tok::Newline,
                Tok::Dedent,
                Tok::Ident("z".into()),
                Tok::Newline
            ]
        );
    }

    #[test]
    fn brackets_and_backslash_join_lines() {
        let (t, _) = kinds("f(1,\n  2) + \\\n 3\n");
        assert_eq!(t.iter().filter(|t| **t == Tok::Newline).count(), 1);
        assert!(!t.contains(&Tok::Indent));
    }

    #[test]
    fn tabs_after_spaces_are_an_error() {
        let (_, errs) = kinds("if x:\n    y\nif z:\n\tw\n");
        assert_eq!(errs, vec![crate::diag::Code::MIXED_INDENT]);
    }

    #[test]
    fn caret_before_a_closer_is_a_transfer() {
        let (t, _) = kinds("f(x^)\na ^ b\n");
        assert!(t.contains(&Tok::Transfer));
        assert!(t.contains(&Tok::Caret));
        let (t, _) = kinds("y = a^ if c else b^\n");
        assert_eq!(t.iter().filter(|t| **t == Tok::Transfer).count(), 2);
        assert!(!t.contains(&Tok::Caret));
    }
}
