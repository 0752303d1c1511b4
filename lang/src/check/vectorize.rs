//! `std.algorithm.vectorize`: `vectorize[w](n, body)` calls `body[w](i)` for `i = 0, w, 2w, ...`
//! while a whole vector fits, then `body[1](i)` for each element left; with the size a
//! compile-time parameter (`vectorize[w, size=n](body)`) a remainder that is a power of two is
//! one call of that width (`vectorize[4, size=10]` calls widths 4, 4, 2), as Mojo 1.2 does.
//! `unroll_factor` is accepted and changes nothing that a program can see (the calls and their
//! order are the same). `body` is a nested function with a compile-time width parameter
//! (`generic_closures.rs`); the loop is written out here, in the caller.

use super::builder::{Binding, FnCx};
use super::expr::poison;
use super::{Checker, Value};
use crate::ast::{Arg, BinOp, CmpOp, Expr, ExprKind, Name, Stmt, StmtKind};
use crate::diag::Code;
use crate::mir::{Const, Operand, Ty};
use crate::source::Span;

impl<'a> Checker<'a, '_> {
    pub(super) fn vectorize(&mut self, cx: &mut FnCx<'a>, params: &[Arg], args: &[Arg], span: Span) -> Value {
        // Older Mojo's `vectorize[body, width](size)`: the body comes first, among the parameters.
        let legacy_body = params.first().filter(|p| {
            p.name.is_none() && matches!(&p.value.kind, ExprKind::Name(n) if matches!(cx.lookup(n), Some(Binding::GenericClosure(_))))
        });
        if let Some(b) = legacy_body {
            let params: Vec<Arg> = params[1..].to_vec();
            let mut args: Vec<Arg> = args.to_vec();
            args.push(b.clone());
            return self.vectorize(cx, &params, &args, span);
        }
        let width = params.iter().find(|p| p.name.is_none()).map(|p| p.value.clone());
        let size_param = params
            .iter()
            .find(|p| p.name.as_ref().is_some_and(|n| n.text == "size"))
            .map(|p| p.value.clone());
        if let Some(p) = params.iter().filter(|p| p.name.is_none()).nth(1).or_else(|| {
            params.iter().find(|p| {
                p.name
                    .as_ref()
                    .is_some_and(|n| n.text != "size" && n.text != "unroll_factor")
            })
        }) {
            self.error(
                Code::ARITY,
                p.value.span,
                "'vectorize' takes `[simd_width, size=..., unroll_factor=...]`",
            )
            .label("unexpected parameter");
            return poison();
        }
        let Some(width) = width else {
            self.error(
                Code::ARITY,
                span,
                "'vectorize' needs its SIMD width: `vectorize[width](size, body)`",
            )
            .label("no width given");
            return poison();
        };
        let positional: Vec<&Arg> = args.iter().filter(|a| a.name.is_none()).collect();
        let (size, body) = match (&size_param, &positional[..]) {
            (None, [n, f]) => (n.value.clone(), f.value.clone()),
            (Some(n), [f]) => (n.clone(), f.value.clone()),
            _ => {
                self.error(
                    Code::ARITY,
                    span,
                    "'vectorize' takes the size and the body: `vectorize[width](size, body)`",
                )
                .label("wrong arguments for this call");
                return poison();
            }
        };
        let body_name = match &body.kind {
            ExprKind::Name(n) if matches!(cx.lookup(n), Some(Binding::GenericClosure(_))) => n.clone(),
            _ => {
                self.error(
                    Code::TYPE_MISMATCH,
                    body.span,
                    "'vectorize' takes a nested function with a width parameter: `def body[width: Int](i: Int)`",
                )
                .label("not such a function");
                return poison();
            }
        };
        let w = match self.compile_time(cx, &width) {
            Value::Op(Operand::Const(Const::Int(w)), _) if w > 0 => w,
            Value::Lit(n) if n.to_i64().is_some_and(|w| w > 0) => n.to_i64().unwrap_or(1),
            v if super::expr::is_poison(&v) => return poison(),
            _ => {
                self.error(
                    Code::COMPTIME_NOT_CONST,
                    width.span,
                    "the SIMD width must be a positive compile-time `Int`",
                )
                .label("not a positive compile-time value");
                return poison();
            }
        };
        let known_size = match &size_param {
            Some(n) => match self.compile_time(cx, n) {
                Value::Op(Operand::Const(Const::Int(n)), _) => Some(n),
                Value::Lit(v) if v.to_i64().is_some() => v.to_i64(),
                v if super::expr::is_poison(&v) => return poison(),
                _ => {
                    self.error(Code::COMPTIME_NOT_CONST, n.span, "`size=` must be a compile-time `Int`")
                        .label("not a compile-time value");
                    return poison();
                }
            },
            None => None,
        };
        let stmts = vectorize_loop(&body_name, &size, w, known_size, cx.f.locals.len(), span);
        for s in stmts {
            let s: &'a Stmt = self.synthesized.stmts.alloc(s);
            self.stmt(cx, s);
        }
        Value::Op(Operand::Const(Const::None), Ty::None)
    }
}

/// The loop `vectorize` stands for, over hidden variables numbered `k`.
fn vectorize_loop(body: &str, size: &Expr, w: i64, known_size: Option<i64>, k: usize, span: Span) -> Vec<Stmt> {
    let e = |kind: ExprKind| Expr::new(kind, span);
    let name = |n: &str| Name {
        text: n.to_string(),
        span,
    };
    let int = |v: i64| e(ExprKind::Int(v as i128));
    let (i, n) = (format!("__vec_i{k}"), format!("__vec_n{k}"));
    let var = |v: &str| e(ExprKind::Name(v.to_string()));
    let stmt = |kind: StmtKind| Stmt { kind, span };
    // `body[width](at)`
    let call = |width: i64, at: Expr| {
        let callee = e(ExprKind::Subscript {
            base: Box::new(var(body)),
            args: vec![Arg {
                name: None,
                value: int(width),
            }],
        });
        stmt(StmtKind::Expr(e(ExprKind::Call {
            callee: Box::new(callee),
            args: vec![Arg { name: None, value: at }],
        })))
    };
    let step = |by: i64| {
        stmt(StmtKind::AugAssign {
            target: var(&i),
            op: BinOp::Add,
            value: int(by),
        })
    };
    let while_loop = |cond: Expr, width: i64| {
        stmt(StmtKind::While {
            cond,
            body: vec![call(width, var(&i)), step(width)],
            orelse: None,
        })
    };
    let mut out = vec![
        stmt(StmtKind::Var {
            names: vec![(name(&n), Some(e(ExprKind::Name("Int".into()))))],
            value: Some(size.clone()),
        }),
        stmt(StmtKind::Var {
            names: vec![(name(&i), None)],
            value: Some(int(0)),
        }),
    ];
    // `while i + w <= n`
    let fits = e(ExprKind::Compare(
        Box::new(e(ExprKind::Binary(BinOp::Add, Box::new(var(&i)), Box::new(int(w))))),
        vec![(CmpOp::Le, var(&n))],
    ));
    out.push(while_loop(fits, w));
    let rest = known_size.map(|s| s.rem_euclid(w));
    match rest {
        // A compile-time size whose remainder is a power of two: one call of that width.
        Some(r) if r > 0 && (r & (r - 1)) == 0 => out.push(call(r, var(&i))),
        _ => {
            let left = e(ExprKind::Compare(Box::new(var(&i)), vec![(CmpOp::Lt, var(&n))]));
            out.push(while_loop(left, 1));
        }
    }
    out
}
