//! Parsing: tokens (after layout) → AST with the lalrpop grammar. Never panics; syntax errors are
//! recovered at statement boundaries so one run reports several.

use crate::ast::Module;
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::lex::{LexError, Tok};
use crate::source::Span;
use lalrpop_util::{lalrpop_mod, ParseError};

lalrpop_mod!(
    #[allow(clippy::all, unused_parens, dead_code)]
    grammar
);

/// Lex, lay out and parse one file.
pub fn parse_file(file: u32, text: &str, diags: &mut Diagnostics) -> Module {
    let toks = crate::lex::lex(file, text, diags);
    let toks = crate::layout::layout(file, text, toks, diags);
    parse_tokens(file, text.len(), toks, diags)
}

pub fn parse_tokens(
    file: u32,
    eof: usize,
    toks: Vec<(usize, Tok, usize)>,
    diags: &mut Diagnostics,
) -> Module {
    let mut errors = Vec::new();
    let iter = toks.into_iter().map(Ok::<_, LexError>);
    let result = grammar::ModuleParser::new().parse(file, &mut errors, iter);
    for e in errors {
        diags.push(convert(file, eof, e.error));
    }
    match result {
        Ok(m) => m,
        Err(e) => {
            diags.push(convert(file, eof, e));
            Module { stmts: vec![] }
        }
    }
}

fn describe(t: &Tok) -> String {
    match t {
        Tok::Newline => "end of line".into(),
        Tok::Indent => "indent".into(),
        Tok::Dedent => "dedent".into(),
        Tok::Int(_) => "integer literal".into(),
        Tok::Float(_) => "float literal".into(),
        Tok::Str(_) => "string literal".into(),
        Tok::Ident(n) => format!("'{n}'"),
        other => format!("'{}'", token_text(other)),
    }
}

fn token_text(t: &Tok) -> String {
    let s = format!("{t:?}");
    s.to_lowercase()
}

fn convert(file: u32, eof: usize, e: ParseError<usize, Tok, LexError>) -> Diagnostic {
    match e {
        ParseError::UnrecognizedToken {
            token: (lo, tok, hi),
            expected,
        } => {
            let span = Span::new(file, lo, hi.max(lo + 1).min(eof.max(lo + 1)));
            if expected.iter().any(|x| x == "INDENT") && tok != Tok::Indent {
                return Diagnostic::error(Code::EXPECTED_BLOCK, span, "expected an indented block")
                    .label("the block should start here, indented")
                    .with_help("indent the body of the statement, or write `pass`");
            }
            if tok == Tok::Indent {
                return Diagnostic::error(Code::SYNTAX, span, "unexpected indent")
                    .label("this line is indented more than the block it is in");
            }
            let d = Diagnostic::error(Code::SYNTAX, span, format!("unexpected {}", describe(&tok)))
                .label("not expected here");
            match short_expected(&expected) {
                Some(h) => d.with_help(h),
                None => d,
            }
        }
        ParseError::UnrecognizedEof { location, .. } => Diagnostic::error(
            Code::UNEXPECTED_EOF,
            Span::new(file, location, location),
            "unexpected end of file",
        )
        .label("the file ends here"),
        ParseError::InvalidToken { location } => Diagnostic::error(
            Code::SYNTAX,
            Span::new(file, location, location + 1),
            "invalid token",
        ),
        ParseError::ExtraToken {
            token: (lo, tok, hi),
        } => Diagnostic::error(
            Code::SYNTAX,
            Span::new(file, lo, hi),
            format!("unexpected {}", describe(&tok)),
        ),
        ParseError::User { .. } => {
            Diagnostic::error(Code::SYNTAX, Span::new(file, 0, 0), "invalid input")
        }
    }
}

fn short_expected(expected: &[String]) -> Option<String> {
    if expected.is_empty() || expected.len() > 6 {
        return None;
    }
    let names: Vec<String> = expected
        .iter()
        .map(|e| e.trim_matches('"').replace("\\n", "end of line"))
        .map(|e| format!("`{e}`"))
        .collect();
    Some(format!("expected one of {}", names.join(", ")))
}
