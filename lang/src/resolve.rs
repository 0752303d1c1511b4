//! Resolution of module-level items: which functions, constants, structs and traits each module
//! declares, duplicates, statements that may not appear at module level, and imports of the
//! standard-library modules (`std_modules`); packages and relative imports are parsed and
//! rejected here with a clear "not supported yet".

pub mod legacy;
pub mod std_modules;

use crate::ast::{Expr, FnDecl, Module, Name, StmtKind};
use crate::diag::{Code, Diagnostic, Diagnostics};
use std::collections::HashMap;

pub struct ConstItem<'a> {
    pub name: &'a Name,
    pub ty: Option<&'a Expr>,
    pub value: &'a Expr,
}

#[derive(Default)]
pub struct Items<'a> {
    /// Functions, with whether they come from the stdlib (which may use intrinsics).
    pub funcs: Vec<(&'a FnDecl, bool)>,
    pub consts: Vec<ConstItem<'a>>,
    pub structs: Vec<&'a crate::ast::StructDecl>,
    /// Whether each of `structs` comes from the stdlib (whose methods may use intrinsics).
    pub struct_is_std: Vec<bool>,
    pub traits: Vec<&'a crate::ast::TraitDecl>,
    pub const_index: HashMap<String, usize>,
    /// Legacy mode (`legacy.rs`): `--legacy`, or the program uses a spelling Mojo 1.2 removed.
    pub legacy: bool,
    /// The file of the user's module (for diagnostics about the program as a whole).
    pub user_file: u32,
    /// `import std.math as m`: the name a module is bound to, and the module (canonical).
    pub modules: HashMap<String, &'static str>,
    /// Names brought in by `from std.x import name` (the `std.math` functions need this).
    pub imported: std::collections::HashSet<String>,
    /// `from std.math import sqrt as root`: (`root`, `sqrt`) — another name for a standard
    /// library function, constant or type.
    pub std_aliases: HashMap<String, String>,
    /// `from m import f as g`: (`g`, `f`) — another name for one of the program's items.
    pub aliases: Vec<(Name, String)>,
    /// The names imported from the program's own modules (each must exist).
    pub user_imports: Vec<Name>,
}

/// `modules`: the prelude modules first, then the user's module (last).
/// `legacy`: legacy mode was asked for (`--legacy`) or the source uses a removed keyword.
pub fn resolve<'a>(modules: &[(&'a Module, bool)], legacy: bool, diags: &mut Diagnostics) -> Items<'a> {
    let mut items = Items {
        legacy: legacy || modules.iter().any(|(m, is_std)| !is_std && legacy::removed_spelling(m)),
        ..Items::default()
    };
    let mut fn_names: HashMap<&str, crate::source::Span> = HashMap::new();
    for (m, is_std) in modules {
        for s in &m.stmts {
            match &s.kind {
                StmtKind::Def(f) => {
                    check_decorators(&f.decorators, diags);
                    fn_names.entry(&f.name.text).or_insert(f.name.span);
                    items.funcs.push((f, *is_std));
                }
                StmtKind::Comptime { name, .. } if is_required_member(s) => report_required_member(name, diags),
                StmtKind::Comptime { name, ty, value } => {
                    if let Some(prev) = items.const_index.get(&name.text) {
                        let prev_span = items.consts[*prev].name.span;
                        diags.push(
                            Diagnostic::error(
                                Code::DUPLICATE,
                                name.span,
                                format!("invalid redefinition of '{}'", name.text),
                            )
                            .label("redefined here")
                            .secondary(prev_span, "first defined here"),
                        );
                        continue;
                    }
                    items.const_index.insert(name.text.clone(), items.consts.len());
                    items.consts.push(ConstItem {
                        name,
                        ty: ty.as_ref(),
                        value,
                    });
                }
                StmtKind::Expr(e) if matches!(e.kind, crate::ast::ExprKind::Str(_)) => {} // docstring
                StmtKind::Pass | StmtKind::Error => {}
                StmtKind::Struct(d) => {
                    check_decorators(&d.decorators, diags);
                    for m in &d.body {
                        if let StmtKind::Def(f) = &m.kind {
                            check_decorators(&f.decorators, diags);
                            if f.name.text == "__del__" && !*is_std && !items.legacy {
                                diags.push(
                                    Diagnostic::warning(
                                        Code::DEPRECATED,
                                        f.name.span,
                                        "'__del__' is deprecated; use '__deinit__'",
                                    )
                                    .label("use '__deinit__'"),
                                );
                            }
                        }
                    }
                    items.structs.push(d);
                    items.struct_is_std.push(*is_std);
                }
                StmtKind::Trait(d) => items.traits.push(d),
                StmtKind::Import { path, alias } => {
                    let full = dotted(path);
                    bare_std_import(&full, path, items.legacy || *is_std, diags);
                    match std_modules::canonical(&full) {
                        Some(m) => {
                            let bound = alias.as_ref().unwrap_or(&path[path.len() - 1]);
                            items.modules.insert(bound.text.clone(), m);
                        }
                        // A user module (loaded by the pipeline, which reports a missing one):
                        // its names are the program's, reached as `m.name` too.
                        None => {
                            let bound = alias.as_ref().unwrap_or(&path[path.len() - 1]);
                            items.modules.insert(bound.text.clone(), USER_MODULE);
                        }
                    }
                }
                StmtKind::FromImport { level: 0, path, names } => {
                    let full = dotted(path);
                    bare_std_import(&full, path, items.legacy || *is_std, diags);
                    match std_modules::canonical(&full) {
                        Some(m) => {
                            for (n, alias) in names {
                                items.imported.insert(n.text.clone());
                                if let Some(sub) = std_modules::submodule(&full, &n.text) {
                                    let bound = alias.as_ref().unwrap_or(n);
                                    items.modules.insert(bound.text.clone(), sub);
                                }
                                if !std_modules::exports(m, &n.text) {
                                    diags.push(
                                        Diagnostic::error(
                                            Code::UNKNOWN_NAME,
                                            n.span,
                                            format!("module '{full}' has no member '{}'", n.text),
                                        )
                                        .label("not provided by this module")
                                        .with_help(format!("see spec/modules.md for what `std.{m}` provides today")),
                                    );
                                } else if let Some(a) = alias.as_ref().filter(|a| a.text != n.text) {
                                    items.std_aliases.insert(a.text.clone(), n.text.clone());
                                }
                            }
                        }
                        None => user_names(names, &mut items),
                    }
                }
                // `from . import m`, `from .m import f`: user modules, loaded by the pipeline.
                StmtKind::FromImport { path, names, .. } => {
                    if path.is_empty() {
                        for (n, alias) in names {
                            let bound = alias.as_ref().unwrap_or(n);
                            items.modules.insert(bound.text.clone(), USER_MODULE);
                        }
                    } else {
                        user_names(names, &mut items);
                    }
                }
                _ => diags.push(
                    Diagnostic::error(
                        Code::BAD_TOP_LEVEL,
                        s.span,
                        "statements are not allowed at module level",
                    )
                    .label("move this into a function")
                    .with_help("put the program's statements in `def main():`"),
                ),
            }
        }
    }
    for (alias, original) in &items.aliases {
        if let Some(&i) = items.const_index.get(original) {
            items.const_index.insert(alias.text.clone(), i);
        }
    }
    for c in &items.consts {
        if let Some(span) = fn_names.get(c.name.text.as_str()) {
            diags.push(
                Diagnostic::error(
                    Code::DUPLICATE,
                    c.name.span,
                    format!("invalid redefinition of '{}'", c.name.text),
                )
                .label("a constant with the name of a function")
                .secondary(*span, "the function is defined here"),
            );
        }
    }
    items
}

/// The decorators Mojo 1.2 (and older Mojo) define. The ones that change nothing here (inlining,
/// register passing, documentation) are accepted and ignored.
const KNOWN_DECORATORS: &[&str] = &[
    "fieldwise_init",
    "value",
    "staticmethod",
    "implicit",
    "parameter",
    "__parameter",
    "always_inline",
    "no_inline",
    "register_passable",
    "export",
    "deprecated",
    "doc_private",
    "explicit_destroy",
    "nonmaterializable",
    "__copy_capture",
    "__llvm_metadata",
    "compiler",
];

/// An unknown decorator is an unknown name, as in Mojo.
pub fn check_decorators(decorators: &[crate::ast::Expr], diags: &mut Diagnostics) {
    use crate::ast::ExprKind;
    for d in decorators {
        let mut base = d;
        loop {
            match &base.kind {
                ExprKind::Call { callee, .. } => base = callee,
                ExprKind::Attr(b, _) => base = b,
                _ => break,
            }
        }
        if let ExprKind::Name(n) = &base.kind {
            if !KNOWN_DECORATORS.contains(&n.as_str()) {
                diags.push(
                    Diagnostic::error(Code::UNKNOWN_NAME, base.span, format!("use of unknown declaration '{n}'"))
                        .label("not a decorator")
                        .with_help("known decorators include `@fieldwise_init`, `@staticmethod`, `@implicit`, `@always_inline` and `@parameter`"),
                );
            }
        }
    }
}

/// What `items.modules` binds a user module's name to.
pub const USER_MODULE: &str = "<user>";

/// `from mymodule import a, b as c`: the names are the program's already; `as` adds another
/// name for one.
fn user_names(names: &[(Name, Option<Name>)], items: &mut Items) {
    for (n, alias) in names {
        items.user_imports.push(n.clone());
        if let Some(a) = alias.as_ref().filter(|a| a.text != n.text) {
            items.aliases.push((a.clone(), n.text.clone()));
        }
    }
}

fn dotted(path: &[Name]) -> String {
    path.iter().map(|n| n.text.as_str()).collect::<Vec<_>>().join(".")
}

/// `comptime NAME: Type` without a value: a trait's required member.
pub fn is_required_member(s: &crate::ast::Stmt) -> bool {
    matches!(&s.kind, StmtKind::Comptime { value, .. } if matches!(value.kind, crate::ast::ExprKind::Ellipsis))
}

/// A required member (`comptime NAME: Type`) outside a trait, which Mojo 1.2 rejects.
pub fn report_required_member(name: &Name, diags: &mut Diagnostics) {
    diags.push(
        Diagnostic::error(
            Code::SYNTAX,
            name.span,
            "only traits may contain a comptime member without an initializer",
        )
        .label("no value")
        .with_help(format!("give it a value: `comptime {} = ...`", name.text)),
    );
}

/// Mojo 1.2 has the standard library only under `std.`: `import math` is an unknown module there
/// (older Mojo's bare names are accepted in legacy mode).
fn bare_std_import(full: &str, path: &[Name], legacy: bool, diags: &mut Diagnostics) {
    // (The GPU modules are in the `max` package in Mojo 1.2, and were `gpu` and `std.gpu` before.)
    let gpu = matches!(
        std_modules::canonical(full),
        Some("gpu" | "gpu.host" | "warp" | "block")
    );
    if legacy || gpu || full.starts_with("std.") || full.starts_with("max.") || std_modules::canonical(full).is_none() {
        return;
    }
    let span = path[0].span.to(path[path.len() - 1].span);
    diags.push(
        Diagnostic::error(Code::UNKNOWN_MODULE, span, format!("unable to locate module '{full}'"))
            .label("the standard library is under `std.`")
            .with_help(format!("import `std.{full}` ({})", legacy::HINT)),
    );
}

pub fn unknown_module(full: &str, path: &[Name]) -> Diagnostic {
    let span = path[0].span.to(path[path.len() - 1].span);
    Diagnostic::error(Code::UNKNOWN_MODULE, span, format!("unable to locate module '{full}'"))
        .label("no such module")
        .with_help("a module is a `NAME.mojo` file (or a `NAME/` package with `__init__.mojo`) next to the program or in a `-I` directory; the standard library has `std.math`, `std.memory` and `std.collections`")
}
