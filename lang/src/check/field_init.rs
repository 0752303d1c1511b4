//! Every field of `out self` is initialized before an initializer returns: Mojo 1.2 reports
//! "'self.name' is uninitialized at the implicit return from this function". This is a
//! definite-assignment walk over the body: an `if` with an `else` initializes what all of its
//! branches do, a loop body may not run, and a branch that ends (`return`, `raise`) does not
//! reach the end. Where the walk cannot know (a `comptime if`, `try`, `with`, `match`), it takes
//! what any branch initializes, so that it never rejects a correct initializer. Using `self` as a
//! whole (calling a method on it, passing it) before every field is set is reported too, as Mojo
//! does ("use of uninitialized value 'self.y'").

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
        let mut found = Found::default();
        let end = walk(body, Some(BTreeSet::new()), fields, &mut found);
        if let Some((f, at)) = found.early_use {
            self.error(
                Code::UNINITIALIZED,
                at,
                format!("use of uninitialized value 'self.{f}'"),
            )
            .label("`self` is used here before all its fields are set")
            .with_help(format!("assign `self.{f} = ...` first"));
            return;
        }
        let returns = found.returns;
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

/// What the walk found: the fields set at each `return`, and the first use of the whole `self`
/// before every field is set.
#[derive(Default)]
struct Found {
    returns: Vec<(BTreeSet<String>, Span)>,
    early_use: Option<(String, Span)>,
}

fn walk(stmts: &[Stmt], mut done: Done, fields: &[String], out: &mut Found) -> Done {
    for s in stmts {
        let set = done.as_mut()?;
        // The expressions the statement evaluates before it assigns anything.
        let read: Vec<&Expr> = match &s.kind {
            StmtKind::Assign { value, .. } | StmtKind::AugAssign { value, .. } => vec![value],
            StmtKind::Expr(e) | StmtKind::Return(Some(e)) => vec![e],
            StmtKind::Var { value: Some(e), .. } => vec![e],
            _ => vec![],
        };
        if out.early_use.is_none() {
            if let Some(missing) = fields.iter().find(|f| !set.contains(*f)) {
                if let Some(at) = read.iter().find_map(|e| whole_self_use(e, fields)) {
                    out.early_use = Some((missing.clone(), at));
                }
            }
        }
        match &s.kind {
            StmtKind::Assign { targets, .. } => {
                for t in targets {
                    assigned_fields(t, fields, set);
                }
            }
            StmtKind::Return(_) => {
                out.returns.push((set.clone(), s.span));
                return None;
            }
            StmtKind::Raise(_) => return None,
            StmtKind::If { comptime, arms, orelse } => {
                let start = done.clone();
                let mut outs: Vec<Done> = arms
                    .iter()
                    .map(|(_, body)| walk(body, start.clone(), fields, out))
                    .collect();
                outs.push(match orelse {
                    Some(body) => walk(body, start.clone(), fields, out),
                    None => start.clone(),
                });
                // A `comptime if` runs one branch the walk does not know: any branch counts.
                done = if *comptime { union(outs) } else { meet(outs) };
            }
            StmtKind::While { body, .. } | StmtKind::For { body, .. } => {
                // The body may not run; what it does is not counted (but its returns are).
                let _ = walk(body, done.clone(), fields, out);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finally,
            } => {
                let mut outs = vec![walk(body, done.clone(), fields, out)];
                for h in handlers {
                    outs.push(walk(&h.body, done.clone(), fields, out));
                }
                if let Some(b) = orelse {
                    outs.push(walk(b, done.clone(), fields, out));
                }
                if let Some(b) = finally {
                    outs.push(walk(b, done.clone(), fields, out));
                }
                done = union(outs);
            }
            StmtKind::With { body, .. } => done = walk(body, done.clone(), fields, out),
            StmtKind::Match { cases, .. } => {
                let outs = cases.iter().map(|c| walk(&c.body, done.clone(), fields, out)).collect();
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

/// Where `e` uses `self` as a whole: a method call on it, or `self` itself as a value (a field
/// read `self.x` is not).
fn whole_self_use(e: &Expr, fields: &[String]) -> Option<Span> {
    let r = |x: &Expr| whole_self_use(x, fields);
    match &e.kind {
        ExprKind::Name(n) if n == "self" => Some(e.span),
        ExprKind::Attr(base, f) if matches!(&base.kind, ExprKind::Name(n) if n == "self") => {
            (!fields.contains(&f.text)).then_some(e.span)
        }
        ExprKind::Attr(base, _) | ExprKind::Unary(_, base) | ExprKind::Transfer(base) => r(base),
        ExprKind::Call { callee, args } | ExprKind::Subscript { base: callee, args } => {
            r(callee).or_else(|| args.iter().find_map(|a| r(&a.value)))
        }
        ExprKind::Binary(_, a, b) | ExprKind::And(a, b) | ExprKind::Or(a, b) => r(a).or_else(|| r(b)),
        ExprKind::Compare(a, rest) => r(a).or_else(|| rest.iter().find_map(|(_, x)| r(x))),
        ExprKind::Tuple(xs) | ExprKind::List(xs) => xs.iter().find_map(r),
        ExprKind::IfElse { cond, then, orelse } => r(cond).or_else(|| r(then)).or_else(|| r(orelse)),
        _ => None,
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
