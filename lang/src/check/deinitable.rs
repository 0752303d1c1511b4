//! Fields must be destructible. Mojo 1.2 separates destruction from copying and moving: a type
//! parameter is destructible only when its bound says `Deinitable` (directly or through a trait
//! that refines it), and a collection or tuple of such a type is not destructible either. So
//! `struct Box[T: Copyable]: var v: Self.T` (or `var items: List[Self.T]`) is rejected where the
//! struct is declared, whether or not it is ever used; a pointer or a `Span` to such a type is
//! fine, as it destroys nothing.

use super::Checker;
use crate::ast::{BinOp, Expr, ExprKind, StmtKind, StructDecl};
use crate::diag::Code;

/// Types that hold their pointee without owning it.
const NON_OWNING: &[&str] = &["UnsafePointer", "Pointer", "OpaquePointer", "Span", "StringSlice"];

impl<'a> Checker<'a, '_> {
    /// Report the first field of `d` whose type is not destructible (as Mojo 1.2 does).
    pub(super) fn check_fields_destructible(&mut self, d: &'a StructDecl) {
        let mut lacking: Vec<String> = Vec::new();
        for p in &d.params {
            let (Some(name), Some(bound)) = (&p.name, &p.ty) else {
                continue;
            };
            let mut names = Vec::new();
            trait_names(bound, &mut names);
            // A value parameter (`n: Int`) or a bound this check does not understand.
            if names.is_empty() || !names.iter().all(|n| self.is_known_trait(n)) {
                continue;
            }
            if !names.iter().any(|n| self.refines_deinitable(n, 0)) {
                lacking.push(name.text.clone());
            }
        }
        if lacking.is_empty() {
            return;
        }
        for s in &d.body {
            let StmtKind::Var { names, .. } = &s.kind else { continue };
            for (field, ty) in names {
                let Some(ty) = ty else { continue };
                if let Some(param) = owned_param(ty, &lacking) {
                    self.error(
                        Code::TYPE_MISMATCH,
                        s.span,
                        format!("field '{}' has non-'Deinitable' type '{}'", field.text, type_text(ty)),
                    )
                    .label("this field could not be destroyed")
                    .with_help(format!(
                        "add `Deinitable` to the bound of '{param}': `{param}: ... & Deinitable`"
                    ));
                    return;
                }
            }
        }
    }

    /// Whether trait `name` is `Deinitable` or refines it.
    fn refines_deinitable(&self, name: &str, depth: usize) -> bool {
        if name == "Deinitable" {
            return true;
        }
        let Some(t) = self.trait_by_name(name) else {
            return false;
        };
        if depth > 32 {
            return false;
        }
        t.parents.iter().any(|p| {
            let mut names = Vec::new();
            trait_names(p, &mut names);
            names.iter().any(|n| self.refines_deinitable(n, depth + 1))
        })
    }
}

/// The trait names of a bound (`A & B`); empty for anything else.
fn trait_names(e: &Expr, out: &mut Vec<String>) {
    match &e.kind {
        ExprKind::Name(n) => out.push(n.clone()),
        ExprKind::Binary(BinOp::BitAnd, a, b) => {
            trait_names(a, out);
            trait_names(b, out);
        }
        _ => out.clear(),
    }
}

/// The parameter of `lacking` that type `t` holds by value (`T`, `Self.T`, `List[Self.T]`), if any.
fn owned_param<'p>(t: &Expr, lacking: &'p [String]) -> Option<&'p String> {
    match &t.kind {
        ExprKind::Name(n) => lacking.iter().find(|p| *p == n),
        ExprKind::Attr(base, n) if matches!(&base.kind, ExprKind::Name(s) if s == "Self") => {
            lacking.iter().find(|p| **p == n.text)
        }
        ExprKind::Subscript { base, args } => {
            if matches!(&base.kind, ExprKind::Name(n) if NON_OWNING.contains(&n.as_str())) {
                return None;
            }
            args.iter().find_map(|a| owned_param(&a.value, lacking))
        }
        ExprKind::Tuple(items) => items.iter().find_map(|i| owned_param(i, lacking)),
        _ => None,
    }
}

/// A type expression as Mojo prints it in this message (`List[T]`, `T`).
fn type_text(t: &Expr) -> String {
    match &t.kind {
        ExprKind::Name(n) => n.clone(),
        ExprKind::Attr(base, n) if matches!(&base.kind, ExprKind::Name(s) if s == "Self") => n.text.clone(),
        ExprKind::Attr(base, n) => format!("{}.{}", type_text(base), n.text),
        ExprKind::Subscript { base, args } => {
            let args: Vec<String> = args.iter().map(|a| type_text(&a.value)).collect();
            format!("{}[{}]", type_text(base), args.join(", "))
        }
        ExprKind::Int(i) => i.to_string(),
        _ => "...".into(),
    }
}
