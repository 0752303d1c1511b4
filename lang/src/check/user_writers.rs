//! Structs that are `Writer`s. Mojo 1.2's `Writer` trait asks for `write_string(mut self, s:
//! StringSlice)` and provides `write(*args)`, which writes each argument's text. Here a
//! `Some[Writer]` argument is the `String` being written (`writer.rs`); a struct that has
//! `write_string` is given a fresh `String` for it, and after the call the text written there
//! goes to the struct's `write_string` (`Pt(7).write_to(u)`). `u.write(a, b)` on such a struct
//! builds the text of its arguments and passes it to `write_string` the same way.

use super::builder::FnCx;
use super::call::CallArgs;
use super::{Checker, Value};
use crate::ast::{Expr, ExprKind};
use crate::mir::{Const, FuncId, Local, Operand, Ty};
use crate::source::Span;

/// Whether a declared type is `Some[Writer]`.
pub(super) fn is_some_writer(t: &Expr) -> bool {
    matches!(&t.kind, ExprKind::Subscript { base, args }
        if matches!(&base.kind, ExprKind::Name(n) if n == "Some")
            && matches!(&args[..], [a] if matches!(&a.value.kind, ExprKind::Name(w) if w == "Writer")))
}

/// A struct given for a `Some[Writer]` argument: where it came from, and the text variable that
/// stood in for it.
pub(super) struct PendingWriter {
    value: Value,
    source: Option<Expr>,
    text: Local,
}

impl<'a> Checker<'a, '_> {
    /// Whether values of `t` are user `Writer`s (a struct with `write_string`).
    pub(super) fn is_user_writer(&mut self, t: &Ty) -> bool {
        match t {
            Ty::Struct(st) => !self.methods_of(st.id as usize, "write_string", true).is_empty(),
            _ => false,
        }
    }

    /// Give each `Some[Writer]` argument of the call that is a user `Writer` a fresh `String`
    /// instead (positional arguments; `ids` are the candidate functions).
    pub(super) fn substitute_writers(
        &mut self,
        cx: &mut FnCx<'a>,
        ids: &[FuncId],
        a: &mut CallArgs,
    ) -> Vec<PendingWriter> {
        let mut pending = Vec::new();
        for k in 0..a.positional.len() {
            let wants_writer = ids
                .iter()
                .any(|&f| self.sigs[f as usize].params.get(k).is_some_and(|p| p.writer));
            if !wants_writer {
                continue;
            }
            let (value, vspan) = a.positional[k].clone();
            let Value::Op(_, t) = &value else { continue };
            if !self.is_user_writer(t) {
                continue;
            }
            let (name, text) = self.text_variable(cx, "__written_", vspan);
            a.positional[k] = (Value::Op(Operand::Local(text), Ty::String), vspan);
            let source = a
                .sources
                .get_mut(k)
                .and_then(|s| s.replace(Expr::new(ExprKind::Name(name), vspan)));
            pending.push(PendingWriter { value, source, text });
        }
        pending
    }

    /// After the call: each substituted struct gets the text written for it.
    pub(super) fn flush_writers(&mut self, cx: &mut FnCx<'a>, pending: Vec<PendingWriter>, span: Span) {
        for w in pending {
            let receiver = match &w.source {
                Some(e) => self.expr(cx, e),
                None => w.value,
            };
            let text = Value::Op(Operand::Local(w.text), Ty::String);
            self.call_dunder(cx, "write_string", receiver, w.source, vec![(text, span)], span);
        }
    }

    /// `u.write(a, b, ...)` on a user `Writer`: the arguments' text, given to `write_string`.
    pub(super) fn user_writer_write(
        &mut self,
        cx: &mut FnCx<'a>,
        base: &Expr,
        receiver: Value,
        args: Vec<(Value, Span)>,
        span: Span,
    ) -> Value {
        let mut acc = Operand::Const(Const::Str(String::new()));
        for (v, s) in args {
            let (o, t) = self.materialize(cx, v, s);
            let piece = self.stringify(cx, o, &t, s);
            acc = super::writer::concat(cx, acc, piece, span);
        }
        let text = Value::Op(acc, Ty::String);
        self.call_dunder(
            cx,
            "write_string",
            receiver,
            Some(base.clone()),
            vec![(text, span)],
            span,
        )
        .unwrap_or_else(super::call::none)
    }
}
