//! `std.sys`'s compile-time questions about types and the host: `size_of[T]()`,
//! `align_of[T]()`, `bit_width_of[T]()` (also of a `DType`: `size_of[DType.float16]()`) and
//! `simd_width_of[T]()`, the number of `T` lanes in one of the host's vector registers (64 bytes
//! with AVX-512, 32 with AVX, else 16: what Mojo 1.2 answers on the same machine). Each is a
//! constant `Int`, usable as a parameter (`SIMD[DType.float32, simd_width_of[DType.float32]()]`).

use super::builder::FnCx;
use super::expr::poison;
use super::{Checker, Value};
use crate::ast::{Arg, ExprKind};
use crate::diag::Code;
use crate::mir::{layout, Const, Operand, Ty};
use crate::source::Span;

/// The names this module answers.
pub const QUERIES: &[&str] = &["size_of", "align_of", "bit_width_of", "simd_width_of"];

impl<'a> Checker<'a, '_> {
    /// `name[X]()` for one of `QUERIES`.
    pub(super) fn type_query(
        &mut self,
        cx: &mut FnCx<'a>,
        name: &str,
        params: &[Arg],
        args: &[Arg],
        span: Span,
    ) -> Value {
        let [p] = params else {
            self.error(
                Code::ARITY,
                span,
                format!("'{name}' takes one parameter: a type or a `DType`"),
            )
            .label("expected `[T]`");
            return poison();
        };
        if !args.is_empty() {
            self.error(Code::ARITY, args[0].value.span, format!("'{name}' takes no arguments"))
                .label("unexpected argument");
            return poison();
        }
        // A `DType` value means its scalar type.
        let ty = if self.is_type_expr(&p.value) {
            self.resolve_type(&p.value)
        } else {
            match self.compile_time(cx, &p.value) {
                Value::Op(Operand::Const(Const::DType(dt)), _) => Ty::Simd(dt, 1),
                v if super::expr::is_poison(&v) => return poison(),
                _ => {
                    self.error(
                        Code::TYPE_MISMATCH,
                        p.value.span,
                        format!("'{name}' needs a type or a `DType`"),
                    )
                    .label("not a type");
                    return poison();
                }
            }
        };
        if ty == Ty::Unknown {
            return poison();
        }
        let l = layout::of(&ty);
        let n = match name {
            "size_of" => l.size,
            "align_of" => l.align,
            "bit_width_of" => 8 * l.size,
            _ => {
                // A SIMD type's lanes are its dtype's; anything else counts whole values.
                let lane = match &ty {
                    Ty::Simd(dt, _) => dt.size() as u64,
                    _ => l.size.max(1),
                };
                (crate::process::vector_bytes() as u64 / lane).max(1)
            }
        };
        Value::Op(Operand::Const(Const::Int(n as i64)), Ty::Int)
    }
}

/// Whether `callee` is `name[...]` for one of the queries (by its bare name).
pub(super) fn query_name(base: &crate::ast::Expr) -> Option<&str> {
    match &base.kind {
        ExprKind::Name(n) if QUERIES.contains(&n.as_str()) => Some(n.as_str()),
        _ => None,
    }
}
