//! Turning values into text: `String(x)`, `writer.write(...)`, and printing a struct that has a
//! `write_to(self, mut writer: Some[Writer])` or `__str__` method. A `Writer` is a `String`
//! being appended to (Mojo's `String` is itself a `Writer`), passed `mut` like any argument, so
//! `write_to` works the same for `print`, `String(x)` and nested `writer.write(field)`.

use super::builder::{Binding, FnCx};
use super::{Checker, Value};
use crate::ast::{Expr, ExprKind};
use crate::diag::Code;
use crate::mir::{BinOp, Const, Intrinsic as I, Local, Operand, Rvalue, Ty};
use crate::source::Span;

impl<'a> Checker<'a, '_> {
    /// The text `print` would write for a value.
    pub(super) fn stringify(&mut self, cx: &mut FnCx<'a>, o: Operand, t: &Ty, span: Span) -> Operand {
        let text = |s: &str| Operand::Const(Const::Str(s.into()));
        match t {
            Ty::String => o,
            Ty::Int => cx.emit_temp(Ty::String, Rvalue::Intrinsic(I::IntToStr, vec![o]), span),
            Ty::Bool => cx.emit_temp(Ty::String, Rvalue::Intrinsic(I::BoolToStr, vec![o]), span),
            Ty::Error => cx.emit_temp(Ty::String, Rvalue::Intrinsic(I::ErrorToStr, vec![o]), span),
            Ty::Simd(..) => self.simd_to_string(cx, o, t, span),
            Ty::Ptr(_) => self.pointer_to_string(cx, o, span),
            Ty::DType => match o {
                Operand::Const(Const::DType(dt)) => text(dt.name()),
                _ => text("DType"),
            },
            Ty::None => text("None"),
            Ty::Struct(st) => {
                let st = st.clone();
                if let Some(s) = self.struct_text(cx, Value::Op(o.clone(), t.clone()), span) {
                    return s;
                }
                // The reflective form: `Name(field=value, ...)`.
                let mut acc = text(&format!("{}(", st.name));
                for (i, (name, fty)) in st.fields().iter().enumerate() {
                    let sep = if i == 0 { "" } else { ", " };
                    acc = concat(cx, acc, text(&format!("{sep}{name}=")), span);
                    let f = cx.emit_temp(fty.clone(), Rvalue::Field(o.clone(), i as u32), span);
                    let fs = self.stringify(cx, f, fty, span);
                    acc = concat(cx, acc, fs, span);
                }
                concat(cx, acc, text(")"), span)
            }
            // `(1, a, 2.5)`; one element: `(1,)`.
            Ty::Tuple(ts) => {
                let ts = ts.clone();
                let mut acc = text("(");
                for (i, et) in ts.iter().enumerate() {
                    if i > 0 {
                        acc = concat(cx, acc, text(", "), span);
                    }
                    let f = cx.emit_temp(et.clone(), Rvalue::Field(o.clone(), i as u32), span);
                    let fs = self.stringify(cx, f, et, span);
                    acc = concat(cx, acc, fs, span);
                }
                let close = if ts.len() == 1 { ",)" } else { ")" };
                concat(cx, acc, text(close), span)
            }
            Ty::Func(_) | Ty::Unknown => {
                if *t != Ty::Unknown {
                    self.error(
                        Code::TYPE_MISMATCH,
                        span,
                        format!("a value of type '{}' cannot be written", t.name()),
                    )
                    .label("does not conform to trait 'Writable'");
                }
                text("")
            }
        }
    }

    /// The text of a struct through its `write_to` (preferred) or `__str__` method, if it has one.
    pub(super) fn struct_text(&mut self, cx: &mut FnCx<'a>, v: Value, span: Span) -> Option<Operand> {
        let Value::Op(_, Ty::Struct(st)) = &v else { return None };
        let id = st.id as usize;
        if let Some(text) = self.written_by(cx, v.clone(), "write_to", span) {
            return Some(text);
        }
        if !self.methods_of(id, "__str__", true).is_empty() {
            return match self.call_dunder(cx, "__str__", v, None, vec![], span) {
                Some(Value::Op(o, Ty::String)) => Some(o),
                _ => None,
            };
        }
        None
    }

    /// What a struct's `write_to`-like `method(self, mut writer)` writes into a new `String`, if
    /// the struct has that method.
    pub(super) fn written_by(&mut self, cx: &mut FnCx<'a>, v: Value, method: &str, span: Span) -> Option<Operand> {
        let Value::Op(_, Ty::Struct(st)) = &v else { return None };
        let id = st.id as usize;
        let mut write_to = self.methods_of(id, method, true);
        if write_to.is_empty() {
            // `def write_to[W: Writer](self, mut writer: W)`: an instance for a `String` writer.
            let args = [
                (v.clone(), span),
                (Value::Op(Operand::Const(Const::Str(String::new())), Ty::String), span),
            ];
            write_to.extend(self.generic_method(id, method, &[], &args, span));
        }
        if !write_to.is_empty() {
            let (name, acc) = self.text_variable(cx, "__writer", span);
            let source = Expr::new(ExprKind::Name(name), span);
            let ids = write_to;
            let label = format!("{}.{method}", st.name);
            let a = super::call::CallArgs {
                positional: vec![(v, span), (Value::Op(Operand::Local(acc), Ty::String), span)],
                keywords: vec![],
                sources: vec![None, Some(source)],
                kw_sources: vec![],
            };
            self.call_user(cx, &label, &ids, a, span, span);
            return Some(Operand::Local(acc));
        }
        None
    }

    /// `s.write(a, b, ...)` on a `String` (or a `Writer` parameter): the text of each argument
    /// appended to `s`.
    pub(super) fn string_write(
        &mut self,
        cx: &mut FnCx<'a>,
        target: &Expr,
        recv: Operand,
        args: Vec<(Value, Span)>,
        span: Span,
    ) -> Value {
        if let Some(local) = self.appendable_string(cx, target) {
            if recv == Operand::Local(local) {
                for (v, s) in args {
                    let (o, t) = self.materialize(cx, v, s);
                    let piece = self.stringify(cx, o, &t, s);
                    append_to(cx, local, piece, span);
                }
                return Value::Op(Operand::Const(Const::None), Ty::None);
            }
        }
        let mut acc = recv;
        for (v, s) in args {
            let (o, t) = self.materialize(cx, v, s);
            let piece = self.stringify(cx, o, &t, s);
            acc = concat(cx, acc, piece, span);
        }
        self.assign(cx, target, Value::Op(acc, Ty::String), span);
        Value::Op(Operand::Const(Const::None), Ty::None)
    }
}

impl<'a> Checker<'a, '_> {
    /// A hidden `String` variable, empty, that owns its text: where a `write_to` writes. Its name
    /// (`prefix` and a number) and local.
    pub(super) fn text_variable(&mut self, cx: &mut FnCx<'a>, prefix: &str, span: Span) -> (String, Local) {
        let name = format!("{prefix}{}", cx.f.locals.len());
        let empty = Rvalue::Use(Operand::Const(Const::Str(String::new())));
        let l = cx.define(&name, Ty::String, empty, true, span);
        self.mark_owner(cx, l);
        (name, l)
    }

    /// The variable `target` names, when it is a mutable `String` variable that owns its value:
    /// one that text can be appended to in place.
    fn appendable_string(&self, cx: &FnCx<'a>, target: &Expr) -> Option<Local> {
        let ExprKind::Name(n) = &target.kind else { return None };
        let Some(Binding::Var { local, mutable: true }) = cx.lookup(n) else {
            return None;
        };
        (*cx.f.local_ty(*local) == Ty::String && cx.f.locals[*local as usize].owner && !self.rebuilding)
            .then_some(*local)
    }

    /// `s += t` on a `String` variable that owns its value: `t` is appended to `s` in place, so
    /// building a string piece by piece is linear. Reports `false` when this does not apply.
    pub(super) fn append_in_place(
        &mut self,
        cx: &mut FnCx<'a>,
        target: &Expr,
        op: crate::ast::BinOp,
        cur: &Value,
        rhs: &Value,
        span: Span,
    ) -> bool {
        let Some(local) = self.appendable_string(cx, target) else {
            return false;
        };
        match (cur, rhs) {
            (Value::Op(Operand::Local(c), Ty::String), Value::Op(r, Ty::String))
                if op == crate::ast::BinOp::Add && *c == local =>
            {
                append_to(cx, local, r.clone(), span);
                true
            }
            _ => false,
        }
    }
}

/// Append `piece` to the string variable `local` in place: `Intrinsic::StrAppend` consumes the
/// old value and gives the new one, which the variable owns.
fn append_to(cx: &mut FnCx, local: Local, piece: Operand, span: Span) {
    let new = cx.temp(Ty::String);
    cx.emit(
        Some(new),
        Rvalue::Intrinsic(I::StrAppend, vec![Operand::Local(local), piece]),
        span,
    );
    cx.emit(None, Rvalue::Forget(local), span);
    cx.emit(Some(local), Rvalue::Use(Operand::Local(new)), span);
    cx.init[local as usize] = true;
}

pub(super) fn concat(cx: &mut FnCx, a: Operand, b: Operand, span: Span) -> Operand {
    cx.emit_temp(Ty::String, Rvalue::Binary(BinOp::StrConcat, a, b), span)
}
