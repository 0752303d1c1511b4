//! The names a nested function's body uses, for its implicit captures (a nested `def` without a
//! capture list, `@parameter` closures): the ones that name variables of the function around it
//! become hidden parameters (see `stmt.rs`, `nested_def`). The same walk finds the names a body
//! takes the address of (`Pointer(to=x)`, `Pointer(to=self.items)`), for `address_args.rs`.

use crate::ast::{Expr, ExprKind, Stmt, StmtKind};
use std::collections::HashSet;

/// The names the statements read or assign, in order of first appearance, minus the ones they
/// declare themselves (`var`, `for` targets, `except` names, nested `def`s).
pub(super) fn free_names(body: &[Stmt], params: &[String]) -> Vec<String> {
    let mut w = Walker::default();
    w.declared.extend(params.iter().cloned());
    w.stmts(body);
    w.used.into_iter().filter(|n| !w.declared.contains(n)).collect()
}

/// The method calls on names the statements make (`x.area()` is `("x", "area", span)`), not
/// counting those in nested functions or in `comptime if` branches.
pub(super) fn method_calls(body: &[Stmt]) -> Vec<(String, String, crate::source::Span)> {
    let mut w = Walker::default();
    w.stmts(body);
    w.method_calls
}

/// The names whose address the statements take (`Pointer(to=NAME...)`,
/// `UnsafePointer(to=NAME...)`), nested functions included.
pub(super) fn pointed_names(body: &[Stmt]) -> HashSet<String> {
    let mut w = Walker::default();
    w.stmts(body);
    w.pointed
}

#[derive(Default)]
struct Walker {
    used: Vec<String>,
    seen: HashSet<String>,
    declared: HashSet<String>,
    pointed: HashSet<String>,
    method_calls: Vec<(String, String, crate::source::Span)>,
    /// How many `comptime if`s the walk is inside.
    comptime_branches: usize,
}

impl Walker {
    fn name(&mut self, n: &str) {
        if self.seen.insert(n.to_string()) {
            self.used.push(n.to_string());
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Def(f) => {
                self.declared.insert(f.name.text.clone());
                // What an inner closure captures, this one must capture too.
                let params: Vec<String> = f
                    .args
                    .iter()
                    .filter_map(|p| p.name.as_ref().map(|n| n.text.clone()))
                    .collect();
                for n in free_names(&f.body, &params) {
                    self.name(&n);
                }
                self.pointed.extend(pointed_names(&f.body));
                for (_, n) in &f.captures {
                    self.name(&n.text);
                }
            }
            StmtKind::Struct(_) | StmtKind::Trait(_) | StmtKind::Import { .. } | StmtKind::FromImport { .. } => {}
            StmtKind::Comptime { name, value, .. } => {
                self.expr(value);
                self.declared.insert(name.text.clone());
            }
            StmtKind::RefBind { name, value } => {
                self.expr(value);
                self.declared.insert(name.text.clone());
            }
            StmtKind::Var { names, value } => {
                if let Some(v) = value {
                    self.expr(v);
                }
                for (n, _) in names {
                    self.declared.insert(n.text.clone());
                }
            }
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.expr(t);
                }
                self.expr(value);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target);
                self.expr(value);
            }
            StmtKind::Expr(e) | StmtKind::Return(Some(e)) | StmtKind::Raise(Some(e)) => self.expr(e),
            StmtKind::If { comptime, arms, orelse } => {
                // A `comptime if conforms_to(T, Trait)` branch may use what its test proves.
                self.comptime_branches += usize::from(*comptime);
                for (c, b) in arms {
                    self.expr(c);
                    self.stmts(b);
                }
                if let Some(b) = orelse {
                    self.stmts(b);
                }
                self.comptime_branches -= usize::from(*comptime);
            }
            StmtKind::While { cond, body, orelse } => {
                self.expr(cond);
                self.stmts(body);
                if let Some(b) = orelse {
                    self.stmts(b);
                }
            }
            StmtKind::For {
                targets,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(iter);
                for t in targets {
                    self.declared.insert(t.text.clone());
                }
                self.stmts(body);
                if let Some(b) = orelse {
                    self.stmts(b);
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finally,
            } => {
                self.stmts(body);
                for h in handlers {
                    if let Some(n) = &h.name {
                        self.declared.insert(n.text.clone());
                    }
                    self.stmts(&h.body);
                }
                for b in [orelse, finally].into_iter().flatten() {
                    self.stmts(b);
                }
            }
            StmtKind::With { items, body } => {
                for (e, n) in items {
                    self.expr(e);
                    if let Some(n) = n {
                        self.declared.insert(n.text.clone());
                    }
                }
                self.stmts(body);
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for c in cases {
                    self.expr(&c.pattern);
                    if let Some(g) = &c.guard {
                        self.expr(g);
                    }
                    self.stmts(&c.body);
                }
            }
            StmtKind::Assert { cond, msg, .. } => {
                self.expr(cond);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Decorated { inner, .. } => self.stmt(inner),
            StmtKind::Break
            | StmtKind::Continue
            | StmtKind::Pass
            | StmtKind::Return(None)
            | StmtKind::Raise(None)
            | StmtKind::Error => {}
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(n) => self.name(n),
            ExprKind::FnType { .. }
            | ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Str(_)
            | ExprKind::Bool(_)
            | ExprKind::None
            | ExprKind::Ellipsis
            | ExprKind::Error => {}
            ExprKind::Tuple(xs) | ExprKind::List(xs) | ExprKind::Set(xs) => {
                for x in xs {
                    self.expr(x);
                }
            }
            ExprKind::TString(parts) => {
                for x in crate::tstring::exprs(parts) {
                    self.expr(x);
                }
            }
            ExprKind::Dict(kvs) => {
                for (k, v) in kvs {
                    self.expr(k);
                    self.expr(v);
                }
            }
            ExprKind::Binary(_, a, b) | ExprKind::And(a, b) | ExprKind::Or(a, b) => {
                self.expr(a);
                self.expr(b);
            }
            ExprKind::Unary(_, a)
            | ExprKind::Transfer(a)
            | ExprKind::Starred(a)
            | ExprKind::Attr(a, _)
            | ExprKind::ComptimeValue(a) => self.expr(a),
            ExprKind::Compare(a, rest) => {
                self.expr(a);
                for (_, b) in rest {
                    self.expr(b);
                }
            }
            ExprKind::IfElse { cond, then, orelse } => {
                self.expr(cond);
                self.expr(then);
                self.expr(orelse);
            }
            // The variable assigned is used like an assignment's target.
            ExprKind::Walrus(n, value) => {
                self.name(&n.text);
                self.expr(value);
            }
            ExprKind::Call { callee, args } | ExprKind::Subscript { base: callee, args } => {
                if let (ExprKind::Call { .. }, ExprKind::Attr(recv, m), 0) =
                    (&e.kind, &callee.kind, self.comptime_branches)
                {
                    if let ExprKind::Name(r) = &recv.kind {
                        self.method_calls.push((r.clone(), m.text.clone(), m.span));
                    }
                }
                if matches!(&callee.kind, ExprKind::Name(n) if n == "Pointer" || n == "UnsafePointer") {
                    for a in args.iter().filter(|a| a.name.as_ref().is_some_and(|n| n.text == "to")) {
                        let mut root = &a.value;
                        while let ExprKind::Attr(base, _) = &root.kind {
                            root = base;
                        }
                        if let ExprKind::Name(n) = &root.kind {
                            self.pointed.insert(n.clone());
                        }
                    }
                }
                self.expr(callee);
                for a in args {
                    self.expr(&a.value);
                }
            }
            ExprKind::Slice { lo, hi, step } => {
                for x in [lo, hi, step].into_iter().flatten() {
                    self.expr(x);
                }
            }
            ExprKind::Comprehension {
                elt, value, clauses, ..
            } => {
                // The loop variables are the comprehension's own.
                let mut inner = Walker::default();
                for c in clauses {
                    inner.expr(&c.iter);
                    for t in &c.targets {
                        inner.declared.insert(t.text.clone());
                    }
                    for cond in &c.conds {
                        inner.expr(cond);
                    }
                }
                inner.expr(elt);
                if let Some(v) = value {
                    inner.expr(v);
                }
                for n in inner.used {
                    if !inner.declared.contains(&n) {
                        self.name(&n);
                    }
                }
            }
        }
    }
}
