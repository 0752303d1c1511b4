//! `print(a, b, sep=..., end=...)`: each value written as Mojo 1.2 prints it.

use super::builder::FnCx;
use super::call::{none, CallArgs};
use super::{Checker, Value};
use crate::diag::Code;
use crate::mir::{Const, Intrinsic as I, Operand, Rvalue, Ty};
use crate::source::Span;

impl<'a> Checker<'a, '_> {
    pub(super) fn print(&mut self, cx: &mut FnCx<'a>, a: CallArgs, span: Span) -> Value {
        let mut sep = Operand::Const(Const::Str(" ".into()));
        let mut end = Operand::Const(Const::Str("\n".into()));
        for (name, v, s) in a.keywords {
            match name.as_str() {
                "sep" => sep = self.coerce(cx, v, &Ty::String, s),
                "end" => end = self.coerce(cx, v, &Ty::String, s),
                "flush" => {
                    self.coerce(cx, v, &Ty::Bool, s);
                }
                other => {
                    self.error(
                        Code::UNKNOWN_KEYWORD,
                        s,
                        format!("unknown keyword argument '{other}' in call to 'print'"),
                    )
                    .label("print takes `sep`, `end` and `flush`");
                }
            }
        }
        // `print` is one call in Mojo: what died while its arguments were computed (`d` in
        // `print(d.id + 1)`) is destroyed before it writes anything, and the values it is given
        // (and what they are views of) live until it has written everything, though here it
        // writes them one by one.
        cx.emit(None, Rvalue::StmtEnd, span);
        let mut keep = Vec::new();
        for (i, (v, s)) in a.positional.into_iter().enumerate() {
            if i > 0 {
                cx.emit(None, Rvalue::Intrinsic(I::WriteStr, vec![sep.clone()]), span);
            }
            let v = match v {
                Value::Lit(n) if n.is_float() => Value::Op(Operand::Const(Const::float(n.to_f64())), Ty::FLOAT64),
                v => v,
            };
            let (o, t) = self.materialize(cx, v, s);
            if let (Operand::Local(_), Ty::Struct(_)) = (&o, &t) {
                keep.push((o.clone(), t.clone()));
            }
            // A field given to `print` (`print(p.id)`) is a reference into its owner, which lives
            // until everything is written.
            if let Some(root) = cx.view_root(&o).filter(|r| Operand::Local(*r) != o) {
                keep.push((Operand::Local(root), cx.f.local_ty(root).clone()));
            }
            // So is an element read in place (`print(e)` after `ref e = t.ids[1]`).
            if let Some(owner) = cx.element_owner(&o) {
                keep.push((Operand::Local(owner), cx.f.local_ty(owner).clone()));
            }
            self.write_value(cx, o, t, s);
        }
        cx.emit(None, Rvalue::Intrinsic(I::WriteStr, vec![end]), span);
        // One statement reads them all, so they die together (in reverse order of declaration).
        if !keep.is_empty() {
            let (os, ts): (Vec<Operand>, Vec<Ty>) = keep.into_iter().unzip();
            let k = cx.temp(Ty::Tuple(ts));
            cx.emit(Some(k), Rvalue::Tuple(os), span);
        }
        none()
    }

    /// Write one value as `print` does.
    pub(super) fn write_value(&mut self, cx: &mut FnCx<'a>, o: Operand, t: Ty, s: Span) {
        let (intr, o) = match t {
            Ty::Int => (I::WriteInt, o),
            Ty::Simd(..) => return self.write_simd(cx, o, &t, s),
            Ty::Ptr(_) => (I::WriteStr, self.pointer_to_string(cx, o, s)),
            Ty::DType => match o {
                Operand::Const(Const::DType(dt)) => (I::WriteStr, Operand::Const(Const::Str(dt.name().into()))),
                _ => {
                    self.error(
                        Code::UNSUPPORTED,
                        s,
                        "printing a run-time DType value is not supported yet",
                    )
                    .label("not a compile-time DType");
                    return;
                }
            },
            Ty::Bool => (I::WriteBool, o),
            Ty::String => (I::WriteStr, o),
            Ty::Error => (
                I::WriteStr,
                cx.emit_temp(Ty::String, Rvalue::Intrinsic(I::ErrorToStr, vec![o]), s),
            ),
            Ty::Struct(st) => {
                if let Some(text) = self.struct_text(cx, Value::Op(o.clone(), Ty::Struct(st.clone())), s) {
                    (I::WriteStr, text)
                } else {
                    // The field-by-field default is `Writable`'s: a struct that does not declare
                    // it cannot be printed (Mojo 1.2; older Mojo printed any struct).
                    let t = Ty::Struct(st.clone());
                    if !cx.is_std && !self.legacy && !self.declares(&t, "Writable") {
                        self.error(
                            Code::TYPE_MISMATCH,
                            s,
                            format!(
                                "'{}' does not conform to trait 'Writable', so it cannot be printed",
                                t.name()
                            ),
                        )
                        .label("not Writable")
                        .with_help(format!(
                            "declare it: `struct {}(Writable):` (the default writes its fields)",
                            st.name
                        ));
                        return;
                    }
                    return self.write_struct(cx, o, &st, s);
                }
            }
            Ty::Unknown => return,
            Ty::Tuple(_) => (I::WriteStr, self.stringify(cx, o, &t, s)),
            other => {
                self.error(
                    Code::TYPE_MISMATCH,
                    s,
                    format!("a value of type '{}' cannot be printed", other.name()),
                )
                .label("does not conform to trait 'Writable'");
                return;
            }
        };
        cx.emit(None, Rvalue::Intrinsic(intr, vec![o]), s);
    }
}
