//! Assignment targets are evaluated once, before the value assigned, as in Mojo 1.2:
//! `counts[roll()] += 1` calls `roll` once, and in `ys[i] = tick(i)` the index is the one `i` had
//! before the right-hand side ran. The index expressions of a target (at any depth: `ps[f()].v`,
//! `g[f()][h()]`) are computed first into hidden variables, and the statement then works on a
//! copy of the target that names them.

use super::builder::FnCx;
use super::Checker;
use crate::ast::{Arg, Expr, ExprKind};
use crate::mir::{Operand, Rvalue, Ty};

/// Whether `target` indexes anything with an expression that is not a literal or a name (the
/// only targets `stabilize_target` changes, apart from names' values that it copies).
pub(super) fn has_computed_index(target: &Expr) -> bool {
    match &target.kind {
        ExprKind::Attr(base, _) => has_computed_index(base),
        ExprKind::Subscript { base, args } => {
            has_computed_index(base)
                || args.iter().any(|a| {
                    !matches!(
                        a.value.kind,
                        ExprKind::Int(_) | ExprKind::Str(_) | ExprKind::Name(_) | ExprKind::Slice { .. }
                    )
                })
        }
        _ => false,
    }
}

impl<'a> Checker<'a, '_> {
    /// `target` with each of its index expressions replaced by a hidden variable holding its value.
    pub(super) fn stabilize_target(&mut self, cx: &mut FnCx<'a>, target: &Expr) -> Expr {
        match &target.kind {
            ExprKind::Attr(base, field) => Expr::new(
                ExprKind::Attr(Box::new(self.stabilize_target(cx, base)), field.clone()),
                target.span,
            ),
            ExprKind::Subscript { base, args } => {
                let base = self.stabilize_target(cx, base);
                let args = args
                    .iter()
                    .map(|a| Arg {
                        name: a.name.clone(),
                        value: self.computed_once(cx, &a.value),
                    })
                    .collect();
                Expr::new(
                    ExprKind::Subscript {
                        base: Box::new(base),
                        args,
                    },
                    target.span,
                )
            }
            _ => target.clone(),
        }
    }

    /// An index expression as a hidden variable with its value (literals and slices stay as
    /// written; so do variables holding values that own memory, which the statement reads only).
    fn computed_once(&mut self, cx: &mut FnCx<'a>, e: &Expr) -> Expr {
        match &e.kind {
            ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Str(_) | ExprKind::Bool(_) | ExprKind::Slice { .. } => {
                return e.clone()
            }
            ExprKind::Unary(_, inner) if matches!(inner.kind, ExprKind::Int(_) | ExprKind::Float(_)) => {
                return e.clone()
            }
            ExprKind::Name(n) => match cx.lookup(n) {
                Some(super::builder::Binding::Var { local, .. })
                    if matches!(cx.f.local_ty(*local), Ty::Int | Ty::Bool | Ty::Simd(..)) => {}
                _ => return e.clone(),
            },
            _ => {}
        }
        let v = self.expr(cx, e);
        if super::expr::is_poison(&v) {
            return e.clone();
        }
        let (o, t) = self.materialize(cx, v, e.span);
        let owned = Self::is_owned_temp(cx, &o);
        if owned {
            self.consume(cx, &o, e.span);
        }
        let name = format!("__index{}", cx.f.locals.len());
        let in_place = match &o {
            Operand::Local(x) => cx.element_addresses.get(x).cloned(),
            _ => None,
        };
        // A call's result or a transfer (`d[P(1)] = v`, `d[q^] = v`) is still a temporary: its
        // last use (a `var` argument, a `Dict` key) may move it, also when it has nothing to
        // destroy.
        let temporary = owned
            || matches!(e.kind, ExprKind::Transfer(_))
            || matches!(&o, Operand::Local(x) if cx.f.locals[*x as usize].name.is_none() && !cx.element_addresses.contains_key(x));
        let l = cx.define(&name, t, Rvalue::Use(o), false, e.span);
        if temporary {
            cx.f.locals[l as usize].name = None;
        }
        if owned {
            self.mark_owner(cx, l);
        }
        // An element read in place stays the collection's (see `references.rs`).
        if let Some(addr) = in_place {
            cx.element_addresses.insert(l, addr);
        }
        Expr::new(ExprKind::Name(name), e.span)
    }

    /// The type a value assigned to `target` must have, when known without evaluating it: a
    /// variable's, a field's (`b.items = []`), or what a struct's `__setitem__` takes
    /// (`d["q"] = []`). It types an empty collection literal on the right.
    pub(super) fn assignment_hint(&mut self, cx: &FnCx<'a>, target: &Expr) -> Option<Ty> {
        match &target.kind {
            ExprKind::Name(_) | ExprKind::Attr(..) => self.static_type(cx, target),
            ExprKind::Subscript { base, .. } => {
                let Some(Ty::Struct(st)) = self.static_type(cx, base) else {
                    return None;
                };
                let ids = self.methods_of(st.id as usize, "__setitem__", true);
                let mut tys = ids.iter().filter_map(|&f| {
                    let sig = &self.sigs[f as usize];
                    sig.params.iter().rfind(|p| !p.kw_only).map(|p| p.ty.clone())
                });
                let first = tys.next()?;
                tys.all(|t| t == first).then_some(first)
            }
            _ => None,
        }
    }
}
