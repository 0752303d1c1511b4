//! When a call's operands are read. Mojo passes a field of a variable (`x.id`, `p.pos.x`) to a
//! call as a reference into the variable, which the call reads when it runs: after every other
//! operand has been evaluated. So in `both(y.id, bump(y), y.id)` both reads see what `bump` left,
//! in `take(x.id, noisy())` the variable `x` is still alive while `noisy` runs (and dies when
//! `take` has read it), and in `print(x.id, f())` it lives until the line is printed. Such a field
//! read has no side effects of its own, so the checker simply evaluates it after the call's other
//! operands.

use super::builder::{Binding, FnCx};
use super::Checker;
use crate::ast::{Expr, ExprKind};

impl<'a> Checker<'a, '_> {
    /// Whether `e` is a field of a run-time variable (`x.f`, `x.f.g`): a place the call reads when
    /// it runs.
    pub(super) fn is_variable_field(&self, cx: &FnCx<'a>, e: &Expr) -> bool {
        let ExprKind::Attr(first, _) = &e.kind else {
            return false;
        };
        let mut base: &Expr = first;
        loop {
            match &base.kind {
                ExprKind::Attr(inner, _) => base = inner,
                ExprKind::Name(n) => return matches!(cx.lookup(n), Some(Binding::Var { .. })),
                _ => return false,
            }
        }
    }

    /// Whether the operands `es` are evaluated in another order than written: some field of a
    /// variable comes before an operand that is not one (and may have effects).
    pub(super) fn defers_fields(&self, cx: &FnCx<'a>, es: &[&Expr]) -> bool {
        let mut field_seen = false;
        for e in es {
            if self.is_variable_field(cx, e) {
                field_seen = true;
            } else if field_seen && !matches!(e.kind, ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Str(_)) {
                return true;
            }
        }
        false
    }
}
