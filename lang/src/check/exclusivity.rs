//! Argument exclusivity: a value passed to a `mut` argument may not reach the same call through
//! another argument that refers to it (`both(xs, xs)`, `swap(ys[0], ys[2])`), as Mojo 1.2 checks
//! with origins. Places are compared by their paths from a variable: fields with different names
//! are apart, two elements of one collection may be the same one. An argument passed by value
//! (a `var` argument, or a read-only `Int`, `Bool` or SIMD value, which Mojo passes in registers)
//! aliases nothing.

use super::builder::{Binding, FnCx};
use super::call::{CallArgs, VARIADIC};
use super::{Checker, Sig};
use crate::ast::{Expr, ExprKind};
use crate::diag::Code;
use crate::mir::Ty;

/// One step of a place's path from its variable.
#[derive(PartialEq)]
enum Step {
    Field(String),
    Element,
}

impl<'a> Checker<'a, '_> {
    /// Report a `mut` argument whose place another argument of the call also refers to.
    pub(super) fn check_exclusive_arguments(
        &mut self,
        cx: &FnCx<'a>,
        name: &str,
        sig: &Sig,
        slots: &[Option<usize>],
        a: &CallArgs,
    ) {
        if cx.is_std {
            return;
        }
        // (parameter, place root, path, span, passed mutably)
        let mut places = Vec::new();
        for (pi, (slot, p)) in slots.iter().zip(&sig.params).enumerate() {
            let Some(i) = *slot else { continue };
            if i == VARIADIC {
                continue;
            }
            let mutably = sig.writeback.contains(&pi);
            if !mutably && (p.mutable || by_register(&p.ty)) {
                continue;
            }
            let source = if i < a.sources.len() {
                a.sources[i].as_ref()
            } else {
                a.kw_sources.get(i - a.sources.len()).and_then(|s| s.as_ref())
            };
            let Some((root, path)) = source.and_then(|e| place_path(cx, e)) else {
                continue;
            };
            let span = Self::arg_value(a, i).1;
            places.push((p.name.clone(), root, path, span, mutably));
        }
        for (k, (pa, ra, xa, sa, ma)) in places.iter().enumerate() {
            for (pb, rb, xb, sb, mb) in &places[k + 1..] {
                if !(*ma || *mb) || ra != rb || !overlap(xa, xb) {
                    continue;
                }
                let how = |m: bool| if m { "mutably" } else { "immutably" };
                self.error(
                    Code::ALIASED_ARGUMENTS,
                    *sb,
                    format!(
                        "aliasing values passed {} to '{pa}' argument and passed {} to '{pb}' argument in '{name}' call",
                        how(*ma),
                        how(*mb)
                    ),
                )
                .label(format!("also passed to '{pb}'"))
                .secondary(*sa, format!("passed to '{pa}'"))
                .with_help("pass a copy to one of them (`x.copy()`), or split the call");
                return;
            }
        }
    }
}

/// Whether Mojo passes a read-only argument of type `t` by value (in registers).
fn by_register(t: &Ty) -> bool {
    matches!(
        t,
        Ty::Int | Ty::Bool | Ty::Simd(..) | Ty::DType | Ty::Ptr(_) | Ty::Func(_) | Ty::None
    )
}

/// The variable and path an argument expression names (`xs`, `p.x`, `ys[0]`, `g.rows[i].n`).
fn place_path(cx: &FnCx, e: &Expr) -> Option<(u32, Vec<Step>)> {
    match &e.kind {
        ExprKind::Name(n) => match cx.lookup(n) {
            Some(Binding::Var { local, .. }) => Some((*local, Vec::new())),
            _ => None,
        },
        ExprKind::Attr(base, field) => {
            let (root, mut path) = place_path(cx, base)?;
            path.push(Step::Field(field.text.clone()));
            Some((root, path))
        }
        ExprKind::Subscript { base, .. } => {
            let (root, mut path) = place_path(cx, base)?;
            path.push(Step::Element);
            Some((root, path))
        }
        _ => None,
    }
}

/// Whether two paths from one variable may refer to overlapping places: one extends the other,
/// where any two elements may be the same one.
fn overlap(a: &[Step], b: &[Step]) -> bool {
    a.iter().zip(b).all(|(x, y)| x == y)
}
