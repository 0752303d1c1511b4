//! Traits: declarations with required methods (`...` bodies) and default methods, refinement
//! (`trait B(A)`), and nominal conformance checked where a struct is declared: a missing required
//! method is an error naming it, and default methods the struct lacks are added to it.
//! Using a trait as a type (`Some[T]`, generic parameters) comes with compile-time parameters.

use super::{Checker, SelfKind, Sig};
use crate::ast::{ExprKind, FnDecl, StmtKind, TraitDecl};
use crate::diag::Code;
use crate::mir::Ty;
use crate::source::Span;
use std::collections::HashSet;

/// Traits of the standard library that structs commonly name; they are accepted as markers until
/// the stdlib declares them in source. (Mojo 1.2 no longer has `Stringable`,
/// `EqualityComparable` and `Representable`; older programs name them.)
const BUILTIN_TRAITS: &[&str] = &[
    "AnyType",
    "Absable",
    "Boolable",
    "Comparable",
    "Copyable",
    "Deinitable",
    "Defaultable",
    "Equatable",
    "EqualityComparable",
    "Floatable",
    "Hashable",
    "ImplicitlyCopyable",
    "Indexer",
    "Intable",
    "IntableRaising",
    "Iterable",
    "Iterator",
    "KeyElement",
    "Movable",
    "Powable",
    "RegisterPassable",
    "Representable",
    "Roundable",
    "Sized",
    "Stringable",
    "TrivialRegisterPassable",
    "Writable",
    "Writer",
];

fn is_required(f: &FnDecl) -> bool {
    matches!(f.body.as_slice(), [s] if matches!(&s.kind, StmtKind::Expr(e) if matches!(e.kind, ExprKind::Ellipsis)))
}

impl<'a> Checker<'a, '_> {
    /// Whether `name` is one of the built-in traits (not declared by the program).
    pub(super) fn trait_by_name_is_builtin(&self, name: &str) -> bool {
        BUILTIN_TRAITS.contains(&name) && self.trait_by_name(name).is_none()
    }

    /// Whether `name` is a built-in or declared trait.
    /// The trait names in the bounds of a declaration's type parameters (`T: Shape & Copyable`)
    /// must name traits; `Hasher` must be imported first (`from std.hash import Hasher`), as in
    /// Mojo 1.2. Reported once per name, however often the declaration is looked at.
    pub(super) fn check_param_bounds(&mut self, params: &[crate::ast::Param]) {
        for p in params {
            let Some(t) = p.ty.as_ref().filter(|t| {
                p.kind == crate::ast::ParamKind::Normal
                    && super::generics::is_type_param(Some(t))
                    && !super::generics::is_origin_param(Some(t))
            }) else {
                continue;
            };
            if self.map.file(t.span.file).name.starts_with("<stdlib>") {
                continue;
            }
            let mut names = Vec::new();
            collect_names(t, &mut names);
            for (n, span) in names {
                let user_trait = self.trait_by_name(&n).is_some();
                let unimported_hasher =
                    n == "Hasher" && !user_trait && !self.legacy && !self.items.imported.contains("Hasher");
                let known = self.is_known_trait(&n) || n == "Hasher";
                if (known && !unimported_hasher) || n == "<expression>" {
                    continue;
                }
                if self
                    .diags
                    .list
                    .iter()
                    .any(|d| d.code == Code::UNKNOWN_NAME && d.primary.span == span)
                {
                    continue;
                }
                let d = self
                    .error(Code::UNKNOWN_NAME, span, format!("use of unknown declaration '{n}'"))
                    .label("not a trait in scope");
                if unimported_hasher {
                    d.with_help("import it: `from std.hash import Hasher`");
                } else {
                    d.with_help("a type parameter's bound names traits: `T: Copyable & Writable`");
                }
            }
        }
    }

    pub(super) fn is_known_trait(&self, name: &str) -> bool {
        BUILTIN_TRAITS.contains(&name) || self.trait_by_name(name).is_some()
    }

    pub(super) fn trait_by_name(&self, name: &str) -> Option<&'a TraitDecl> {
        let name = self
            .items
            .aliases
            .iter()
            .find(|(a, _)| a.text == name)
            .map_or(name, |(_, original)| original.as_str());
        self.items.traits.iter().copied().find(|t| t.name.text == name)
    }

    /// The methods of trait `t` and of every trait it refines, without repeats.
    fn trait_methods(&mut self, t: &'a TraitDecl, seen: &mut HashSet<String>, out: &mut Vec<&'a FnDecl>) {
        if !seen.insert(t.name.text.clone()) {
            return;
        }
        for s in &t.body {
            if let StmtKind::Def(f) = &s.kind {
                out.push(f);
            }
        }
        for p in &t.parents {
            match &p.kind {
                ExprKind::Name(n) if BUILTIN_TRAITS.contains(&n.as_str()) => {}
                ExprKind::Name(n) => match self.trait_by_name(n) {
                    Some(parent) => self.trait_methods(parent, seen, out),
                    None => {
                        self.error(Code::UNKNOWN_NAME, p.span, format!("use of unknown trait '{n}'"))
                            .label("not a trait");
                    }
                },
                _ => {
                    self.error(Code::UNSUPPORTED, p.span, "this trait expression is not supported yet")
                        .label("not supported yet");
                }
            }
        }
    }

    /// Check that struct `i` implements what its conformance list promises, and give it the
    /// default methods it does not define.
    pub(super) fn check_conformance(&mut self, i: usize) {
        let d = self.struct_decls[i];
        let mut wanted: Vec<&'a FnDecl> = Vec::new();
        let mut seen = HashSet::new();
        for t in &d.traits {
            // `A & B` composition lists both.
            let mut names = Vec::new();
            collect_names(t, &mut names);
            for (n, span) in names {
                // A trait the program declares shadows the built-in one of that name.
                if self.trait_by_name_is_builtin(&n) {
                    continue;
                }
                match self.trait_by_name(&n) {
                    Some(tr) => self.trait_methods(tr, &mut seen, &mut wanted),
                    None => {
                        self.error(Code::UNKNOWN_NAME, span, format!("use of unknown trait '{n}'"))
                            .label("not a trait");
                    }
                }
            }
        }
        let struct_name = self.structs[i].ty.name.clone();
        // The compile-time members the traits require (`comptime sides: Int`).
        let mut traits: Vec<String> = seen.iter().cloned().collect();
        traits.sort();
        for tn in traits {
            let Some(tr) = self.trait_by_name(&tn) else { continue };
            for s in &tr.body {
                let StmtKind::Comptime { name, value, .. } = &s.kind else {
                    continue;
                };
                if matches!(value.kind, ExprKind::Ellipsis) && !self.has_member(i, &name.text) {
                    self.error(
                        Code::TRAIT_NOT_IMPLEMENTED,
                        d.name.span,
                        format!(
                            "'{struct_name}' does not define 'comptime {}' required by its traits",
                            name.text
                        ),
                    )
                    .label("declared to conform here")
                    .secondary(name.span, "required by this trait")
                    .with_help(format!("add `comptime {} = ...` to '{struct_name}'", name.text));
                }
            }
        }
        for f in wanted {
            let has = if f.name.text == "__init__" {
                !self.structs[i].inits.is_empty()
            } else {
                self.structs[i].methods.contains_key(&f.name.text)
            };
            if has {
                if f.name.text == "__init__" {
                    continue;
                }
                if is_required(f) {
                    self.check_required_signature(i, f);
                    continue;
                }
                // A default method the struct overloads with other arguments is still added.
                if self.defines_signature(i, f) {
                    continue;
                }
            }
            if is_required(f) {
                self.error(
                    Code::TRAIT_NOT_IMPLEMENTED,
                    d.name.span,
                    format!(
                        "'{struct_name}' does not implement method '{}' required by its traits",
                        f.name.text
                    ),
                )
                .label("declared to conform here")
                .secondary(f.name.span, "required by this trait method")
                .with_help(format!("add `def {}(...)` to '{struct_name}'", f.name.text));
                continue;
            }
            // A default method: checked and lowered as a method of this struct.
            let sig = self.signature(f, Some(i));
            if sig.self_kind == SelfKind::Out {
                continue;
            }
            let id = self.add_function(sig, Some((f, false)));
            self.structs[i].methods.entry(f.name.text.clone()).or_default().push(id);
        }
    }
}

impl<'a> Checker<'a, '_> {
    /// Whether struct `i` defines a method with the name and argument types of trait method `f`
    /// (true where that cannot be told: compile-time parameters, errors).
    fn defines_signature(&mut self, i: usize, f: &'a FnDecl) -> bool {
        if !f.params.is_empty() {
            return true;
        }
        let mut ids = self.methods_of(i, &f.name.text, true);
        ids.extend(self.methods_of(i, &f.name.text, false));
        if ids
            .iter()
            .any(|&id| self.decls[id as usize].is_some_and(|(d, _)| !d.params.is_empty()))
        {
            return true;
        }
        let errors_before = self.diags.list.len();
        let wanted = self.signature(f, Some(i));
        if self.diags.list.len() > errors_before {
            return true;
        }
        let args = |s: &Sig| -> Vec<Ty> { s.params.iter().map(|p| p.ty.clone()).collect() };
        let want = args(&wanted);
        ids.iter().any(|&id| args(&self.sigs[id as usize]) == want)
    }

    /// A required method the struct defines must have the trait's argument and result types
    /// (with `Self` the struct); the argument conventions may differ, as in Mojo 1.2.
    fn check_required_signature(&mut self, i: usize, f: &'a FnDecl) {
        // Methods with compile-time parameters are compared when they are instantiated.
        if !f.params.is_empty() || self.struct_std[i] || self.legacy {
            return;
        }
        let mut ids = self.methods_of(i, &f.name.text, true);
        ids.extend(self.methods_of(i, &f.name.text, false));
        if ids
            .iter()
            .any(|&id| self.decls[id as usize].is_some_and(|(d, _)| !d.params.is_empty()))
        {
            return;
        }
        let errors_before = self.diags.list.len();
        let wanted = self.signature(f, Some(i));
        if self.diags.list.len() > errors_before {
            return;
        }
        let shape = |s: &Sig| -> (Vec<Ty>, Ty) { (s.params.iter().map(|p| p.ty.clone()).collect(), s.ret.clone()) };
        let want = shape(&wanted);
        // A method that raises does not implement one that does not (the reverse is fine).
        if ids.iter().any(|&id| {
            let have = &self.sigs[id as usize];
            shape(have) == want && (wanted.raises || !have.raises)
        }) {
            return;
        }
        let struct_name = self.structs[i].ty.name.clone();
        let d = self.struct_decls[i];
        let text = |s: &Sig| -> String {
            let ps: Vec<String> = s
                .params
                .iter()
                .map(|p| format!("{}: {}", p.name, p.ty.name()))
                .collect();
            let raises = if s.raises { " raises" } else { "" };
            format!("def({}){raises} -> {}", ps.join(", "), s.ret.name())
        };
        let wanted_text = text(&wanted);
        let candidates: Vec<(Span, String)> = ids
            .iter()
            .map(|&id| (self.sigs[id as usize].span, text(&self.sigs[id as usize])))
            .collect();
        let trait_of = self
            .items
            .traits
            .iter()
            .find(|t| {
                t.body
                    .iter()
                    .any(|s| matches!(&s.kind, StmtKind::Def(g) if std::ptr::eq(&**g, f)))
            })
            .map(|t| t.name.text.clone())
            .unwrap_or_default();
        let mut diag = self
            .error(
                Code::TRAIT_NOT_IMPLEMENTED,
                d.name.span,
                format!("'{struct_name}' does not implement all requirements for '{trait_of}'"),
            )
            .label("declared to conform here")
            .secondary(
                f.name.span,
                format!("no '{}' candidates have type '{wanted_text}'", f.name.text),
            );
        for (span, t) in candidates {
            diag = diag.secondary(span, format!("candidate declared here with type '{t}'"));
        }
        diag.with_help(format!(
            "give '{}' the trait's argument and result types{}",
            f.name.text,
            if wanted.raises { "" } else { ", and no `raises`" }
        ));
    }
}

/// The built-in traits a built-in trait refines, as Mojo 1.2 declares them: a `KeyElement` is
/// `Movable`, `Hashable` and `Equatable` (not `Copyable`: it has no `copy()`), so it gets their
/// defaults (`!=` from `__eq__`, and `__eq__`/`__hash__` from the fields).
fn builtin_trait_parents(name: &str) -> &'static [&'static str] {
    match name {
        "KeyElement" => &["Movable", "Hashable", "Equatable"],
        "TrivialRegisterPassable" => &["ImplicitlyCopyable"],
        "ImplicitlyCopyable" => &["Copyable"],
        "Copyable" => &["Movable"],
        _ => &[],
    }
}

fn collect_names(e: &crate::ast::Expr, out: &mut Vec<(String, Span)>) {
    match &e.kind {
        ExprKind::Name(n) => out.push((n.clone(), e.span)),
        ExprKind::Binary(crate::ast::BinOp::BitAnd, a, b) => {
            collect_names(a, out);
            collect_names(b, out);
        }
        _ => out.push((String::from("<expression>"), e.span)),
    }
}

impl<'a> Checker<'a, '_> {
    /// Whether type `t` conforms to the user-declared trait `name` (declared in its struct's
    /// conformance list, directly or through a trait that refines it). Built-in traits are not
    /// checked.
    pub(super) fn conforms(&self, t: &crate::mir::Ty, name: &str) -> bool {
        if BUILTIN_TRAITS.contains(&name) || self.trait_by_name(name).is_none() {
            return true;
        }
        self.declares(t, name)
    }

    /// Whether struct type `t` names trait `name` (built-in or not) in its conformance list,
    /// directly or through a trait that refines it.
    pub(super) fn declares(&self, t: &crate::mir::Ty, name: &str) -> bool {
        let crate::mir::Ty::Struct(st) = t else { return false };
        let d = self.struct_decls[st.id as usize];
        let mut pending: Vec<String> = Vec::new();
        for e in &d.traits {
            let mut names = Vec::new();
            collect_names(e, &mut names);
            pending.extend(names.into_iter().map(|(n, _)| n));
        }
        let mut seen = HashSet::new();
        while let Some(n) = pending.pop() {
            if n == name {
                return true;
            }
            if !seen.insert(n.clone()) {
                continue;
            }
            if let Some(tr) = self.trait_by_name(&n) {
                for p in &tr.parents {
                    let mut names = Vec::new();
                    collect_names(p, &mut names);
                    pending.extend(names.into_iter().map(|(n, _)| n));
                }
            } else {
                pending.extend(builtin_trait_parents(&n).iter().map(|p| p.to_string()));
            }
        }
        false
    }

    /// The traits a parameter's bound names (`T: A & B`).
    pub(super) fn bound_traits(bound: &crate::ast::Expr) -> Vec<String> {
        let mut names = Vec::new();
        collect_names(bound, &mut names);
        names.into_iter().map(|(n, _)| n).collect()
    }

    /// `def f(x: Some[Shape])` is `def f[T: Shape](x: T)`: a copy of the declaration with a
    /// hidden type parameter for each `Some[...]` argument, or `None` if it has none.
    pub(super) fn desugar_some(decl: &FnDecl) -> Option<FnDecl> {
        // Copying a declaration copies its body: only for one that has a `Some[...]` argument.
        let has_some = decl.args.iter().any(|a| {
            matches!(&a.ty, Some(t) if matches!(&t.kind, ExprKind::Subscript { base, .. } if matches!(&base.kind, ExprKind::Name(b) if b == "Some")))
        });
        if !has_some {
            return None;
        }
        let mut out = decl.clone();
        let mut changed = false;
        for (k, a) in out.args.iter_mut().enumerate() {
            let Some(ty) = &a.ty else { continue };
            let ExprKind::Subscript { base, args } = &ty.kind else {
                continue;
            };
            let (ExprKind::Name(b), [t]) = (&base.kind, &args[..]) else {
                continue;
            };
            if b != "Some" || matches!(&t.value.kind, ExprKind::Name(w) if w == "Writer") {
                continue;
            }
            let pname = format!("__Some{k}");
            let span = ty.span;
            out.params.push(crate::ast::Param {
                kind: crate::ast::ParamKind::Normal,
                convention: None,
                name: Some(crate::ast::Name {
                    text: pname.clone(),
                    span,
                }),
                ty: Some(t.value.clone()),
                default: None,
                span,
            });
            a.ty = Some(crate::ast::Expr::new(ExprKind::Name(pname), span));
            changed = true;
        }
        changed.then_some(out)
    }
}
