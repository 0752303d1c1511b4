//! Collection literals: `[a, b, c]` builds a `List` (the stdlib struct) of the element type the
//! context expects (`var xs: List[Float64] = [1, 2]`), or else of the elements' own type.

use super::builder::FnCx;
use super::expr::{is_poison, poison};
use super::generics::ParamValue;
use super::{Checker, Value};
use crate::ast::{Expr, ExprKind};
use crate::diag::Code;
use crate::mir::{Const, Operand, Rvalue, Ty};
use crate::source::Span;

impl Checker<'_, '_> {
    /// The element type of a `List[T]` instance, if `t` is one.
    pub(super) fn list_element(&self, t: &Ty) -> Option<Ty> {
        let Ty::Struct(st) = t else { return None };
        let template = *self.generic_structs.get("List")?;
        if !std::ptr::eq(self.struct_decls[st.id as usize], self.struct_decls[template]) {
            return None;
        }
        self.struct_envs[st.id as usize].iter().find_map(|(_, v)| match v {
            ParamValue::Type(t) => Some(t.clone()),
            _ => None,
        })
    }

    /// `List[elem]` as a type.
    pub(super) fn list_type(&mut self, elem: Ty, span: Span) -> Option<Ty> {
        let Some(&template) = self.generic_structs.get("List") else {
            self.error(Code::UNSUPPORTED, span, "list literals need the stdlib `List`")
                .label("no `List` in this program");
            return None;
        };
        let pname = self.struct_decls[template].params.first()?.name.as_ref()?.text.clone();
        let i = self.instantiate_struct(template, vec![(pname, ParamValue::Type(elem))])?;
        Some(Ty::Struct(self.structs[i].ty.clone()))
    }

    /// `[a, b, c]`: a new `List` with those elements.
    pub(super) fn list_literal(&mut self, cx: &mut FnCx, items: &[Expr], span: Span) -> Value {
        let hint = self.hint.take().and_then(|t| self.list_element(&t));
        let values: Vec<(Value, Span)> = items.iter().map(|e| (self.expr(cx, e), e.span)).collect();
        if values.iter().any(|(v, _)| is_poison(v)) {
            return poison();
        }
        let elem = match hint {
            Some(t) => t,
            None => {
                let typed = values.iter().find_map(|(v, _)| match v {
                    Value::Op(_, t) => Some(t.clone()),
                    Value::Lit(_) => None,
                });
                match typed {
                    Some(t) => t,
                    None if values.iter().any(|(v, _)| matches!(v, Value::Lit(n) if n.is_float())) => Ty::FLOAT64,
                    None if !values.is_empty() => Ty::Int,
                    None => {
                        self.error(
                            Code::TYPE_MISMATCH,
                            span,
                            "cannot infer the element type of an empty list",
                        )
                        .label("empty list literal")
                        .with_help("write the type: `var xs: List[Int] = []` or `List[Int]()`");
                        return poison();
                    }
                }
            }
        };
        let Some(list_ty) = self.list_type(elem.clone(), span) else {
            return poison();
        };
        let Ty::Struct(st) = &list_ty else { return poison() };
        let id = st.id as usize;
        // `List[T](capacity=n)`, then `append` each element.
        let inits: Vec<_> = self.structs[id]
            .inits
            .iter()
            .copied()
            .filter(|f| matches!(&self.sigs[*f as usize].params[..], [p] if p.name == "capacity"))
            .collect();
        let name = format!("__list{}", cx.f.locals.len());
        let cap = Value::Op(Operand::Const(Const::Int(values.len() as i64)), Ty::Int);
        let a = super::call::CallArgs {
            positional: vec![],
            keywords: vec![("capacity".into(), cap, span)],
            sources: vec![],
            kw_sources: vec![None],
        };
        let label = st.name.clone();
        let Value::Op(init, _) = self.call_user(cx, &label, &inits, a, span, span) else {
            return poison();
        };
        let local = cx.define(&name, list_ty.clone(), Rvalue::Use(init), true, span);
        let append = self.methods_of(id, "append", true);
        for (v, s) in values {
            let a = super::call::CallArgs {
                positional: vec![(Value::Op(Operand::Local(local), list_ty.clone()), s), (v, s)],
                keywords: vec![],
                sources: vec![Some(Expr::new(ExprKind::Name(name.clone()), s)), None],
                kw_sources: vec![],
            };
            self.call_user(cx, "List.append", &append, a, s, s);
        }
        Value::Op(Operand::Local(local), list_ty)
    }
}
