//! Resolution of module-level items: which functions and compile-time constants each module
//! declares, duplicates, and statements that may not appear at module level. Structs, traits and
//! imports are parsed today and rejected here with a clear "not supported yet".

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
    pub traits: Vec<&'a crate::ast::TraitDecl>,
    pub const_index: HashMap<String, usize>,
    /// Whether the user's program uses a legacy spelling (`fn`), which enables legacy mode.
    pub legacy: bool,
    /// The file of the user's module (for diagnostics about the program as a whole).
    pub user_file: u32,
}

/// `modules`: the prelude modules first, then the user's module (last).
pub fn resolve<'a>(modules: &[(&'a Module, bool)], diags: &mut Diagnostics) -> Items<'a> {
    let mut items = Items::default();
    let mut fn_names: HashMap<&str, crate::source::Span> = HashMap::new();
    for (m, is_std) in modules {
        for s in &m.stmts {
            match &s.kind {
                StmtKind::Def(f) => {
                    if !*is_std && f.legacy_fn {
                        items.legacy = true;
                    }
                    fn_names.entry(&f.name.text).or_insert(f.name.span);
                    items.funcs.push((f, *is_std));
                }
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
                StmtKind::Struct(d) if !*is_std => items.structs.push(d),
                StmtKind::Trait(d) if !*is_std => items.traits.push(d),
                StmtKind::Struct(_) | StmtKind::Trait(_) | StmtKind::Import { .. } | StmtKind::FromImport { .. } => {
                    diags.push(
                        Diagnostic::error(Code::UNSUPPORTED, s.span, "imports are not supported yet")
                            .label("parsed, but not checked by this version")
                            .with_help("this version runs functions, structs, variables and control flow"),
                    )
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
