//! When the old value of an assigned field or element is destroyed. Mojo 1.2 destroys it before
//! it evaluates the new value (which it then builds in place): in `h.a = make(2)` the old `h.a`'s
//! destructor runs before `make` is called, and in `xs[0] = T(21)` the old element's before
//! `T(21)` is built. Where the new value reads the assigned variable (`h.a = make(h.a.id + 1)`),
//! Mojo reads a destroyed value; mojo-like then keeps the old order (new value first), which
//! gives the same result without reading freed memory.

use super::builder::{Binding, FnCx};
use super::Checker;
use crate::ast::{Arg, Expr, ExprKind};
use crate::mir::{Operand, Rvalue};

impl<'a> Checker<'a, '_> {
    /// Destroy the value that assigning `value` to `target` replaces, before `value` is
    /// evaluated, where Mojo does so; `assign` then destroys nothing more (`replaced_destroyed`).
    pub(super) fn destroy_replaced_first(&mut self, cx: &mut FnCx<'a>, target: &Expr, value: &Expr) {
        if self.rebuilding || !cx.reachable() {
            return;
        }
        let Some(root) = place_root(target) else { return };
        if !matches!(cx.lookup(root), Some(Binding::Var { .. })) || mentions(value, root) {
            return;
        }
        match &target.kind {
            // While `__init__` builds `self`, its fields have no old values.
            ExprKind::Attr(..) if root == "self" && cx.out_self.is_some() => {}
            ExprKind::Attr(..) => {
                let crate::check::Value::Op(old, t) = self.expr(cx, target) else {
                    return;
                };
                if self.needs_drop(&t) {
                    cx.emit(None, Rvalue::DropValue(old), target.span);
                    self.replaced_destroyed = true;
                }
            }
            ExprKind::Subscript { base, .. } => {
                let Some(crate::mir::Ty::Struct(st)) = self.static_type(cx, base) else {
                    return;
                };
                if !self.methods_of(st.id as usize, "__setitem__", true).is_empty()
                    || !self.has_address_getitem(cx, base)
                {
                    return;
                }
                let crate::check::Value::Op(Operand::Local(l), t) = self.expr(cx, target) else {
                    return;
                };
                let Some(addr) = cx.element_addresses.get(&l).cloned() else {
                    return;
                };
                if self.needs_drop(&t) {
                    let old = cx.emit_temp(t, Rvalue::Load(addr), target.span);
                    cx.emit(None, Rvalue::DropValue(old), target.span);
                    self.replaced_destroyed = true;
                }
            }
            _ => {}
        }
    }
}

/// The variable a field or element place starts from (`h` in `h.a.b`, `xs` in `xs[i].f`).
fn place_root(e: &Expr) -> Option<&str> {
    match &e.kind {
        ExprKind::Attr(base, _) | ExprKind::Subscript { base, .. } if !matches!(e.kind, ExprKind::Name(_)) => {
            match &base.kind {
                ExprKind::Name(n) => Some(n),
                _ => place_root(base),
            }
        }
        _ => None,
    }
}

/// Whether `e` names `name` anywhere (conservatively: any expression it cannot look into counts).
fn mentions(e: &Expr, name: &str) -> bool {
    let m = |x: &Expr| mentions(x, name);
    let args = |xs: &[Arg]| xs.iter().any(|a| mentions(&a.value, name));
    match &e.kind {
        ExprKind::Name(n) => n == name,
        ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Str(_) | ExprKind::Bool(_) | ExprKind::None => false,
        ExprKind::Attr(base, _) => m(base),
        ExprKind::Call { callee, args: a } => m(callee) || args(a),
        ExprKind::Subscript { base, args: a } => m(base) || args(a),
        ExprKind::Binary(_, a, b) | ExprKind::And(a, b) | ExprKind::Or(a, b) => m(a) || m(b),
        ExprKind::Unary(_, a) | ExprKind::Transfer(a) => m(a),
        ExprKind::Compare(a, rest) => m(a) || rest.iter().any(|(_, x)| m(x)),
        ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().any(m),
        ExprKind::IfElse { cond, then, orelse } => m(cond) || m(then) || m(orelse),
        _ => true,
    }
}
