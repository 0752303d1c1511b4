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
        let (Some(root), Some(path)) = (place_root(target), field_path(target)) else {
            return;
        };
        // A field moved out has no old value (`field_moves.rs`).
        if cx
            .moved_fields
            .iter()
            .any(|m| m.path.iter().map(String::as_str).eq(path.iter().copied()))
        {
            return;
        }
        if !matches!(cx.lookup(root), Some(Binding::Var { .. })) || reads(value, &path) {
            return;
        }
        // If the new value raised, the place would keep a destroyed value: only where it cannot.
        let may_raise = cx.f.raises || cx.handlers.iter().any(|h| h.catches);
        if may_raise && self.may_raise(cx, value) {
            return;
        }
        let needs_drop = match self.static_type(cx, target) {
            Some(t) => self.needs_drop(&t),
            None => false,
        };
        if !needs_drop {
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

impl<'a> Checker<'a, '_> {
    /// Whether evaluating `e` may raise, conservatively: calls of functions or constructors
    /// that do not raise, `.copy()`, and expressions without calls or subscripts do not.
    fn may_raise(&mut self, cx: &FnCx<'a>, e: &Expr) -> bool {
        let args = |c: &mut Self, xs: &[Arg]| xs.iter().any(|a| c.may_raise(cx, &a.value));
        match &e.kind {
            ExprKind::Name(_) | ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Str(_) | ExprKind::Bool(_) => false,
            ExprKind::None => false,
            ExprKind::Attr(base, _) | ExprKind::Unary(_, base) | ExprKind::Transfer(base) => self.may_raise(cx, base),
            ExprKind::Binary(_, a, b) => self.may_raise(cx, a) || self.may_raise(cx, b),
            ExprKind::Tuple(items) => items.iter().any(|i| self.may_raise(cx, i)),
            ExprKind::Call { callee, args: a } => {
                let callee_raises = match &callee.kind {
                    ExprKind::Name(n) if cx.lookup(n).is_none() => self.name_may_raise(n),
                    ExprKind::Attr(base, m) if m.text == "copy" && a.is_empty() => self.may_raise(cx, base),
                    _ => true,
                };
                callee_raises || args(self, a)
            }
            _ => true,
        }
    }

    /// Whether a function or a struct's constructor named `n` may raise (unknown names may).
    fn name_may_raise(&mut self, n: &str) -> bool {
        let ids = match (self.fn_by_name.get(n), self.struct_by_name.get(n)) {
            (Some(ids), _) => ids.clone(),
            (None, Some(&st)) => self.structs[st].inits.clone(),
            _ => return true,
        };
        ids.is_empty() || ids.iter().any(|&f| self.sigs[f as usize].raises)
    }
}

/// The variable a field or element place starts from (`h` in `h.a.b`, `xs` in `xs[i].f`).
fn place_root(e: &Expr) -> Option<&str> {
    match &e.kind {
        ExprKind::Attr(base, _) | ExprKind::Subscript { base, .. } => match &base.kind {
            ExprKind::Name(n) => Some(n),
            _ => place_root(base),
        },
        _ => None,
    }
}

/// The names of a place made of fields (`h.a.b` is `[h, a, b]`); an index ends the path there
/// (`xs[i].f` is `[xs]`: any element).
fn field_path(e: &Expr) -> Option<Vec<&str>> {
    match &e.kind {
        ExprKind::Name(n) => Some(vec![n.as_str()]),
        ExprKind::Attr(base, f) => {
            let mut p = field_path(base)?;
            p.push(&f.text);
            Some(p)
        }
        ExprKind::Subscript { base, .. } => field_path(base).map(|mut p| {
            p.truncate(1);
            p
        }),
        _ => None,
    }
}

/// Whether a place with path `a` overlaps one with path `b` (one is a prefix of the other).
fn overlaps(a: &[&str], b: &[&str]) -> bool {
    a.iter().zip(b).all(|(x, y)| x == y)
}

/// Whether `e` may read the place `target` (a path): a place in it that overlaps, or a method
/// called on such a place (`h.show()` may read `h.a`). Conservatively true for expressions it
/// does not look into.
pub(super) fn reads(e: &Expr, target: &[&str]) -> bool {
    let r = |x: &Expr| reads(x, target);
    let args = |xs: &[Arg]| xs.iter().any(|a| reads(&a.value, target));
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attr(..) => match field_path(e) {
            Some(p) => overlaps(&p, target),
            None => match &e.kind {
                ExprKind::Attr(base, _) => r(base),
                _ => false,
            },
        },
        ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Str(_) | ExprKind::Bool(_) | ExprKind::None => false,
        // `x.f.copy()`: the method reads its receiver `x.f`.
        ExprKind::Call { callee, args: a } => {
            let receiver = match &callee.kind {
                ExprKind::Attr(base, _) => r(base),
                _ => r(callee),
            };
            receiver || args(a)
        }
        ExprKind::Subscript { base, args: a } => r(base) || args(a),
        ExprKind::Binary(_, a, b) | ExprKind::And(a, b) | ExprKind::Or(a, b) => r(a) || r(b),
        ExprKind::Unary(_, a) | ExprKind::Transfer(a) => r(a),
        ExprKind::Compare(a, rest) => r(a) || rest.iter().any(|(_, x)| r(x)),
        ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().any(r),
        ExprKind::IfElse { cond, then, orelse } => r(cond) || r(then) || r(orelse),
        _ => true,
    }
}
