//! Type expressions → MIR types. Types are expressions in the syntax (`Tuple[Int, String]`).

use super::Checker;
use crate::ast::{Expr, ExprKind};
use crate::diag::Code;
use crate::mir::Ty;

impl<'a> Checker<'a, '_> {
    /// Mojo 1.2 names a struct's parameters `Self.T` inside the struct: a bare `T` there is an
    /// error ("unqualified access to struct parameter"), except in legacy mode. (A method's own
    /// parameter of the same name hides the struct's.)
    pub(super) fn check_qualified_struct_param(&mut self, n: &str, span: crate::source::Span) {
        let Some(cs) = self.current_struct else { return };
        if self.legacy || self.struct_std[cs] {
            return;
        }
        let k = self.struct_envs[cs].len();
        if !self.struct_envs[cs].iter().any(|(m, _)| m == n) {
            return;
        }
        let from_struct = self.env.iter().rposition(|(m, _)| m == n).is_some_and(|p| p < k);
        let seen = self.diags.list.iter().any(|d| d.primary.span == span);
        if from_struct && !seen {
            self.error(
                Code::UNKNOWN_NAME,
                span,
                format!("unqualified access to struct parameter '{n}'; use 'Self.{n}' instead"),
            )
            .label(format!("write `Self.{n}`"))
            .with_help(crate::resolve::legacy::HINT);
        }
    }

    pub(super) fn resolve_type(&mut self, e: &Expr) -> Ty {
        // `Seq[Int]` after `from std.collections import List as Seq`.
        if let ExprKind::Subscript { base, args } = &e.kind {
            if let ExprKind::Name(n) = &base.kind {
                if let Some(real) = self.items.std_aliases.get(n).cloned() {
                    let b = Expr::new(ExprKind::Name(real), base.span);
                    let real = Expr::new(
                        ExprKind::Subscript {
                            base: Box::new(b),
                            args: args.clone(),
                        },
                        e.span,
                    );
                    return self.resolve_type(&real);
                }
            }
        }
        match &e.kind {
            ExprKind::Name(n) if self.type_param(n).is_some() => {
                self.check_qualified_struct_param(n, e.span);
                self.type_param(n).unwrap_or(Ty::Unknown)
            }
            ExprKind::Name(n) => match n.as_str() {
                "Int" | "SIMDLength" => Ty::Int,
                "Bool" => Ty::Bool,
                "DType" => Ty::DType,
                other if crate::dtype::DType::from_alias(other).is_some() => {
                    Ty::Simd(crate::dtype::DType::from_alias(other).unwrap(), 1)
                }
                "String" | "StringLiteral" | "StringSlice" | "StaticString" => Ty::String,
                "NoneType" => Ty::None,
                "Error" => Ty::Error,
                "Self" if self.current_struct.is_some() => {
                    let i = self.current_struct.unwrap();
                    self.build_struct(i).map(Ty::Struct).unwrap_or(Ty::Unknown)
                }
                // `from std.collections import Dict as Map`.
                other if self.items.std_aliases.contains_key(other) => {
                    let real = self.items.std_aliases[other].clone();
                    self.resolve_type(&Expr::new(ExprKind::Name(real), e.span))
                }
                other if self.type_alias(other).is_some() => {
                    let e = self.type_alias(other).unwrap();
                    self.resolve_type(e)
                }
                other if self.struct_by_name.contains_key(other) => {
                    let i = self.struct_by_name[other];
                    self.build_struct(i).map(Ty::Struct).unwrap_or(Ty::Unknown)
                }
                // A template whose parameters all have defaults: that instance.
                other if self.defaulted_template(other).is_some() => {
                    let t = self.defaulted_template(other).unwrap_or_default();
                    match self.struct_params_from(t, &[], e.span) {
                        Some(env) => match self.instantiate_struct(t, env) {
                            Some(i) => Ty::Struct(self.structs[i].ty.clone()),
                            None => Ty::Unknown,
                        },
                        None => Ty::Unknown,
                    }
                }
                other => {
                    self.error(Code::UNKNOWN_NAME, e.span, format!("use of unknown type '{other}'"))
                        .label("not a type known here")
                        .with_help("the types available are Int, Bool, String, Error, the SIMD types (Float64, Int32, SIMD[DType.float32, 4], ...), Tuple[...] and your structs");
                    Ty::Unknown
                }
            },
            ExprKind::None => Ty::None,
            // `*Ts` in `*args: *Ts`: the pack's types, as a tuple.
            ExprKind::Starred(inner) => self.resolve_type(inner),
            ExprKind::Tuple(items) => {
                let ty = Ty::Tuple(items.iter().map(|t| self.resolve_type(t)).collect());
                self.error(Code::TYPE_MISMATCH, e.span, "expected a type, found a tuple value")
                    .label("a tuple of types is not a type")
                    .with_help(format!("write the tuple type as `{}`", ty.name()));
                ty
            }
            // `m.Point`: a type from a user module.
            ExprKind::Attr(base, name) if matches!(&base.kind, ExprKind::Name(m) if self.items.modules.get(m) == Some(&crate::resolve::USER_MODULE)) =>
            {
                let plain = Expr::new(ExprKind::Name(name.text.clone()), name.span);
                self.resolve_type(&plain)
            }
            // `Self.T`: a parameter of the struct being checked.
            ExprKind::Attr(base, name)
                if matches!(&base.kind, ExprKind::Name(n) if n == "Self") && self.type_param(&name.text).is_some() =>
            {
                self.type_param(&name.text).unwrap_or(Ty::Unknown)
            }
            // `StringSlice[origin]`: strings are values here, origins are not tracked.
            ExprKind::Subscript { base, .. } if matches!(&base.kind, ExprKind::Name(n) if n == "StringSlice") => {
                Ty::String
            }
            ExprKind::Subscript { base, args } if matches!(&base.kind, ExprKind::Name(n) if self.generic_structs.contains_key(n)) =>
            {
                let ExprKind::Name(n) = &base.kind else { unreachable!() };
                let template = self.generic_structs[n];
                // `Span[T, origin]`: origins are not tracked (the checker keeps a span's owner
                // alive instead), so the origin argument is dropped.
                // `Span[mut=True, T, _]`: mutability is not tracked either.
                let positional: Vec<crate::ast::Arg>;
                let args = if n == "Span" && self.struct_std[template] && args.len() > 1 {
                    positional = args.iter().filter(|a| a.name.is_none()).take(1).cloned().collect();
                    &positional[..]
                } else {
                    &args[..]
                };
                match self.struct_params_from(template, args, e.span) {
                    Some(env) => match self.instantiate_struct(template, env) {
                        Some(i) => Ty::Struct(self.structs[i].ty.clone()),
                        None => Ty::Unknown,
                    },
                    None => Ty::Unknown,
                }
            }
            ExprKind::Subscript { base, args } if matches!(&base.kind, ExprKind::Name(n) if super::memory::is_pointer_type_name(n)) => {
                self.pointer_type(args, e.span)
            }
            ExprKind::Subscript { base, args } if matches!(&base.kind, ExprKind::Name(n) if n == "SIMD" || n == "Scalar") =>
            {
                let ExprKind::Name(n) = &base.kind else { unreachable!() };
                self.simd_type(n, args, e.span)
            }
            // `Some[Writer]`: the text a `write_to` method writes into (a `String`, which is a
            // `Writer` in Mojo too).
            ExprKind::Subscript { base, args }
                if matches!(&base.kind, ExprKind::Name(n) if n == "Some")
                    && matches!(&args[..], [a] if matches!(&a.value.kind, ExprKind::Name(w) if w == "Writer")) =>
            {
                Ty::String
            }
            ExprKind::Subscript { base, args } if matches!(&base.kind, ExprKind::Name(n) if n == "Tuple") => {
                Ty::Tuple(args.iter().map(|a| self.resolve_type(&a.value)).collect())
            }
            // `def(Int) thin -> Int`: a function value's type (the effects do not matter here).
            ExprKind::FnType {
                params, raises, ret, ..
            } => self.function_type(params, *raises, ret.as_deref()),
            // `T.Element`, `Self.Element`, `Box[Int].Element`: a type member of a struct.
            ExprKind::Attr(base, name) => match self.member_type(base, name) {
                Some(t) => t,
                None => {
                    self.error(Code::UNSUPPORTED, e.span, "this type is not supported yet")
                        .label("not a supported type");
                    Ty::Unknown
                }
            },
            _ => {
                self.error(Code::UNSUPPORTED, e.span, "this type is not supported yet")
                    .label("not a supported type");
                Ty::Unknown
            }
        }
    }

    /// `e` with a renamed standard-library name (`Map` for `Dict`) written as the real one, if it
    /// is one (`Map` or `Map[...]`) and no variable hides it.
    pub(super) fn unaliased(&self, cx: &super::builder::FnCx<'a>, e: &Expr) -> Option<Expr> {
        let rename = |n: &str| -> Option<String> {
            if cx.lookup(n).is_some() {
                return None;
            }
            self.items.std_aliases.get(n).cloned()
        };
        match &e.kind {
            ExprKind::Name(n) => Some(Expr::new(ExprKind::Name(rename(n)?), e.span)),
            ExprKind::Subscript { base, args } => match &base.kind {
                ExprKind::Name(n) => {
                    let b = Expr::new(ExprKind::Name(rename(n)?), base.span);
                    Some(Expr::new(
                        ExprKind::Subscript {
                            base: Box::new(b),
                            args: args.clone(),
                        },
                        e.span,
                    ))
                }
                _ => None,
            },
            _ => None,
        }
    }
}
