//! Comparisons: `==`, `<`, `in`, `is` and their chains on numbers, strings, tuples, SIMD values
//! and structs (through their dunders, the defaults `Comparable`/`Equatable` provide, and the
//! field-wise equality `Equatable` derives).

use super::builder::FnCx;
use super::{Checker, Value};
use crate::ast::{CmpOp, Expr};
use crate::diag::Code;
use crate::mir::{BinOp as M, Const, LaneBin, Operand, Reduce, Rvalue, Terminator, Ty, UnOp};
use crate::source::Span;

impl<'a> Checker<'a, '_> {
    /// `a == b` as a `Bool` operand (for `match` patterns).
    pub(super) fn compare_pair_public(&mut self, cx: &mut FnCx<'a>, a: Value, b: Value, span: Span) -> Operand {
        self.compare_pair(cx, CmpOp::Eq, a, b, span)
    }

    /// `a == b` and `a != b` for a struct that declares `Equatable` (or `Comparable`) without
    /// an `__eq__`: field by field, as Mojo 1.2 derives it.
    pub(super) fn derived_equality(
        &mut self,
        cx: &mut FnCx<'a>,
        op: CmpOp,
        va: &Value,
        vb: &Value,
        span: Span,
    ) -> Option<Operand> {
        let (Value::Op(a, t @ Ty::Struct(st)), Value::Op(..)) = (va, vb) else {
            return None;
        };
        if !matches!(op, CmpOp::Eq | CmpOp::Ne) || !self.methods_of(st.id as usize, "__eq__", true).is_empty() {
            return None;
        }
        if op == CmpOp::Ne && !self.methods_of(st.id as usize, "__ne__", true).is_empty() {
            return None;
        }
        if !self.declares(t, "Equatable") && !self.declares(t, "Comparable") {
            return None;
        }
        let (st, b) = (st.clone(), self.coerce(cx, vb.clone(), t, span));
        let mut acc = Operand::Const(Const::Bool(true));
        for (i, (_, ft)) in st.fields().iter().enumerate() {
            let fa = cx.emit_temp(ft.clone(), Rvalue::Field(a.clone(), i as u32), span);
            let fb = cx.emit_temp(ft.clone(), Rvalue::Field(b.clone(), i as u32), span);
            let eq = self.compare_pair(
                cx,
                CmpOp::Eq,
                Value::Op(fa, ft.clone()),
                Value::Op(fb, ft.clone()),
                span,
            );
            acc = cx.emit_temp(Ty::Bool, Rvalue::Binary(crate::mir::BinOp::BoolAnd, acc, eq), span);
        }
        Some(if op == CmpOp::Ne {
            cx.emit_temp(Ty::Bool, Rvalue::Unary(UnOp::BoolNot, acc), span)
        } else {
            acc
        })
    }

    /// The methods `Comparable` and `Equatable` provide when a struct declaring them leaves them
    /// out, as in Mojo 1.2: `a > b` is `b < a`, `a <= b` is `not b < a`, `a >= b` is `not a < b`
    /// (from `__lt__`), and `a != b` is `not a == b` (from `__eq__`).
    pub(super) fn trait_default_compare(
        &mut self,
        cx: &mut FnCx<'a>,
        op: CmpOp,
        va: &Value,
        vb: &Value,
        name: &str,
        span: Span,
    ) -> Option<Operand> {
        let Value::Op(_, t @ Ty::Struct(st)) = va else {
            return None;
        };
        if !self.methods_of(st.id as usize, name, true).is_empty() {
            return None;
        }
        let (trait_name, via, swap, negate) = match op {
            CmpOp::Gt => ("Comparable", "__lt__", true, false),
            CmpOp::Le => ("Comparable", "__lt__", true, true),
            CmpOp::Ge => ("Comparable", "__lt__", false, true),
            CmpOp::Ne => ("Equatable", "__eq__", false, true),
            _ => return None,
        };
        let declared = self.declares(t, trait_name) || (trait_name == "Equatable" && self.declares(t, "Comparable"));
        if !declared || self.methods_of(st.id as usize, via, true).is_empty() {
            return None;
        }
        let (recv, arg) = if swap {
            (vb.clone(), va.clone())
        } else {
            (va.clone(), vb.clone())
        };
        let v = self.call_dunder(cx, via, recv, None, vec![(arg, span)], span)?;
        let b = self.truthy(cx, v, span);
        Some(if negate {
            cx.emit_temp(Ty::Bool, Rvalue::Unary(UnOp::BoolNot, b), span)
        } else {
            b
        })
    }

    pub(super) fn compare_pair(&mut self, cx: &mut FnCx<'a>, op: CmpOp, va: Value, vb: Value, span: Span) -> Operand {
        // Struct operands compare through their dunders: `a < b` is `a.__lt__(b)`, `x in c` is
        // `c.__contains__(x)`; as in Mojo 1.2, `!=` needs `__ne__` (no fallback to `__eq__`).
        let (receiver, other, name) = match op {
            CmpOp::In | CmpOp::NotIn => (vb.clone(), va.clone(), "__contains__"),
            CmpOp::Eq => (va.clone(), vb.clone(), "__eq__"),
            CmpOp::Ne => (va.clone(), vb.clone(), "__ne__"),
            CmpOp::Lt => (va.clone(), vb.clone(), "__lt__"),
            CmpOp::Le => (va.clone(), vb.clone(), "__le__"),
            CmpOp::Gt => (va.clone(), vb.clone(), "__gt__"),
            CmpOp::Ge => (va.clone(), vb.clone(), "__ge__"),
            CmpOp::Is => (va.clone(), vb.clone(), "__is__"),
            CmpOp::IsNot => (va.clone(), vb.clone(), "__isnot__"),
        };
        if matches!(receiver, Value::Op(_, Ty::Struct(_))) && !name.is_empty() {
            let struct_name = self.value_ty_name(&receiver);
            if let Some(b) = self.derived_equality(cx, op, &va, &vb, span) {
                return b;
            }
            if let Some(b) = self.trait_default_compare(cx, op, &va, &vb, name, span) {
                return b;
            }
            match self.call_dunder(cx, name, receiver, None, vec![(other, span)], span) {
                Some(v) => {
                    let b = self.truthy(cx, v, span);
                    return if op == CmpOp::NotIn {
                        cx.emit_temp(Ty::Bool, Rvalue::Unary(UnOp::BoolNot, b), span)
                    } else {
                        b
                    };
                }
                None => {
                    self.error(
                        Code::BAD_OPERATOR,
                        span,
                        format!("'{struct_name}' does not implement the '{name}' method"),
                    )
                    .label("no such operator method")
                    .with_help(format!(
                        "define `def {name}(self, other: ...) -> Bool` in '{struct_name}'"
                    ));
                    return Operand::Const(Const::Bool(false));
                }
            }
        }
        if let (Value::Lit(x), Value::Lit(y)) = (&va, &vb) {
            let ord = x.compare(y);
            let r = match op {
                CmpOp::Eq => ord.is_eq(),
                CmpOp::Ne => ord.is_ne(),
                CmpOp::Lt => ord.is_lt(),
                CmpOp::Le => ord.is_le(),
                CmpOp::Gt => ord.is_gt(),
                CmpOp::Ge => ord.is_ge(),
                _ => {
                    self.error(
                        Code::BAD_OPERATOR,
                        span,
                        "this comparison is not supported on number literals",
                    );
                    false
                }
            };
            return Operand::Const(Const::Bool(r));
        }
        // `x in (1, 2, 3)`: whether `x` equals one of the tuple's elements (of `x`'s type).
        if let (CmpOp::In | CmpOp::NotIn, Value::Op(t_op, Ty::Tuple(ts))) = (op, &vb) {
            let (t_op, ts) = (t_op.clone(), ts.clone());
            let mut any = Operand::Const(Const::Bool(false));
            for (i, et) in ts.iter().enumerate() {
                let e = cx.emit_temp(et.clone(), Rvalue::Field(t_op.clone(), i as u32), span);
                let eq = self.compare_pair(cx, CmpOp::Eq, va.clone(), Value::Op(e, et.clone()), span);
                any = cx.emit_temp(Ty::Bool, Rvalue::Binary(M::BoolOr, any, eq), span);
            }
            return if op == CmpOp::NotIn {
                cx.emit_temp(Ty::Bool, Rvalue::Unary(UnOp::BoolNot, any), span)
            } else {
                any
            };
        }
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            let (container, ct) = self.materialize(cx, vb, span);
            let item = self.coerce(cx, va, &Ty::String, span);
            if ct != Ty::String {
                self.error(
                    Code::BAD_OPERATOR,
                    span,
                    format!("'in' is not supported on '{}'", ct.name()),
                )
                .label("not a container");
                return Operand::Const(Const::Bool(false));
            }
            let r = cx.emit_temp(Ty::Bool, Rvalue::Binary(M::StrContains, container, item), span);
            return if op == CmpOp::NotIn {
                cx.emit_temp(Ty::Bool, Rvalue::Unary(UnOp::BoolNot, r), span)
            } else {
                r
            };
        }
        // Tuples compare element by element (`<` and friends in lexicographic order).
        if let (Value::Op(oa, Ty::Tuple(ta)), Value::Op(ob, Ty::Tuple(tb))) = (&va, &vb) {
            if ta.len() == tb.len() && !matches!(op, CmpOp::Is | CmpOp::IsNot) {
                let parts = |cx: &mut FnCx<'a>, o: &Operand, ts: &[Ty]| -> Vec<Value> {
                    ts.iter()
                        .enumerate()
                        .map(|(i, t)| {
                            Value::Op(
                                cx.emit_temp(t.clone(), Rvalue::Field(o.clone(), i as u32), span),
                                t.clone(),
                            )
                        })
                        .collect()
                };
                let xs = parts(cx, oa, ta);
                let ys = parts(cx, ob, tb);
                let and = |cx: &mut FnCx<'a>, a: Operand, b: Operand| {
                    cx.emit_temp(Ty::Bool, Rvalue::Binary(M::BoolAnd, a, b), span)
                };
                let or = |cx: &mut FnCx<'a>, a: Operand, b: Operand| {
                    cx.emit_temp(Ty::Bool, Rvalue::Binary(M::BoolOr, a, b), span)
                };
                return match op {
                    CmpOp::Eq | CmpOp::Ne => {
                        let mut all = Operand::Const(Const::Bool(true));
                        for (x, y) in xs.into_iter().zip(ys) {
                            let e = self.compare_pair(cx, CmpOp::Eq, x, y, span);
                            all = and(cx, all, e);
                        }
                        if op == CmpOp::Ne {
                            cx.emit_temp(Ty::Bool, Rvalue::Unary(UnOp::BoolNot, all), span)
                        } else {
                            all
                        }
                    }
                    _ => {
                        let strict = if matches!(op, CmpOp::Lt | CmpOp::Le) {
                            CmpOp::Lt
                        } else {
                            CmpOp::Gt
                        };
                        // From the last element: r = x_i <strict> y_i or (x_i == y_i and r).
                        let n = xs.len();
                        let mut r = if n == 0 {
                            Operand::Const(Const::Bool(matches!(op, CmpOp::Le | CmpOp::Ge)))
                        } else {
                            self.compare_pair(cx, op, xs[n - 1].clone(), ys[n - 1].clone(), span)
                        };
                        for i in (0..n.saturating_sub(1)).rev() {
                            let s = self.compare_pair(cx, strict, xs[i].clone(), ys[i].clone(), span);
                            let e = self.compare_pair(cx, CmpOp::Eq, xs[i].clone(), ys[i].clone(), span);
                            let tail = and(cx, e, r);
                            r = or(cx, s, tail);
                        }
                        r
                    }
                };
            }
        }
        // `DType`s compare for equality: folded when both are known (the usual case, a
        // compile-time parameter against a `DType.x` member), else by their codes at run time.
        if let (Value::Op(oa, Ty::DType), Value::Op(ob, Ty::DType)) = (&va, &vb) {
            if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                if let (Operand::Const(Const::DType(x)), Operand::Const(Const::DType(y))) = (oa, ob) {
                    return Operand::Const(Const::Bool((x == y) == (op == CmpOp::Eq)));
                }
                let ia = Value::Op(cx.emit_temp(Ty::Int, Rvalue::Cast(oa.clone(), Ty::Int), span), Ty::Int);
                let ib = Value::Op(cx.emit_temp(Ty::Int, Rvalue::Cast(ob.clone(), Ty::Int), span), Ty::Int);
                return self.compare_pair(cx, op, ia, ib, span);
            }
        }
        // `Bool`s order `False < True`.
        if let (Value::Op(oa, Ty::Bool), Value::Op(ob, Ty::Bool)) = (&va, &vb) {
            if matches!(op, CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge) {
                let ia = Value::Op(cx.emit_temp(Ty::Int, Rvalue::Cast(oa.clone(), Ty::Int), span), Ty::Int);
                let ib = Value::Op(cx.emit_temp(Ty::Int, Rvalue::Cast(ob.clone(), Ty::Int), span), Ty::Int);
                return self.compare_pair(cx, op, ia, ib, span);
            }
        }
        let target = match (&va, &vb) {
            (Value::Op(_, t), Value::Lit(_)) | (Value::Lit(_), Value::Op(_, t)) => Some(t.clone()),
            _ => None,
        };
        let (oa, ta) = match (&target, &va) {
            (Some(t), Value::Lit(_)) => (self.coerce(cx, va.clone(), t, span), t.clone()),
            _ => self.materialize(cx, va.clone(), span),
        };
        let (ob, tb) = match (&target, &vb) {
            (Some(t), Value::Lit(_)) => (self.coerce(cx, vb.clone(), t, span), t.clone()),
            _ => self.materialize(cx, vb.clone(), span),
        };
        use CmpOp::*;
        let mop = match (&ta, &tb, op) {
            (Ty::Int, Ty::Int, Eq) => M::IntEq,
            (Ty::Int, Ty::Int, Ne) => M::IntNe,
            (Ty::Int, Ty::Int, Lt) => M::IntLt,
            (Ty::Int, Ty::Int, Le) => M::IntLe,
            (Ty::Int, Ty::Int, Gt) => M::IntGt,
            (Ty::Int, Ty::Int, Ge) => M::IntGe,
            (Ty::Simd(dt, 1), Ty::Simd(dt2, 1), _) if dt == dt2 && !matches!(op, In | NotIn | Is | IsNot) => {
                let l = lane_compare(op);
                if !l.supports(*dt) {
                    return self.bad_compare(op, &ta, &tb, span);
                }
                M::Lane(l)
            }
            // Vectors: `==` is true when every lane is equal, `!=` when any differs; the ordering
            // operators are only for scalars (use `.lt()` etc. for element-wise results).
            (Ty::Simd(dt, w), Ty::Simd(dt2, w2), Eq | Ne) if dt == dt2 && w == w2 => {
                let (l, red) = if op == Eq {
                    (LaneBin::Eq, Reduce::And)
                } else {
                    (LaneBin::Ne, Reduce::Or)
                };
                let mask = cx.emit_temp(
                    Ty::Simd(crate::dtype::DType::Bool, *w),
                    Rvalue::Binary(M::Lane(l), oa, ob),
                    span,
                );
                let one = cx.emit_temp(Ty::Simd(crate::dtype::DType::Bool, 1), Rvalue::Reduce(red, mask), span);
                return cx.emit_temp(Ty::Bool, Rvalue::Cast(one, Ty::Bool), span);
            }
            (Ty::Simd(_, w), Ty::Simd(..), Lt | Le | Gt | Ge) if *w > 1 => {
                let method = match op {
                    Lt => "lt",
                    Le => "le",
                    Gt => "gt",
                    _ => "ge",
                };
                self.error(
                    Code::BAD_OPERATOR,
                    span,
                    format!("'{}' is only defined for scalars, not '{}'", cmp_symbol(op), ta.name()),
                )
                .label("ordering of SIMD vectors")
                .with_help(format!(
                    "compare element-wise with `a.{method}(b)`, which gives a SIMD of bool"
                ));
                return Operand::Const(Const::Bool(false));
            }
            // Pointers compare by address.
            (Ty::Ptr(_), Ty::Ptr(_), Eq | Ne | Lt | Le | Gt | Ge) => {
                let a = cx.emit_temp(Ty::Int, Rvalue::Cast(oa, Ty::Int), span);
                let b = cx.emit_temp(Ty::Int, Rvalue::Cast(ob, Ty::Int), span);
                let m = match op {
                    Eq => M::IntEq,
                    Ne => M::IntNe,
                    Lt => M::IntLt,
                    Le => M::IntLe,
                    Gt => M::IntGt,
                    _ => M::IntGe,
                };
                return cx.emit_temp(Ty::Bool, Rvalue::Binary(m, a, b), span);
            }
            (Ty::Bool, Ty::Bool, Eq) => M::BoolEq,
            (Ty::Bool, Ty::Bool, Ne) => M::BoolNe,
            (Ty::String, Ty::String, Eq) => M::StrEq,
            (Ty::String, Ty::String, Ne) => M::StrNe,
            (Ty::String, Ty::String, Lt) => M::StrLt,
            (Ty::String, Ty::String, Le) => M::StrLe,
            (Ty::String, Ty::String, Gt) => M::StrGt,
            (Ty::String, Ty::String, Ge) => M::StrGe,
            (Ty::None, Ty::None, Is | Eq) => return Operand::Const(Const::Bool(true)),
            (Ty::None, Ty::None, IsNot | Ne) => return Operand::Const(Const::Bool(false)),
            (Ty::Unknown, _, _) | (_, Ty::Unknown, _) => return Operand::Const(Const::Bool(false)),
            _ => return self.bad_compare(op, &ta, &tb, span),
        };
        cx.emit_temp(Ty::Bool, Rvalue::Binary(mop, oa, ob), span)
    }

    pub(super) fn bad_compare(&mut self, op: CmpOp, ta: &Ty, tb: &Ty, span: Span) -> Operand {
        self.error(
            Code::BAD_OPERATOR,
            span,
            format!(
                "'{}' is not supported between '{}' and '{}'",
                cmp_symbol(op),
                ta.name(),
                tb.name()
            ),
        )
        .label("no matching comparison for these types");
        Operand::Const(Const::Bool(false))
    }

    /// `a < b < c` is `a < b and b < c`, with `b` evaluated once.
    pub(super) fn compare(&mut self, cx: &mut FnCx<'a>, first: &Expr, rest: &[(CmpOp, Expr)], span: Span) -> Value {
        // `T == Int` of two types (`comptime if T == Int:` in a generic body): whether they are
        // the same type, known at compile time.
        if let [(op @ (CmpOp::Eq | CmpOp::Ne | CmpOp::Is | CmpOp::IsNot), other)] = rest {
            let is_type = |e: &Expr| {
                self.is_type_expr(e) && !matches!(&e.kind, crate::ast::ExprKind::Name(n) if cx.lookup(n).is_some())
            };
            if is_type(first) && is_type(other) {
                let same = self.resolve_type(first) == self.resolve_type(other);
                let v = if matches!(op, CmpOp::Eq | CmpOp::Is) {
                    same
                } else {
                    !same
                };
                return Value::Op(Operand::Const(Const::Bool(v)), Ty::Bool);
            }
        }
        if rest.len() == 1 && self.defers_fields(cx, &[first, &rest[0].1]) {
            // `x.id == f()`: the field is read when the comparison runs (`operand_order.rs`).
            let right = self.expr(cx, &rest[0].1);
            let left = self.expr(cx, first);
            return Value::Op(self.compare_pair(cx, rest[0].0, left, right, span), Ty::Bool);
        }
        let mut left = self.expr(cx, first);
        if rest.len() == 1 {
            let right = self.expr(cx, &rest[0].1);
            return Value::Op(self.compare_pair(cx, rest[0].0, left, right, span), Ty::Bool);
        }
        let result = cx.temp(Ty::Bool);
        let done = cx.new_block();
        for (i, (op, e)) in rest.iter().enumerate() {
            let right = self.expr(cx, e);
            let right = match right {
                Value::Lit(_) => right,
                other => {
                    let (o, t) = self.materialize(cx, other, e.span);
                    Value::Op(o, t)
                }
            };
            let r = self.compare_pair(cx, *op, left, right.clone(), span);
            cx.emit(Some(result), Rvalue::Use(r), span);
            if i + 1 < rest.len() {
                let next = cx.new_block();
                cx.terminate(Terminator::Branch {
                    cond: Operand::Local(result),
                    then: next,
                    orelse: done,
                });
                cx.switch_to(next);
            }
            left = right;
        }
        cx.switch_to(done);
        Value::Op(Operand::Local(result), Ty::Bool)
    }
}

fn cmp_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::Ne => "!=",
        CmpOp::Lt => "<",
        CmpOp::Le => "<=",
        CmpOp::Gt => ">",
        CmpOp::Ge => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}

fn lane_compare(op: CmpOp) -> LaneBin {
    match op {
        CmpOp::Eq => LaneBin::Eq,
        CmpOp::Ne => LaneBin::Ne,
        CmpOp::Lt => LaneBin::Lt,
        CmpOp::Le => LaneBin::Le,
        CmpOp::Gt => LaneBin::Gt,
        _ => LaneBin::Ge,
    }
}
