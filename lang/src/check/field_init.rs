//! Every field of `out self` is initialized before an initializer returns: Mojo 1.2 reports
//! "'self.name' is uninitialized at the implicit return from this function". This is a
//! definite-assignment walk over the body: an `if` with an `else` initializes what all of its
//! branches do, a loop body may not run, and a branch that ends (`return`, `raise`) does not
//! reach the end. Where the walk cannot know (a `comptime if`, `try`, `with`, `match`), it takes
//! what any branch initializes, so that it never rejects a correct initializer.

use super::Checker;
use crate::ast::{Expr, ExprKind, Stmt, StmtKind};
use crate::diag::Code;
use crate::source::Span;
use std::collections::BTreeSet;

/// The fields initialized so far on a path, or `None` once the path has ended.
type Done = Option<BTreeSet<String>>;

impl<'a> Checker<'a, '_> {
    /// Report the fields an initializer body `body` can leave uninitialized.
    pub(super) fn check_fields_initialized(&mut self, fields: &[String], body: &[Stmt], name_span: Span) {
        let mut returns = Vec::new();
        let end = walk(body, Some(BTreeSet::new()), fields, &mut returns);
        let mut report = |set: &BTreeSet<String>, at: Span, what: &str| {
            if let Some(f) = fields.iter().find(|f| !set.contains(*f)) {
                self.error(
                    Code::UNINITIALIZED,
                    at,
                    format!("'self.{f}' is uninitialized at {what}"),
                )
                .label(format!("'self.{f}' is not set on every path to here"))
                .with_help(format!("assign `self.{f} = ...` before the initializer returns"));
                true
            } else {
                false
            }
        };
        for (set, at) in &returns {
            if report(set, *at, "this return") {
                return;
            }
        }
        if let Some(set) = end {
            report(&set, name_span, "the implicit return from this function");
        }
    }
}

fn walk(stmts: &[Stmt], mut done: Done, fields: &[String], returns: &mut Vec<(BTreeSet<String>, Span)>) -> Done {
    for s in stmts {
        let set = done.as_mut()?;
        match &s.kind {
            StmtKind::Assign { targets, .. } => {
                for t in targets {
                    assigned_fields(t, fields, set);
                }
            }
            StmtKind::Return(_) => {
                returns.push((set.clone(), s.span));
                return None;
            }
            StmtKind::Raise(_) => return None,
            StmtKind::If { comptime, arms, orelse } => {
                let start = done.clone();
                let mut outs: Vec<Done> = arms
                    .iter()
                    .map(|(_, body)| walk(body, start.clone(), fields, returns))
                    .collect();
                outs.push(match orelse {
                    Some(body) => walk(body, start.clone(), fields, returns),
                    None => start.clone(),
                });
                // A `comptime if` runs one branch the walk does not know: any branch counts.
                done = if *comptime { union(outs) } else { meet(outs) };
            }
            StmtKind::While { body, .. } | StmtKind::For { body, .. } => {
                // The body may not run; what it does is not counted (but its returns are).
                let _ = walk(body, done.clone(), fields, returns);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finally,
            } => {
                let mut outs = vec![walk(body, done.clone(), fields, returns)];
                for h in handlers {
                    outs.push(walk(&h.body, done.clone(), fields, returns));
                }
                if let Some(b) = orelse {
                    outs.push(walk(b, done.clone(), fields, returns));
                }
                if let Some(b) = finally {
                    outs.push(walk(b, done.clone(), fields, returns));
                }
                done = union(outs);
            }
            StmtKind::With { body, .. } => done = walk(body, done.clone(), fields, returns),
            StmtKind::Match { cases, .. } => {
                let outs = cases
                    .iter()
                    .map(|c| walk(&c.body, done.clone(), fields, returns))
                    .collect();
                done = union(outs);
            }
            _ => {}
        }
    }
    done
}

/// The fields a target names: `self.f`, `(self.a, self.b)`, or all of them for `self`.
fn assigned_fields(t: &Expr, fields: &[String], set: &mut BTreeSet<String>) {
    match &t.kind {
        ExprKind::Attr(base, f) if matches!(&base.kind, ExprKind::Name(n) if n == "self") => {
            set.insert(f.text.clone());
        }
        ExprKind::Name(n) if n == "self" => set.extend(fields.iter().cloned()),
        ExprKind::Tuple(parts) => {
            for p in parts {
                assigned_fields(p, fields, set);
            }
        }
        _ => {}
    }
}

/// What every path that goes on has initialized (paths that ended do not count).
fn meet(outs: Vec<Done>) -> Done {
    let mut live = outs.into_iter().flatten();
    let first = live.next()?;
    Some(live.fold(first, |acc, s| acc.intersection(&s).cloned().collect()))
}

/// What any path that goes on has initialized.
fn union(outs: Vec<Done>) -> Done {
    let mut live = outs.into_iter().flatten().peekable();
    live.peek()?;
    Some(live.flatten().collect())
}
