//! Copies and moves of values: a struct's copy constructor (or a copy of each field), its move
//! constructor on a transfer, and `x^` arriving where a value is stored.

use super::builder::FnCx;
use super::call::CallArgs;
use super::{Checker, Value};
use crate::mir::{Const, FuncId, Operand, Rvalue, Ty};
use crate::source::Span;

impl<'a> Checker<'a, '_> {
    /// A copy of `o`: through the struct's copy constructor (`__init__(out self, *, copy: Self)`,
    /// or the older `__copyinit__`), else field by field for a struct with something to destroy
    /// (so the copy owns its own fields), else the value itself.
    pub(super) fn copy_value(&mut self, cx: &mut FnCx<'a>, o: Operand, t: &Ty, span: Span) -> Operand {
        if matches!(t, Ty::String | Ty::Error) {
            let c = cx.emit_temp(
                t.clone(),
                Rvalue::Intrinsic(crate::mir::Intrinsic::StrCopy, vec![o]),
                span,
            );
            if let Operand::Local(l) = c {
                self.mark_owner(cx, l);
            }
            return c;
        }
        if let Ty::Tuple(ts) = t {
            if !self.needs_drop(t) {
                return o;
            }
            let mut parts = Vec::new();
            for (i, et) in ts.iter().enumerate() {
                let f = cx.emit_temp(et.clone(), Rvalue::Field(o.clone(), i as u32), span);
                let c = self.copy_value(cx, f, et, span);
                self.consume(cx, &c, span);
                parts.push(c);
            }
            let c = cx.emit_temp(t.clone(), Rvalue::Tuple(parts), span);
            if let Operand::Local(l) = c {
                self.mark_owner(cx, l);
            }
            return c;
        }
        let Ty::Struct(st) = t else { return o };
        let id = st.id as usize;
        let copy_ctor = self.keyword_constructors(id, "copy", false);
        if !copy_ctor.is_empty() {
            let args = CallArgs::keyword("copy".into(), Value::Op(o, t.clone()), span);
            let name = st.name.clone();
            return match self.call_user(cx, &name, &copy_ctor, args, span, span) {
                Value::Op(c, _) => c,
                Value::Lit(_) => Operand::Const(Const::None),
            };
        }
        let legacy = self.methods_of(id, "__copyinit__", true);
        if !legacy.is_empty() {
            let args = CallArgs::of(vec![(Value::Op(o, t.clone()), span)]);
            let name = format!("{}.__copyinit__", st.name);
            return match self.call_user(cx, &name, &legacy, args, span, span) {
                Value::Op(c, _) => c,
                Value::Lit(_) => Operand::Const(Const::None),
            };
        }
        if !self.needs_drop(t) {
            return o;
        }
        let fields: Vec<Ty> = st.fields().iter().map(|(_, t)| t.clone()).collect();
        let mut parts = Vec::new();
        for (i, ft) in fields.iter().enumerate() {
            let f = cx.emit_temp(ft.clone(), Rvalue::Field(o.clone(), i as u32), span);
            let c = self.copy_value(cx, f, ft, span);
            self.consume(cx, &c, span);
            parts.push(c);
        }
        let c = cx.emit_temp(t.clone(), Rvalue::Tuple(parts), span);
        if let Operand::Local(l) = c {
            self.mark_owner(cx, l);
        }
        c
    }

    /// A value arriving in a new home (a variable, a field, memory, the caller): one transferred
    /// out of a variable (`x^`) moves there through the type's move constructor.
    pub(super) fn arrive(&mut self, cx: &mut FnCx<'a>, o: Operand, t: &Ty, span: Span) -> Operand {
        match o {
            Operand::Local(l) if cx.transferred.remove(&l) => self.move_value(cx, o, t, span),
            o => o,
        }
    }

    /// The constructors of struct `id` that take just the keyword-only argument `name` (`copy`,
    /// or `deinit move`).
    pub(super) fn keyword_constructors(&self, id: usize, name: &str, deinit: bool) -> Vec<FuncId> {
        self.structs[id]
            .inits
            .iter()
            .copied()
            .filter(|f| {
                let p = &self.sigs[*f as usize].params;
                p.len() == 1 && p[0].name == name && p[0].kw_only && p[0].deinit == deinit
            })
            .collect()
    }

    /// The struct's move constructors (`__init__(out self, *, deinit move: Self)`), or the older
    /// `__moveinit__`s (with `true`); `None` if it moves by its bits.
    pub(super) fn move_constructor(&mut self, t: &Ty) -> Option<(Vec<FuncId>, bool)> {
        let Ty::Struct(st) = t else { return None };
        let id = st.id as usize;
        let move_ctor = self.keyword_constructors(id, "move", true);
        if !move_ctor.is_empty() {
            return Some((move_ctor, false));
        }
        let legacy = self.methods_of(id, "__moveinit__", true);
        (!legacy.is_empty()).then_some((legacy, true))
    }

    /// The owned value `o` moved to a new place: through the struct's move constructor if it has
    /// one, else by its bits.
    pub(super) fn move_value(&mut self, cx: &mut FnCx<'a>, o: Operand, t: &Ty, span: Span) -> Operand {
        let Some((ids, legacy)) = self.move_constructor(t) else {
            return o;
        };
        let Ty::Struct(st) = t else { return o };
        let (name, args) = if legacy {
            let args = CallArgs::of(vec![(Value::Op(o.clone(), t.clone()), span)]);
            (format!("{}.__moveinit__", st.name), args)
        } else {
            let args = CallArgs::keyword("move".into(), Value::Op(o.clone(), t.clone()), span);
            (st.name.clone(), args)
        };
        match self.call_user(cx, &name, &ids, args, span, span) {
            Value::Op(m, _) => m,
            Value::Lit(_) => o,
        }
    }
}
