//! Template strings, `t"{name} has {n + 1} items"` (Mojo 1.2's interpolation): the body is split
//! into text and `{expression}` parts when parsing, each expression parsed like any other (with
//! spans into the file), so later stages see ordinary expressions. `{{` and `}}` are braces.

use crate::ast::{Expr, StmtKind, TPart};
use crate::diag::Diagnostics;
use crate::lex::Tok;
use crate::source::Span;

/// The parts of the t-string token `raw` (as written, `t"..."` or `t"""..."""`) that starts at
/// byte `start` of `file`.
pub fn parts(file: u32, start: usize, raw: String) -> Vec<TPart> {
    let q = if raw[1..].starts_with("\"\"\"") { 3 } else { 1 };
    let body = raw[1 + q..raw.len() - q].to_string();
    let base = start + 1 + q;
    let bytes = body.as_bytes();
    let mut out = Vec::new();
    let mut text_from = 0;
    let mut text = String::new();
    let mut i = 0;
    let flush = |text: &mut String, from: usize, to: usize, out: &mut Vec<TPart>| {
        text.push_str(&body[from..to]);
        if !text.is_empty() {
            let raw = std::mem::take(text);
            match crate::lex::unescape(&raw) {
                Ok(t) => out.push(TPart::Text(t)),
                Err(_) => out.push(TPart::Bad(
                    "invalid escape sequence in a t-string".into(),
                    Span::new(file, base + from, base + to),
                )),
            }
        }
    };
    while i < bytes.len() {
        match bytes[i] {
            b'{' | b'}' if bytes.get(i + 1) == Some(&bytes[i]) => {
                text.push_str(&body[text_from..i + 1]);
                i += 2;
                text_from = i;
            }
            b'}' => {
                flush(&mut text, text_from, i, &mut out);
                out.push(TPart::Bad(
                    "single '}' is not allowed in a t-string; write '}}' for a brace".into(),
                    Span::new(file, base + i, base + i + 1),
                ));
                i += 1;
                text_from = i;
            }
            b'{' => {
                flush(&mut text, text_from, i, &mut out);
                let open = i;
                let Some((close, spec)) = field_end(bytes, i + 1) else {
                    out.push(TPart::Bad(
                        "'{' without a matching '}' in a t-string; write '{{' for a brace".into(),
                        Span::new(file, base + open, base + bytes.len()),
                    ));
                    return out;
                };
                let span = Span::new(file, base + open + 1, base + close);
                out.push(match spec {
                    Some(at) if bytes[at] == b'!' => TPart::Bad(
                        "unexpected character '!' in a t-string: conversions such as `!r` are not supported".into(),
                        Span::new(file, base + at, base + at + 1),
                    ),
                    Some(_) => TPart::Bad(
                        "format specifiers are not supported in t-strings; format the value manually before interpolating"
                            .into(),
                        span,
                    ),
                    None => expression(file, base + open + 1, &body[open + 1..close]),
                });
                i = close + 1;
                text_from = i;
            }
            b'\\' => i += 2,
            _ => i += 1,
        }
    }
    flush(&mut text, text_from, bytes.len().min(body.len()), &mut out);
    out
}

/// Where the field starting at `from` ends (its `}`), and where a top-level `:` or `!` (a format
/// spec or conversion) is in it. Brackets nest; quoted strings are skipped.
fn field_end(b: &[u8], from: usize) -> Option<(usize, Option<usize>)> {
    let (mut depth, mut spec, mut i) = (0usize, None, from);
    while i < b.len() {
        match b[i] {
            q @ (b'"' | b'\'') => {
                i += 1;
                while i < b.len() && b[i] != q {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' => depth = depth.saturating_sub(1),
            b'}' if depth == 0 => return Some((i, spec)),
            b'}' => depth -= 1,
            b':' | b'!' if depth == 0 && b.get(i + 1) != Some(&b'=') && spec.is_none() => spec = Some(i),
            _ => {}
        }
        i += 1;
    }
    None
}

/// The expression `src`, which starts at byte `at` of the file.
fn expression(file: u32, at: usize, src: &str) -> TPart {
    let span = Span::new(file, at, at + src.len());
    if src.trim().is_empty() {
        return TPart::Bad("empty expression in a t-string".into(), span);
    }
    // The tokens get the positions they have in the file.
    let mut diags = Diagnostics::default();
    let mut toks: Vec<(usize, Tok, usize)> = crate::lex::lex(file, src, &mut diags)
        .into_iter()
        .map(|(lo, t, hi)| (lo + at, t, hi + at))
        .collect();
    // (Lexing errors are placed in the file too.)
    for d in &mut diags.list {
        d.primary.span = Span::new(file, d.primary.span.lo as usize + at, d.primary.span.hi as usize + at);
    }
    let end = at + src.len();
    toks.push((end, Tok::Newline, end));
    let module = crate::parse::parse_tokens_at(file, src, at, toks, &mut diags);
    if let Some(d) = diags.list.first() {
        return TPart::Bad(format!("in a t-string: {}", d.message), d.primary.span);
    }
    match module.stmts.into_iter().next().map(|s| s.kind) {
        Some(StmtKind::Expr(e)) => TPart::Expr(e),
        _ => TPart::Bad("expected an expression in a t-string".into(), span),
    }
}

/// The expressions of a t-string, for walkers over the syntax tree.
pub fn exprs(parts: &[TPart]) -> impl Iterator<Item = &Expr> {
    parts.iter().filter_map(|p| match p {
        TPart::Expr(e) => Some(e),
        _ => None,
    })
}
