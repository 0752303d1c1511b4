//! Interpolation: template strings `t"{x} and {y}"`, and `s.format(a, b, ...)`. On a string literal (or a `comptime` string) the format is checked
//! here, as Mojo 1.2 checks it at compile time, and the call cannot raise: it becomes the
//! concatenation of its pieces. On a run-time `String` the stdlib's `_str_format_texts` parses
//! it and raises on a bad format, with the same messages.

use super::builder::FnCx;
use super::writer::concat;
use super::{Checker, Value};
use crate::ast::{BinOp, Expr, ExprKind, TPart};
use crate::diag::Code;
use crate::mir::{Const, Operand, Ty};
use crate::source::Span;

/// Whether a receiver is a string literal in Mojo's sense: a literal, a `comptime` name (its
/// value is a constant), or a `+` of literals. `String("...")` is a run-time `String`.
pub(super) fn is_literal(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Str(_) | ExprKind::Name(_) => true,
        ExprKind::Binary(BinOp::Add, a, b) => is_literal(a) && is_literal(b),
        _ => false,
    }
}

/// One piece of a parsed format string.
#[derive(Debug, PartialEq)]
pub(super) enum Piece {
    Text(String),
    /// `{}`, `{N}`, `{!r}`, `{N!s}`: argument `index`, written with `repr` when `repr`.
    Arg {
        index: usize,
        repr: bool,
    },
}

/// Parse a format string for `nargs` positional arguments, with Mojo 1.2's messages.
pub(super) fn parse(s: &str, nargs: usize) -> Result<Vec<Piece>, String> {
    let mut pieces = Vec::new();
    let mut text = String::new();
    let (mut automatic, mut manual) = (0usize, false);
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '{' if chars.peek().map(|&(_, c)| c) == Some('{') => {
                chars.next();
                text.push('{');
            }
            '}' if chars.peek().map(|&(_, c)| c) == Some('}') => {
                chars.next();
                text.push('}');
            }
            '}' => return Err("there is a single curly } left unclosed or unescaped".into()),
            '{' => {
                let rest = &s[i + 1..];
                let Some(close) = rest.find('}') else {
                    return Err("there is a single curly { left unclosed or unescaped".into());
                };
                let field = &rest[..close];
                while chars.peek().is_some_and(|&(j, _)| j <= i + 1 + close) {
                    chars.next();
                }
                let (name, conv) = match field.split_once('!') {
                    Some((n, c)) => (n, Some(c)),
                    None => (field, None),
                };
                let repr = match conv {
                    None | Some("s") => false,
                    Some("r") => true,
                    Some(c) => return Err(format!("Conversion flag \"{c}\" not recognized.")),
                };
                let index = if name.is_empty() {
                    if manual {
                        return Err("Cannot both use manual and automatic indexing".into());
                    }
                    automatic += 1;
                    if automatic > nargs {
                        return Err("Automatic indexing require more args in *args".into());
                    }
                    automatic - 1
                } else {
                    let Ok(k) = name.parse::<usize>() else {
                        return Err(format!("Index {name} not in kwargs"));
                    };
                    if automatic > 0 {
                        return Err("Cannot both use manual and automatic indexing".into());
                    }
                    manual = true;
                    if k >= nargs {
                        return Err(format!("Index {k} not in *args"));
                    }
                    k
                };
                if !text.is_empty() {
                    pieces.push(Piece::Text(std::mem::take(&mut text)));
                }
                pieces.push(Piece::Arg { index, repr });
            }
            c => text.push(c),
        }
    }
    if !text.is_empty() {
        pieces.push(Piece::Text(text));
    }
    Ok(pieces)
}

impl<'a> Checker<'a, '_> {
    /// `fmt.format(args...)`; `fmt` is the receiver, `span` the whole call.
    pub(super) fn string_format(
        &mut self,
        cx: &mut FnCx<'a>,
        fmt: Operand,
        literal: bool,
        fmt_span: Span,
        args: Vec<(Value, Span)>,
        span: Span,
    ) -> Value {
        let args: Vec<(Operand, Ty, Span)> = args
            .into_iter()
            .map(|(v, s)| {
                let (o, t) = self.materialize(cx, v, s);
                (o, t, s)
            })
            .collect();
        if let (Operand::Const(Const::Str(text)), true) = (&fmt, literal) {
            return match parse(text, args.len()) {
                Ok(pieces) => self.format_pieces(cx, &pieces, &args, span),
                Err(msg) => {
                    self.error(Code::COMPTIME_FAILED, span, format!("invalid format string: {msg}"))
                        .label("the format string is checked at compile time")
                        .with_note(format!("the format string is {text:?}"));
                    super::expr::poison()
                }
            };
        }
        // A run-time format string: the stdlib parses it, given each argument's text and repr.
        let Some(list_ty) = self.list_type(Ty::String, span) else {
            return super::expr::poison();
        };
        let (mut texts, mut reprs) = (Vec::new(), Vec::new());
        for (o, t, s) in &args {
            let text = self.stringify(cx, o.clone(), t, *s);
            texts.push(vec![(Value::Op(text, Ty::String), *s)]);
            let repr = self.repr_text(cx, o.clone(), t, *s);
            reprs.push(vec![(Value::Op(repr, Ty::String), *s)]);
        }
        let texts = self.build_literal(cx, list_ty.clone(), "append", texts, span);
        let reprs = self.build_literal(cx, list_ty, "append", reprs, span);
        let ids = self.fn_by_name.get("_str_format_texts").cloned().unwrap_or_default();
        let call = super::call::CallArgs::of(vec![
            (Value::Op(fmt, Ty::String), fmt_span),
            (texts, span),
            (reprs, span),
        ]);
        self.call_user(cx, "format", &ids, call, fmt_span, span)
    }

    /// `t"text {expr} ..."`: a `TString` holding the text with each expression's text in place
    /// (printable, and `String(t)` converts it; it is not a `String` itself, as in Mojo 1.2).
    pub(super) fn tstring(&mut self, cx: &mut FnCx<'a>, parts: &[TPart], span: Span) -> Value {
        let mut acc = Operand::Const(Const::Str(String::new()));
        for part in parts {
            let piece = match part {
                TPart::Text(t) => Operand::Const(Const::Str(t.clone())),
                TPart::Expr(e) => {
                    let v = self.expr(cx, e);
                    if super::expr::is_poison(&v) {
                        return super::expr::poison();
                    }
                    let (o, t) = self.materialize(cx, v, e.span);
                    self.stringify(cx, o, &t, e.span)
                }
                TPart::Bad(msg, at) => {
                    self.error(Code::SYNTAX, *at, msg.clone()).label("in this t-string");
                    return super::expr::poison();
                }
            };
            acc = concat(cx, acc, piece, span);
        }
        let Some(&id) = self.struct_by_name.get("TString") else {
            return Value::Op(acc, Ty::String);
        };
        let inits = self.structs[id].inits.clone();
        let args = super::call::CallArgs::of(vec![(Value::Op(acc, Ty::String), span)]);
        self.call_user(cx, "TString", &inits, args, span, span)
    }

    fn format_pieces(
        &mut self,
        cx: &mut FnCx<'a>,
        pieces: &[Piece],
        args: &[(Operand, Ty, Span)],
        span: Span,
    ) -> Value {
        let mut acc = Operand::Const(Const::Str(String::new()));
        for piece in pieces {
            let part = match piece {
                Piece::Text(t) => Operand::Const(Const::Str(t.clone())),
                Piece::Arg { index, repr } => {
                    let (o, t, s) = &args[*index];
                    if *repr {
                        self.repr_text(cx, o.clone(), t, *s)
                    } else {
                        self.stringify(cx, o.clone(), t, *s)
                    }
                }
            };
            acc = concat(cx, acc, part, span);
        }
        Value::Op(acc, Ty::String)
    }
}

#[cfg(test)]
mod tests {
    use super::{parse, Piece};

    fn arg(index: usize, repr: bool) -> Piece {
        Piece::Arg { index, repr }
    }

    #[test]
    fn pieces_of_a_format() {
        let t = |s: &str| Piece::Text(s.into());
        assert_eq!(
            parse("{} = {}", 2).unwrap(),
            vec![arg(0, false), t(" = "), arg(1, false)]
        );
        assert_eq!(
            parse("{1}{0!r}{1!s}", 2).unwrap(),
            vec![arg(1, false), arg(0, true), arg(1, false)]
        );
        assert_eq!(parse("{{}} {}!", 1).unwrap(), vec![t("{} "), arg(0, false), t("!")]);
        assert_eq!(parse("é{}", 3).unwrap(), vec![t("é"), arg(0, false)]);
    }

    #[test]
    fn mojo_messages() {
        let e = |s: &str, n: usize| parse(s, n).unwrap_err();
        assert_eq!(e("{} {}", 1), "Automatic indexing require more args in *args");
        assert_eq!(e("{0} {}", 2), "Cannot both use manual and automatic indexing");
        assert_eq!(e("{} {0}", 2), "Cannot both use manual and automatic indexing");
        assert_eq!(e("{5}", 2), "Index 5 not in *args");
        assert_eq!(e("{:>5}", 1), "Index :>5 not in kwargs");
        assert_eq!(e("{} {", 1), "there is a single curly { left unclosed or unescaped");
        assert_eq!(e("a } b", 0), "there is a single curly } left unclosed or unescaped");
    }
}
