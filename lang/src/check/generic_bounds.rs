//! Generic function bodies are checked against their parameters' bounds where they are declared,
//! as Mojo 1.2 does: in `def talk[T: Speaker](s: T)`, `s.purr()` is an error when no trait of
//! `T`'s bound has a method `purr`, whatever types `talk` is later called with ("'T' value has
//! no attribute 'purr'"). This covers method calls on arguments declared with a bare type
//! parameter (also `x: Some[Trait]`); a bound naming a trait whose methods the checker does not
//! know is not checked.

use super::Checker;
use crate::ast::{BinOp, Expr, ExprKind, FnDecl, StmtKind};
use crate::diag::Code;

/// The methods the standard library's traits give their types (`None`: not known here).
fn builtin_trait_methods(name: &str) -> Option<&'static [&'static str]> {
    Some(match name {
        "AnyType" | "Movable" | "Deinitable" | "ImplicitlyDestructible" => &[],
        "Copyable" | "ImplicitlyCopyable" => &["copy"],
        "Writable" => &["write_to", "write_repr_to"],
        "Stringable" => &["__str__"],
        "Representable" => &["__repr__"],
        "Equatable" | "EqualityComparable" => &["__eq__", "__ne__"],
        "Comparable" => &["__lt__", "__le__", "__gt__", "__ge__", "__eq__", "__ne__"],
        "Hashable" => &["__hash__"],
        "KeyElement" => &["__hash__", "__eq__", "__ne__", "copy"],
        "Sized" => &["__len__"],
        "Boolable" => &["__bool__"],
        "Intable" => &["__int__"],
        "Floatable" => &["__float__"],
        "Absable" => &["__abs__"],
        "Roundable" => &["__round__"],
        "Powable" => &["__pow__"],
        _ => return None,
    })
}

impl<'a> Checker<'a, '_> {
    /// Check the bodies of the program's generic functions against their bounds.
    pub(super) fn check_generic_bounds(&mut self) {
        if self.legacy {
            return;
        }
        let decls: Vec<&'a FnDecl> = self.generics.iter().filter(|g| !g.is_std).map(|g| g.decl).collect();
        for decl in decls {
            self.check_generic_body(decl);
        }
    }

    fn check_generic_body(&mut self, decl: &'a FnDecl) {
        // The methods each type parameter's bound allows, when all its traits are known.
        let mut allowed: Vec<(String, Vec<String>)> = Vec::new();
        for p in &decl.params {
            let (Some(name), Some(bound)) = (&p.name, &p.ty) else {
                continue;
            };
            let mut traits = Vec::new();
            if !trait_names(bound, &mut traits) || traits.is_empty() {
                continue;
            }
            let mut methods = Vec::new();
            if traits.iter().all(|t| self.trait_methods_named(t, &mut methods, 0)) {
                allowed.push((name.text.clone(), methods));
            }
        }
        if allowed.is_empty() {
            return;
        }
        // The arguments declared with one of those parameters, used and never redeclared in the
        // body (a declaration anywhere in it counts).
        let free = super::captures::free_names(&decl.body, &[]);
        let args: Vec<(String, String)> = decl
            .args
            .iter()
            .filter_map(|a| match (&a.name, a.ty.as_ref().map(|t| &t.kind)) {
                (Some(n), Some(ExprKind::Name(t))) if allowed.iter().any(|(p, _)| p == t) && free.contains(&n.text) => {
                    Some((n.text.clone(), t.clone()))
                }
                _ => None,
            })
            .collect();
        if args.is_empty() {
            return;
        }
        for (recv, method, span) in super::captures::method_calls(&decl.body) {
            let Some((_, tp)) = args.iter().find(|(a, _)| *a == recv) else {
                continue;
            };
            let Some((_, methods)) = allowed.iter().find(|(p, _)| p == tp) else {
                continue;
            };
            if !methods.contains(&method) {
                // Its instances would only report the same again.
                self.unsound_generics.insert(decl as *const FnDecl);
                let shown = if tp.starts_with("__Some") {
                    "T".to_string()
                } else {
                    tp.clone()
                };
                self.error(
                    Code::UNKNOWN_MEMBER,
                    span,
                    format!("'{shown}' value has no attribute '{method}'"),
                )
                .label(format!("not a method of the traits that bound '{shown}'"))
                .with_help(format!("add a trait with `{method}` to the bound of '{shown}'"));
            }
        }
    }

    /// Add the methods trait `name` (and the traits it refines) gives; `false` if not known.
    fn trait_methods_named(&self, name: &str, out: &mut Vec<String>, depth: usize) -> bool {
        if depth > 32 {
            return false;
        }
        if let Some(t) = self.trait_by_name(name) {
            for s in &t.body {
                if let StmtKind::Def(f) = &s.kind {
                    out.push(f.name.text.clone());
                }
            }
            return t.parents.iter().all(|p| {
                let mut names = Vec::new();
                trait_names(p, &mut names) && names.iter().all(|n| self.trait_methods_named(n, out, depth + 1))
            });
        }
        match builtin_trait_methods(name) {
            Some(ms) => {
                out.extend(ms.iter().map(|m| m.to_string()));
                true
            }
            None => false,
        }
    }
}

/// The trait names of a bound (`A & B`); `false` for anything else.
fn trait_names(e: &Expr, out: &mut Vec<String>) -> bool {
    match &e.kind {
        ExprKind::Name(n) => {
            out.push(n.clone());
            true
        }
        ExprKind::Binary(BinOp::BitAnd, a, b) => trait_names(a, out) && trait_names(b, out),
        _ => false,
    }
}
