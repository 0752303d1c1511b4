//! Legacy mode. mojo-like follows Mojo 1.2: what 1.2 rejects is rejected. Older Mojo (2024-2025)
//! spelled many things differently, and a lot of code is written that way, so a program that
//! already uses a spelling 1.2 removed (`fn`, `alias`, `inout`, `owned`, `borrowed`, `read`,
//! `@value`, `@register_passable`, `__copyinit__`, `__moveinit__`), or a run with `--legacy`,
//! switches to legacy mode, where the older forms are accepted too: implicit declaration (`x = 1`),
//! bare standard-library imports (`from math import sqrt`), `@parameter if/for`, `InlineArray`,
//! `str(x)` and `x[]` on a value.

use crate::ast::{Expr, ExprKind, FnDecl, Module, StmtKind};

/// The hint added to an error for an older spelling in a Mojo 1.2 program.
pub const HINT: &str = "older Mojo accepted this: run with `--legacy` to accept the older spellings";

/// Whether the program's source text uses a removed keyword (`fn`, `alias`).
pub fn removed_keyword(texts: &[String]) -> bool {
    use crate::lex::Tok;
    use logos::Logos;
    texts
        .iter()
        .any(|t| Tok::lexer(t).flatten().any(|tok| matches!(tok, Tok::Fn | Tok::Alias)))
}

/// Whether one of the program's modules uses a removed argument convention, decorator or
/// lifecycle method.
pub fn removed_spelling(m: &Module) -> bool {
    m.stmts.iter().any(|s| match &s.kind {
        StmtKind::Def(f) => removed_in_fn(f),
        StmtKind::Struct(d) => {
            d.decorators.iter().any(removed_decorator)
                || d.body.iter().any(|s| {
                    matches!(&s.kind, StmtKind::Def(f) if removed_in_fn(f)
                    || matches!(f.name.text.as_str(), "__copyinit__" | "__moveinit__"))
                })
        }
        _ => false,
    })
}

fn removed_in_fn(f: &FnDecl) -> bool {
    f.legacy_fn
        || f.args.iter().any(|p| {
            p.convention
                .as_ref()
                .is_some_and(|c| matches!(c.text.as_str(), "inout" | "owned" | "borrowed" | "read"))
        })
}

fn removed_decorator(d: &Expr) -> bool {
    match &d.kind {
        ExprKind::Name(n) => n == "value",
        ExprKind::Call { callee, .. } => matches!(&callee.kind, ExprKind::Name(n) if n == "register_passable"),
        _ => false,
    }
}
