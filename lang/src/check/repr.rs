//! `repr(x)`: the text that shows a value's type as well as its value, as Mojo 1.2 writes it —
//! `Int(3)`, `Float64(2.5)`, `'it\'s'`, `SIMD[DType.int32, 2](1, 2)`,
//! `List[SIMD[DType.int, 1]]([Int(1)])`, `P(x=Int(3))`. A struct's own `write_repr_to(self, mut
//! writer)` (or older Mojo's `__repr__`) is used when it has one; the stdlib collections have one.
//! Type names are Mojo's (`Int` is `SIMD[DType.int, 1]` inside another type's name).

use super::builder::FnCx;
use super::generics::ParamValue;
use super::writer::concat;
use super::{Checker, Value};
use crate::mir::{BinOp, Const, Intrinsic as I, Operand, Rvalue, Ty};
use crate::source::Span;

impl<'a> Checker<'a, '_> {
    /// The text of `repr(o)` for a value of type `t`.
    pub(super) fn repr_text(&mut self, cx: &mut FnCx<'a>, o: Operand, t: &Ty, span: Span) -> Operand {
        let text = |s: &str| Operand::Const(Const::Str(s.into()));
        match t {
            Ty::String => self.string_repr(cx, o, span),
            Ty::Int => {
                let s = self.stringify(cx, o, t, span);
                wrap(cx, "Int(", s, ")", span)
            }
            Ty::Simd(dt, 1) if *dt != crate::dtype::DType::Bool => {
                let s = self.stringify(cx, o, t, span);
                wrap(cx, &format!("{}(", dt.alias()), s, ")", span)
            }
            // `SIMD[DType.int32, 2](1, 2)`: the printed lanes without their brackets.
            Ty::Simd(_, w) => {
                let name = self.repr_type_name(t);
                let mut lanes = self.stringify(cx, o, t, span);
                if *w > 1 {
                    let n = cx.emit_temp(Ty::Int, Rvalue::Intrinsic(I::StrByteLength, vec![lanes.clone()]), span);
                    let last = cx.emit_temp(
                        Ty::Int,
                        Rvalue::Binary(BinOp::IntSub, n, Operand::Const(Const::Int(1))),
                        span,
                    );
                    let inner = Rvalue::Intrinsic(I::StrSlice, vec![lanes, Operand::Const(Const::Int(1)), last]);
                    lanes = cx.emit_temp(Ty::String, inner, span);
                }
                wrap(cx, &format!("{name}("), lanes, ")", span)
            }
            Ty::Error => {
                let s = cx.emit_temp(Ty::String, Rvalue::Intrinsic(I::ErrorToStr, vec![o]), span);
                let q = self.string_repr(cx, s, span);
                wrap(cx, "Error(", q, ")", span)
            }
            Ty::Tuple(ts) => {
                let ts = ts.clone();
                let mut acc = text(&format!("{}(", self.repr_type_name(t)));
                for (i, et) in ts.iter().enumerate() {
                    if i > 0 {
                        acc = concat(cx, acc, text(", "), span);
                    }
                    let f = cx.emit_temp(et.clone(), Rvalue::Field(o.clone(), i as u32), span);
                    let fs = self.repr_text(cx, f, et, span);
                    acc = concat(cx, acc, fs, span);
                }
                concat(cx, acc, text(")"), span)
            }
            Ty::Struct(st) => {
                let st = st.clone();
                let v = Value::Op(o.clone(), t.clone());
                if let Some(s) = self.written_by(cx, v.clone(), "write_repr_to", span) {
                    return s;
                }
                if !self.methods_of(st.id as usize, "__repr__", true).is_empty() {
                    if let Some(Value::Op(s, Ty::String)) = self.call_dunder(cx, "__repr__", v, None, vec![], span) {
                        return s;
                    }
                }
                // The reflective form: `Name[params](field=repr(value), ...)`.
                let mut acc = text(&format!("{}(", self.repr_type_name(t)));
                for (i, (name, fty)) in st.fields().iter().enumerate() {
                    let sep = if i == 0 { "" } else { ", " };
                    acc = concat(cx, acc, text(&format!("{sep}{name}=")), span);
                    let f = cx.emit_temp(fty.clone(), Rvalue::Field(o.clone(), i as u32), span);
                    let fs = self.repr_text(cx, f, fty, span);
                    acc = concat(cx, acc, fs, span);
                }
                concat(cx, acc, text(")"), span)
            }
            // `Bool`, `None`, pointers, dtypes: as `print` writes them.
            _ => self.stringify(cx, o, t, span),
        }
    }

    /// Mojo's name for a type inside `repr`: `SIMD[DType.int, 1]` for `Int`,
    /// `List[SIMD[DType.float64, 1]]`, `Box[String]`, `Tuple[SIMD[DType.int, 1], String]`.
    /// `repr(s)` of a string: the stdlib's `_str_repr` (quoted, with escapes).
    fn string_repr(&mut self, cx: &mut FnCx<'a>, s: Operand, span: Span) -> Operand {
        match self.string_helper(cx, "_str_repr", vec![(Value::Op(s, Ty::String), span)], span) {
            Value::Op(o, _) => o,
            _ => Operand::Const(Const::Str("".into())),
        }
    }

    pub(super) fn repr_type_name(&self, t: &Ty) -> String {
        match t {
            Ty::Int => "SIMD[DType.int, 1]".into(),
            Ty::Simd(dt, w) => format!("SIMD[DType.{}, {w}]", dt.name()),
            Ty::Tuple(ts) => {
                let parts: Vec<String> = ts.iter().map(|e| self.repr_type_name(e)).collect();
                format!("Tuple[{}]", parts.join(", "))
            }
            Ty::Struct(st) => {
                let id = st.id as usize;
                let base = self.struct_decls[id].name.text.clone();
                let mut params: Vec<String> = self.struct_envs[id]
                    .iter()
                    .map(|(_, v)| match v {
                        ParamValue::Type(t) => self.repr_type_name(t),
                        ParamValue::Value(Value::Op(Operand::Const(c), _)) => const_text(c),
                        ParamValue::Value(Value::Lit(super::literal::Num::Int(n))) => n.to_string(),
                        _ => "?".into(),
                    })
                    .collect();
                // Mojo's `Set` also names its default hasher.
                if base == "Set" && self.struct_std[id] {
                    params.push("Hasher=AHasher[[0, 0, 0, 0] : SIMD[DType.uint64, 4]]".into());
                }
                if params.is_empty() {
                    base
                } else {
                    format!("{base}[{}]", params.join(", "))
                }
            }
            other => other.name(),
        }
    }
}

fn const_text(c: &Const) -> String {
    match c {
        Const::Int(i) => i.to_string(),
        Const::Bool(b) => if *b { "True" } else { "False" }.into(),
        Const::DType(dt) => format!("DType.{}", dt.name()),
        Const::Str(s) => s.clone(),
        _ => "?".into(),
    }
}

fn wrap(cx: &mut FnCx, open: &str, s: Operand, close: &str, span: Span) -> Operand {
    let a = concat(cx, Operand::Const(Const::Str(open.into())), s, span);
    concat(cx, a, Operand::Const(Const::Str(close.into())), span)
}
