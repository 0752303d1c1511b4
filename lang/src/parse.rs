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
    let mut token_diags = Diagnostics::default();
    let toks = crate::lex::lex(file, text, &mut token_diags);
    let toks = crate::layout::layout(file, text, toks, &mut token_diags);
    let mut parse_diags = Diagnostics::default();
    let m = parse_tokens(file, text, toks, &mut parse_diags);
    if token_diags.has_errors() {
        // The parser saw a token stream with holes: its errors would only echo these.
        diags.list.extend(token_diags.list);
    } else {
        diags.list.extend(parse_diags.list);
    }
    m
}

pub fn parse_tokens(file: u32, text: &str, toks: Vec<(usize, Tok, usize)>, diags: &mut Diagnostics) -> Module {
    parse_tokens_at(file, text, 0, toks, diags)
}

/// `parse_tokens` for a piece of a file (a t-string's expression): `text` starts at byte `base`
/// of the file, where the tokens' positions are.
pub fn parse_tokens_at(
    file: u32,
    text: &str,
    base: usize,
    toks: Vec<(usize, Tok, usize)>,
    diags: &mut Diagnostics,
) -> Module {
    let mut errors = Vec::new();
    let iter = toks.into_iter().map(Ok::<_, LexError>);
    let result = grammar::ModuleParser::new().parse(file, &mut errors, iter);
    let mut found: Vec<Diagnostic> = errors.into_iter().map(|e| convert(file, text, base, e.error)).collect();
    let m = match result {
        Ok(m) => m,
        Err(e) => {
            found.push(convert(file, text, base, e));
            Module { stmts: vec![] }
        }
    };
    // After a syntax error, stray indents and dedents are echoes of it, not new mistakes.
    let mut seen_error = false;
    for d in found {
        let echo = d.message == "unexpected indent" || d.message == "unexpected dedent";
        if !(seen_error && echo) {
            diags.push(d);
        }
        seen_error = true;
    }
    m
}

fn describe(t: &Tok, src: &str) -> String {
    match t {
        Tok::Newline => "end of line".into(),
        Tok::Indent => "indent".into(),
        Tok::Dedent => "dedent".into(),
        Tok::Int(_) => "integer literal".into(),
        Tok::Float(_) => "float literal".into(),
        Tok::Str(_) => "string literal".into(),
        Tok::Ident(n) => format!("'{n}'"),
        _ => format!("'{src}'"),
    }
}

fn convert(file: u32, text: &str, base: usize, e: ParseError<usize, Tok, LexError>) -> Diagnostic {
    let eof = base + text.len();
    let slice = |lo: usize, hi: usize| text.get(lo.saturating_sub(base)..hi.saturating_sub(base)).unwrap_or("");
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
            let d = Diagnostic::error(
                Code::SYNTAX,
                span,
                format!("unexpected {}", describe(&tok, slice(lo, hi))),
            )
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
        ParseError::InvalidToken { location } => {
            Diagnostic::error(Code::SYNTAX, Span::new(file, location, location + 1), "invalid token")
        }
        ParseError::ExtraToken { token: (lo, tok, hi) } => Diagnostic::error(
            Code::SYNTAX,
            Span::new(file, lo, hi),
            format!("unexpected {}", describe(&tok, slice(lo, hi))),
        ),
        ParseError::User { .. } => Diagnostic::error(Code::SYNTAX, Span::new(file, 0, 0), "invalid input"),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ast::StmtKind;

    fn parse(text: &str) -> (Module, Diagnostics) {
        let mut d = Diagnostics::default();
        let m = parse_file(0, text, &mut d);
        (m, d)
    }

    #[test]
    fn tier2_declaration_shapes_parse() {
        let src = "@fieldwise_init\nstruct P[T: Copyable & Movable, n: Int = 4](Copyable, Writable):\n    var x: Int\n    def __init__(out self, *, copy: Self):\n        self.x = copy.x\n    @staticmethod\n    def make[dt: DType, //](mut a: SIMD[dt, 4], var b: Int) raises -> Self:\n        return P(1)\ntrait Shape(Writable):\n    def area(self) -> Float64: ...\n";
        let (m, d) = parse(src);
        assert!(d.list.is_empty(), "{:?}", d.list);
        assert!(matches!(m.stmts[0].kind, StmtKind::Struct(_)));
        assert!(matches!(m.stmts[1].kind, StmtKind::Trait(_)));
    }

    #[test]
    fn syntax_errors_recover_per_statement() {
        let (_, d) = parse("def main():\n    var = 1\n    print(1)\n    x = = 2\n    print(2)\n");
        assert_eq!(d.list.len(), 2, "{:?}", d.list);
    }

    #[test]
    fn missing_block_is_reported() {
        let (_, d) = parse("def main():\nprint(1)\n");
        assert_eq!(d.list[0].code, Code::EXPECTED_BLOCK);
    }
}
