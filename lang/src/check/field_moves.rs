//! Moving a value out of a field: `var old = self.items^` leaves the field without a value, and
//! the variable may not be used as a whole (nor that field read) until the field is given a new
//! one (`self.items = new^`), as in Mojo 1.2. The checker keeps the moved-out fields of the
//! statement list being lowered (`FnCx::moved_fields`); an assignment to the field gives it its
//! value back without destroying anything, and a statement that uses the variable before that,
//! a `return` or `raise` on the way, or the end of the statement list is an error
//! ([E0306](../../../spec/errors/E0306.md)).

use super::builder::{Binding, FnCx};
use super::Checker;
use crate::ast::{Expr, ExprKind, Stmt, StmtKind};
use crate::diag::Code;
use crate::source::Span;

/// A field moved out of a variable, waiting for a new value.
#[derive(Clone, Debug)]
pub struct MovedField {
    /// The variable's name and the field path (`["self", "items"]`).
    pub path: Vec<String>,
    pub span: Span,
}

impl MovedField {
    fn text(&self) -> String {
        self.path.join(".")
    }
}

/// The names of a place made of fields of a variable (`b.s.t` is `[b, s, t]`), if it is one.
pub(super) fn field_path(e: &Expr) -> Option<Vec<String>> {
    match &e.kind {
        ExprKind::Name(n) => Some(vec![n.clone()]),
        ExprKind::Attr(base, f) => {
            let mut p = field_path(base)?;
            p.push(f.text.clone());
            Some(p)
        }
        _ => None,
    }
}

impl<'a> Checker<'a, '_> {
    /// Record that the field `place` (a field of a variable that owns it) was moved out at `span`.
    /// `None` if `place` is not a field of such a variable.
    pub(super) fn note_field_move(&mut self, cx: &mut FnCx<'a>, place: &Expr, span: Span) -> Option<()> {
        let path = field_path(place).filter(|p| p.len() > 1)?;
        let Some(Binding::Var { local, mutable: true }) = cx.lookup(&path[0]) else {
            return None;
        };
        if cx.deinit_params.contains(local) {
            return None;
        }
        cx.moved_fields.push(MovedField { path, span });
        Some(())
    }

    /// An assignment to `target` gives a moved-out field its value back: nothing old to destroy.
    pub(super) fn refill_moved_field(&mut self, cx: &mut FnCx<'a>, target: &Expr) -> bool {
        let Some(path) = field_path(target) else { return false };
        match cx.moved_fields.iter().position(|m| m.path == path) {
            Some(i) => {
                cx.moved_fields.remove(i);
                true
            }
            None => false,
        }
    }

    /// Before statement `s`: a moved-out field must not be read, nor its variable used whole,
    /// before it gets a new value; `return` and `raise` may not leave with one.
    pub(super) fn check_moved_fields_before(&mut self, cx: &mut FnCx<'a>, s: &Stmt) {
        if cx.moved_fields.is_empty() {
            return;
        }
        let pending = cx.moved_fields.clone();
        for m in pending {
            let used = match &s.kind {
                // `self.items = new^`: the refill (reading another field on the right is fine).
                StmtKind::Assign { targets, value }
                    if targets.len() == 1 && field_path(&targets[0]).as_ref() == Some(&m.path) =>
                {
                    uses_place(value, &m.path)
                }
                StmtKind::Return(_) | StmtKind::Raise(_) => {
                    self.moved_field_error(&m, s.span, "the function leaves while it is moved out");
                    cx.moved_fields.retain(|x| x.path != m.path);
                    continue;
                }
                StmtKind::Expr(e) | StmtKind::Assert { cond: e, .. } => uses_place(e, &m.path),
                StmtKind::Var { value: Some(e), .. } | StmtKind::RefBind { value: e, .. } => uses_place(e, &m.path),
                StmtKind::Var { value: None, .. } | StmtKind::Pass | StmtKind::Break | StmtKind::Continue => false,
                StmtKind::Assign { targets, value } => {
                    uses_place(value, &m.path) || targets.iter().any(|t| uses_place(t, &m.path))
                }
                StmtKind::AugAssign { target, value, .. } => uses_place(target, &m.path) || uses_place(value, &m.path),
                // A compound statement: any mention of the variable.
                _ => super::captures::free_names(std::slice::from_ref(s), &[]).contains(&m.path[0]),
            };
            if used {
                let place = m.text();
                self.error(
                    Code::UNINITIALIZED,
                    s.span,
                    format!("use of uninitialized value '{place}'"),
                )
                .label("used here before it is given a new value")
                .secondary(m.span, "moved out here")
                .with_help(format!("assign `{place} = ...` before the variable is used again"));
                cx.moved_fields.retain(|x| x.path != m.path);
            }
        }
    }

    /// At the end of a statement list: the fields moved out in it (from `first` on) must have
    /// their values back.
    pub(super) fn check_moved_fields_at_end(&mut self, cx: &mut FnCx<'a>, first: usize, end: Span) {
        if cx.moved_fields.len() <= first {
            return;
        }
        let left: Vec<MovedField> = cx.moved_fields.drain(first..).collect();
        if !cx.reachable() {
            return;
        }
        for m in left {
            self.moved_field_error(&m, end, "it has no value at the end of this block");
        }
    }

    fn moved_field_error(&mut self, m: &MovedField, at: Span, why: &str) {
        let place = m.text();
        self.error(
            Code::UNINITIALIZED,
            m.span,
            format!("'{place}' is moved out and not given a new value"),
        )
        .label("moved out here")
        .secondary(at, why)
        .with_help(format!("assign `{place} = ...` before the variable is used again"));
    }
}

/// Whether `e` reads the place `path` or a place overlapping it (the variable as a whole, the
/// field, or a field inside it), or calls a method on one.
fn uses_place(e: &Expr, path: &[String]) -> bool {
    let target: Vec<&str> = path.iter().map(String::as_str).collect();
    super::replaced_values::reads(e, &target)
}
