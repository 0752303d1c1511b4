//! `match`: cases tried in order, each pattern tested against the subject (values compared with
//! `==`, `_`, captured names, tuple patterns element by element, `|` alternatives) and its guard.

use super::builder::FnCx;
use super::{Checker, Value};
use crate::ast::{Expr, ExprKind};
use crate::mir::{BlockId, Operand, Rvalue, Ty};
use crate::source::Span;

impl<'a> Checker<'a, '_> {
    /// `match subject:` — each `case` in order: its pattern (a value compared with `==`, `_`, a
    /// name that captures the subject, or `p1 | p2`), then its guard; the first that holds runs
    /// its body.
    pub(super) fn match_stmt(
        &mut self,
        cx: &mut FnCx<'a>,
        subject: &'a Expr,
        cases: &'a [crate::ast::MatchCase],
        span: Span,
    ) {
        let v = self.expr(cx, subject);
        let (o, t) = self.materialize(cx, v, subject.span);
        let subj = cx.temp(t.clone());
        cx.emit(Some(subj), Rvalue::Use(o), subject.span);
        let done = cx.new_block();
        let mut ends = Vec::new();
        for case in cases {
            let mut alts = Vec::new();
            split_alternatives(&case.pattern, &mut alts);
            let body_b = cx.new_block();
            let next = cx.new_block();
            let before = cx.init.clone();
            cx.push_scope();
            // Each alternative is tried in turn; names in a pattern capture (one alternative only).
            let captures = alts.len() == 1;
            for alt in &alts {
                let try_next = cx.new_block();
                self.match_pattern(cx, Operand::Local(subj), &t, alt, captures, try_next);
                cx.goto(body_b);
                cx.switch_to(try_next);
            }
            cx.goto(next);
            cx.switch_to(body_b);
            if let Some(g) = &case.guard {
                let c = self.cond(cx, g);
                cx.continue_if(c, next);
            }
            self.block(cx, &case.body);
            cx.pop_scope();
            ends.push(cx.init_state());
            cx.goto(done);
            cx.switch_to(next);
            cx.set_init(&before);
        }
        let _ = span;
        ends.push(cx.init_state());
        cx.goto(done);
        cx.switch_to(done);
        cx.merge_init(&ends);
    }

    /// Test `pat` against the value `v` of type `t`, going on in the current block when it
    /// matches and to `fail` when not: `_` matches anything, a new name matches anything and
    /// (with `capture`) binds it, a tuple pattern matches a tuple element by element, and any
    /// other expression is a value compared with `==`.
    pub(super) fn match_pattern(
        &mut self,
        cx: &mut FnCx<'a>,
        v: Operand,
        t: &Ty,
        pat: &Expr,
        capture: bool,
        fail: BlockId,
    ) {
        match &pat.kind {
            ExprKind::Name(n) if n == "_" => {}
            ExprKind::Name(n) if cx.lookup(n).is_none() && !self.items.const_index.contains_key(n) => {
                if capture {
                    cx.define(n, t.clone(), Rvalue::Use(v), false, pat.span);
                }
            }
            ExprKind::Tuple(items) if matches!(t, Ty::Tuple(ts) if ts.len() == items.len()) => {
                let Ty::Tuple(ts) = t else { unreachable!() };
                for (i, (item, et)) in items.iter().zip(ts).enumerate() {
                    let f = cx.emit_temp(et.clone(), Rvalue::Field(v.clone(), i as u32), item.span);
                    self.match_pattern(cx, f, et, item, capture, fail);
                }
            }
            _ => {
                let pv = self.expr(cx, pat);
                let c = self.compare_pair_public(cx, Value::Op(v, t.clone()), pv, pat.span);
                cx.continue_if(c, fail);
            }
        }
    }
}

/// The alternatives of a `case` pattern: `1 | 2 | 3` (parsed as bitwise or) is three.
fn split_alternatives<'e>(p: &'e Expr, out: &mut Vec<&'e Expr>) {
    match &p.kind {
        ExprKind::Binary(crate::ast::BinOp::BitOr, a, b) => {
            split_alternatives(a, out);
            split_alternatives(b, out);
        }
        _ => out.push(p),
    }
}
