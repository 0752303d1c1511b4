//! Expressions: literals (folded exactly), names, operators with Mojo's typing, tuples.

use super::builder::{Binding, FnCx};
use super::literal::Num;
use super::{Checker, Value};
use crate::ast::{self, BinOp as A, Expr, ExprKind, UnOp as U};
use crate::diag::Code;
use crate::mir::{BinOp as M, Const, LaneBin, LaneUn, Operand, Rvalue, Terminator, Ty, UnOp};
use crate::source::Span;

pub(super) fn lit_name(n: &Num) -> &'static str {
    if n.is_float() {
        "FloatLiteral"
    } else {
        "IntLiteral"
    }
}

/// The value of an expression that already produced a diagnostic.
pub(super) fn poison() -> Value {
    Value::Op(Operand::Const(Const::None), Ty::Unknown)
}

pub(super) fn is_poison(v: &Value) -> bool {
    matches!(v, Value::Op(_, Ty::Unknown))
}

pub(super) fn dummy(cx: &mut FnCx, ty: &Ty, span: Span) -> Operand {
    match ty {
        Ty::Int => Operand::Const(Const::Int(0)),
        Ty::Ptr(_) | Ty::Func(_) => cx.emit_temp(
            ty.clone(),
            Rvalue::Cast(Operand::Const(Const::Int(0)), ty.clone()),
            span,
        ),
        Ty::Simd(dt, 1) => Operand::Const(Const::Scalar(*dt, 0)),
        Ty::Simd(dt, w) => cx.emit_temp(
            ty.clone(),
            Rvalue::Splat(Operand::Const(Const::Scalar(*dt, 0)), *w),
            span,
        ),
        Ty::DType => Operand::Const(Const::DType(crate::dtype::DType::F64)),
        Ty::Bool => Operand::Const(Const::Bool(false)),
        Ty::String => Operand::Const(Const::Str(String::new())),
        Ty::None | Ty::Unknown => Operand::Const(Const::None),
        Ty::Error => {
            let s = Operand::Const(Const::Str(String::new()));
            cx.emit_temp(
                Ty::Error,
                Rvalue::Intrinsic(crate::mir::Intrinsic::ErrorFromStr, vec![s]),
                span,
            )
        }
        Ty::Tuple(_) | Ty::Struct(_) => {
            let ops = ty
                .elements()
                .unwrap_or_default()
                .iter()
                .map(|t| dummy(cx, t, span))
                .collect();
            cx.emit_temp(ty.clone(), Rvalue::Tuple(ops), span)
        }
    }
}

impl<'a> Checker<'a, '_> {
    pub(super) fn value_ty_name(&self, v: &Value) -> String {
        match v {
            Value::Lit(n) => lit_name(n).into(),
            Value::Op(_, t) => t.name(),
        }
    }

    /// Give a literal its default type (`Int` / `Float64`).
    pub(super) fn materialize(&mut self, cx: &mut FnCx<'a>, v: Value, span: Span) -> (Operand, Ty) {
        match v {
            Value::Op(o, t) => (o, t),
            Value::Lit(n) if n.is_float() => (Operand::Const(Const::float(n.to_f64())), Ty::FLOAT64),
            Value::Lit(n) => (self.coerce(cx, Value::Lit(n), &Ty::Int, span), Ty::Int),
        }
    }

    /// Convert `v` to `want`, or report E0301.
    pub(super) fn coerce(&mut self, cx: &mut FnCx<'a>, v: Value, want: &Ty, span: Span) -> Operand {
        match (&v, want) {
            // Like Mojo, an IntLiteral that does not fit wraps to its low 64 bits.
            (Value::Lit(n), Ty::Int) if !n.is_float() => return Operand::Const(Const::Int(n.to_i64_wrapping())),
            (Value::Lit(n), Ty::Simd(dt, w)) if !n.is_float() || dt.is_float() => {
                let (n, dt, w) = (n.clone(), *dt, *w);
                return self.simd_literal(cx, &n, dt, w, span);
            }
            (Value::Op(o, t), w) if t == w => return o.clone(),
            (Value::Op(Operand::Local(l), Ty::Int | Ty::Simd(_, 1)), Ty::Simd(dt, 1))
                if cx.literal_choices.contains(l) && (dt.is_float() || matches!(&v, Value::Op(_, Ty::Int))) =>
            {
                return cx.emit_temp(want.clone(), Rvalue::Cast(Operand::Local(*l), want.clone()), span);
            }
            (Value::Op(_, Ty::Unknown), _) | (_, Ty::Unknown) => {
                // A stand-in after an error: an owned temporary, so that taking it reports
                // nothing more.
                let d = dummy(cx, want, span);
                if let Operand::Local(l) = d {
                    cx.f.locals[l as usize].owner = true;
                }
                return d;
            }
            // A scalar splats to a vector of its dtype.
            (Value::Op(o, Ty::Simd(dt, 1)), Ty::Simd(dt2, w)) if dt == dt2 && *w > 1 => {
                return cx.emit_temp(want.clone(), Rvalue::Splat(o.clone(), *w), span)
            }
            (Value::Op(o, Ty::Bool), Ty::Simd(crate::dtype::DType::Bool, w)) if *w > 1 => {
                let s = cx.emit_temp(
                    Ty::Simd(crate::dtype::DType::Bool, 1),
                    Rvalue::Cast(o.clone(), Ty::Simd(crate::dtype::DType::Bool, 1)),
                    span,
                );
                return cx.emit_temp(want.clone(), Rvalue::Splat(s, *w), span);
            }
            // `Bool` and `Scalar[DType.bool]` convert both ways.
            (Value::Op(o, Ty::Bool), Ty::Simd(crate::dtype::DType::Bool, 1))
            | (Value::Op(o, Ty::Simd(crate::dtype::DType::Bool, 1)), Ty::Bool) => {
                return cx.emit_temp(want.clone(), Rvalue::Cast(o.clone(), want.clone()), span)
            }
            // A function that does not raise is a value of the raising function type of its shape.
            (Value::Op(o, Ty::Func(a)), Ty::Func(b))
                if !a.raises && b.raises && a.params == b.params && a.ret == b.ret =>
            {
                return cx.emit_temp(want.clone(), Rvalue::Cast(o.clone(), want.clone()), span);
            }
            // A `String` or a `Writable` struct converts to an `Error` with its text.
            (Value::Op(o, t @ (Ty::String | Ty::Struct(_))), Ty::Error)
                if *t == Ty::String || self.declares(t, "Writable") =>
            {
                let (o, t) = (o.clone(), t.clone());
                let text = self.stringify(cx, o, &t, span);
                return cx.emit_temp(
                    Ty::Error,
                    Rvalue::Intrinsic(crate::mir::Intrinsic::ErrorFromStr, vec![text]),
                    span,
                );
            }
            (Value::Op(o, Ty::Tuple(ts)), Ty::Tuple(ws)) if ts.len() == ws.len() => {
                // Element-wise (only literals adapt, so this only fails with a message).
                let o = o.clone();
                let ts = ts.clone();
                let mut ops = Vec::new();
                for (i, (t, w)) in ts.iter().zip(ws).enumerate() {
                    let f = cx.emit_temp(t.clone(), Rvalue::Field(o.clone(), i as u32), span);
                    ops.push(self.coerce(cx, Value::Op(f, t.clone()), w, span));
                }
                return cx.emit_temp(want.clone(), Rvalue::Tuple(ops), span);
            }
            _ => {}
        }
        if let Some(o) = self.implicit_conversion(cx, &v, want, span) {
            return o;
        }
        let have = self.value_ty_name(&v);
        let mut d = self.error(
            Code::TYPE_MISMATCH,
            span,
            format!("cannot implicitly convert '{have}' value to '{}'", want.name()),
        );
        d.primary.message = format!("this is '{have}'");
        match (&v, want) {
            (Value::Op(_, Ty::Int | Ty::Simd(..)), Ty::Simd(..)) => {
                d.help = Some(format!("convert explicitly with `{}(x)`", want.name()))
            }
            (Value::Op(_, Ty::Simd(..)) | Value::Lit(Num::Float(..)), Ty::Int) => {
                d.help = Some("convert explicitly with `Int(x)`".into())
            }
            (_, Ty::String) => d.help = Some("convert explicitly with `String(x)`".into()),
            _ => {}
        }
        dummy(cx, want, span)
    }

    /// `want`'s `@implicit` constructor taking a value like `v` (`Optional[Int]` from `3` or
    /// `None`), called on `v`.
    fn implicit_conversion(&mut self, cx: &mut FnCx<'a>, v: &Value, want: &Ty, span: Span) -> Option<Operand> {
        let Ty::Struct(st) = want else { return None };
        // An `Array[T, n]` where a `Span[T]` is expected: a view of its `n` elements.
        if let (Some(want_elem), Value::Op(o, have)) = (self.instance_params(want, "Span"), v) {
            if let Some((elem, n)) = self.array_shape(have) {
                if want_elem.first() == Some(&elem) {
                    let ptr_ty = Ty::Ptr(Box::new(elem));
                    let data = cx.emit_temp(ptr_ty.clone(), Rvalue::Field(o.clone(), 0), span);
                    let ids = self.structs[st.id as usize].inits.clone();
                    let a = super::call::CallArgs {
                        positional: vec![],
                        keywords: vec![
                            ("unsafe_ptr".into(), Value::Op(data, ptr_ty), span),
                            ("length".into(), Value::Op(Operand::Const(Const::Int(n)), Ty::Int), span),
                        ],
                        sources: vec![],
                        kw_sources: vec![None, None],
                    };
                    let name = st.name.clone();
                    let made = self.call_user(cx, &name, &ids, a, span, span);
                    return match self.keep_viewed(cx, made, o, span) {
                        Value::Op(s, _) => Some(s),
                        Value::Lit(_) => None,
                    };
                }
            }
        }
        let inits: Vec<_> = self.structs[st.id as usize]
            .inits
            .iter()
            .copied()
            .filter(|f| {
                let sig = &self.sigs[*f as usize];
                sig.implicit
                    && sig.params.iter().filter(|p| p.default.is_none()).count() == 1
                    && !sig.params[0].kw_only
                    && match v {
                        Value::Op(_, t) => *t == sig.params[0].ty,
                        Value::Lit(n) => match &sig.params[0].ty {
                            Ty::Int => !n.is_float(),
                            Ty::Simd(dt, _) => dt.is_float() || !n.is_float(),
                            _ => false,
                        },
                    }
            })
            .collect();
        if inits.is_empty() {
            return None;
        }
        let a = super::call::CallArgs::of(vec![(v.clone(), span)]);
        let name = st.name.clone();
        let made = self.call_user(cx, &name, &inits, a, span, span);
        // A `Span` made from a list views it: the list lives as long as the span.
        let made = match v {
            Value::Op(o, _) => self.keep_viewed(cx, made, o, span),
            Value::Lit(_) => made,
        };
        match made {
            Value::Op(o, _) => Some(o),
            Value::Lit(_) => None,
        }
    }

    /// A condition: `Bool`, or a value with a truth value (`Int`, `Float64`, `String`).
    pub(super) fn cond(&mut self, cx: &mut FnCx<'a>, e: &Expr) -> Operand {
        let v = self.expr(cx, e);
        self.truthy(cx, v, e.span)
    }

    pub(super) fn truthy(&mut self, cx: &mut FnCx<'a>, v: Value, span: Span) -> Operand {
        use crate::mir::Intrinsic as I;
        if let Value::Op(_, Ty::Struct(st)) = &v {
            let name = st.name.clone();
            if let Some(b) = self.call_dunder(cx, "__bool__", v.clone(), None, vec![], span) {
                return self.truthy(cx, b, span);
            }
            self.error(Code::TYPE_MISMATCH, span, format!("'{name}' has no truth value"))
                .label("used as a condition")
                .with_help("give the struct a `def __bool__(self) -> Bool` method");
            return Operand::Const(Const::Bool(false));
        }
        let (o, t) = self.materialize(cx, v, span);
        let intr = match t {
            Ty::Bool => return o,
            Ty::Unknown => return Operand::Const(Const::Bool(false)),
            Ty::Int => return cx.emit_temp(Ty::Bool, Rvalue::Cast(o, Ty::Bool), span),
            Ty::Simd(_, 1) | Ty::Ptr(_) => return cx.emit_temp(Ty::Bool, Rvalue::Cast(o, Ty::Bool), span),
            Ty::String => I::StrToBool,
            other => {
                self.error(
                    Code::TYPE_MISMATCH,
                    span,
                    format!("'{}' has no truth value", other.name()),
                )
                .label("used as a condition");
                return Operand::Const(Const::Bool(false));
            }
        };
        cx.emit_temp(Ty::Bool, Rvalue::Intrinsic(intr, vec![o]), span)
    }

    /// An expression that must be known at compile time (a `comptime if` condition, `comptime
    /// for` bounds): one that calls a function (`is_pow2(n)`, `min(a, b)`) is run by the
    /// interpreter, as `comptime(...)` is; anything else is folded as usual.
    pub(super) fn compile_time(&mut self, cx: &mut FnCx<'a>, e: &Expr) -> Value {
        let calls = |n: &str| {
            cx.lookup(n).is_none()
                && (self.fn_by_name.contains_key(n)
                    || self.generic_by_name.contains_key(n)
                    || matches!(n, "min" | "max" | "abs"))
        };
        if calls_function(e, &calls) {
            let visible = cx.visible_to_comptime();
            return self
                .eval_comptime("comptime(...)", None, e, &visible)
                .unwrap_or_else(poison);
        }
        self.expr(cx, e)
    }

    pub(super) fn expr(&mut self, cx: &mut FnCx<'a>, e: &Expr) -> Value {
        let const_struct_ok = std::mem::take(&mut self.const_struct_ok);
        self.expr_kind(cx, e, const_struct_ok)
    }

    /// A compile-time struct value used as a run-time value is copied there, which Mojo 1.2 does
    /// implicitly only for `ImplicitlyCopyable` types (`materialize[X]()` copies explicitly).
    fn check_materialized(&mut self, cx: &FnCx<'a>, v: &Value, what: &str, span: Span) {
        let Value::Op(Operand::Const(_), t @ Ty::Struct(_)) = v else {
            return;
        };
        if cx.is_std || cx.comptime || self.legacy || self.implicitly_copyable(t) {
            return;
        }
        self.error(
            Code::IMPLICIT_COPY,
            span,
            format!(
                "cannot materialize comptime value of type '{}' to runtime because it is not 'ImplicitlyCopyable'",
                t.name()
            ),
        )
        .label("a compile-time value used at run time")
        .with_help(format!("materialize it explicitly: `materialize[{what}]()`"));
    }

    fn expr_kind(&mut self, cx: &mut FnCx<'a>, e: &Expr, const_struct_ok: bool) -> Value {
        match &e.kind {
            ExprKind::Int(i) => Value::Lit(Num::Int((*i).into())),
            ExprKind::Float(f) => Value::Lit(Num::parse_float(f)),
            ExprKind::Str(s) => Value::Op(Operand::Const(Const::Str(s.clone())), Ty::String),
            ExprKind::TString(parts) => self.tstring(cx, parts, e.span),
            // `comptime(f(12))`: computed by the interpreter now, like a `comptime` constant.
            ExprKind::ComptimeValue(inner) => {
                let visible = cx.visible_to_comptime();
                self.eval_comptime("comptime(...)", None, inner, &visible)
                    .unwrap_or_else(poison)
            }
            ExprKind::Bool(b) => Value::Op(Operand::Const(Const::Bool(*b)), Ty::Bool),
            ExprKind::None => Value::Op(Operand::Const(Const::None), Ty::None),
            ExprKind::Name(n) => self.name(cx, n, e.span, const_struct_ok),
            ExprKind::Tuple(items) => {
                let mut ops = Vec::new();
                let mut tys = Vec::new();
                for it in items {
                    let v = self.expr(cx, it);
                    let (o, t) = self.materialize(cx, v, it.span);
                    // The tuple owns its elements: temporaries move in (through the move
                    // constructor, as Mojo's tuple takes its elements as `var` arguments and moves
                    // them into its storage), variables are copied.
                    if let Operand::Local(l) = &o {
                        cx.transferred.remove(l);
                    }
                    let moves = Self::is_owned_temp(cx, &o);
                    let mut o = self.take_ownership(cx, &o, &t, it.span);
                    if moves {
                        o = self.move_value(cx, o, &t, it.span);
                        self.consume(cx, &o, it.span);
                    }
                    ops.push(o);
                    tys.push(t);
                }
                let ty = Ty::Tuple(tys);
                let tuple = cx.emit_temp(ty.clone(), Rvalue::Tuple(ops), e.span);
                if let Operand::Local(l) = tuple {
                    self.mark_owner(cx, l);
                }
                Value::Op(tuple, ty)
            }
            ExprKind::Binary(op, a, b) => self.binary(cx, *op, a, b, e.span),
            ExprKind::Unary(op, a) => self.unary(cx, *op, a, e.span),
            ExprKind::Compare(first, rest) => self.compare(cx, first, rest, e.span),
            ExprKind::And(a, b) => self.short_circuit(cx, a, b, true, e.span),
            ExprKind::Or(a, b) => self.short_circuit(cx, a, b, false, e.span),
            ExprKind::IfElse { cond, then, orelse } => self.if_else(cx, cond, then, orelse, e.span),
            ExprKind::Walrus(name, value) => self.walrus(cx, name, value),
            ExprKind::Call { callee, args } => self.call(cx, callee, args, e.span),
            ExprKind::Subscript { base, args } => self.subscript(cx, base, args, e.span),
            // `Self.n`: a value parameter of the struct being checked.
            ExprKind::Attr(base, name) if self.gpu_index_kind(cx, base).is_some() => {
                let kind = self.gpu_index_kind(cx, base).unwrap_or(0);
                self.gpu_index(cx, kind, base, name)
            }
            ExprKind::Attr(base, name) if matches!(&base.kind, ExprKind::Name(n) if n == "Self") => {
                let found = self.env.iter().rev().find_map(|(n, v)| match v {
                    super::generics::ParamValue::Value(v) if *n == name.text => Some(v.clone()),
                    _ => None,
                });
                if found.is_none() {
                    if let Some(v) = self.member_value(cx, base, name) {
                        return v;
                    }
                }
                found.unwrap_or_else(|| {
                    self.error(
                        Code::UNKNOWN_MEMBER,
                        name.span,
                        format!("'Self' has no parameter '{}'", name.text),
                    )
                    .label("not a parameter of this struct");
                    poison()
                })
            }
            ExprKind::Attr(base, name) if matches!(&base.kind, ExprKind::Name(n) if n == "DType" && cx.lookup(n).is_none()) => {
                self.dtype_member(name)
            }
            // `m.pi` after `import std.math as m`; `u.CONST` of one of the program's modules.
            ExprKind::Attr(base, name) if matches!(&base.kind, ExprKind::Name(m) if cx.lookup(m).is_none() && self.items.modules.contains_key(m)) =>
            {
                let ExprKind::Name(m) = &base.kind else { unreachable!() };
                let module = self.items.modules[m];
                let key = if module == crate::resolve::USER_MODULE {
                    name.text.clone()
                } else {
                    format!("_math_{}", name.text)
                };
                match self.items.const_index.get(&key) {
                    Some(&i) if module == crate::resolve::USER_MODULE || module == "math" => {
                        self.global_const(i).unwrap_or(poison())
                    }
                    _ => {
                        self.error(
                            Code::UNKNOWN_MEMBER,
                            name.span,
                            format!("module '{m}' has no value '{}'", name.text),
                        )
                        .label("not a constant of this module");
                        poison()
                    }
                }
            }
            // `Int.MAX`, `UInt8.MIN`, `Float64.MAX` (infinity) and `Float64.MAX_FINITE`.
            ExprKind::Attr(base, name)
                if matches!(&base.kind, ExprKind::Name(n) if cx.lookup(n).is_none() && (n == "Int" || crate::dtype::DType::from_alias(n).is_some()))
                    && matches!(name.text.as_str(), "MAX" | "MIN" | "MAX_FINITE" | "MIN_FINITE") =>
            {
                let ExprKind::Name(n) = &base.kind else { unreachable!() };
                self.numeric_limit(n, name)
            }
            ExprKind::Attr(base, name) => {
                // `Square.sides`, `T.sides`: a compile-time member of a struct type.
                if let Some(v) = self.member_value(cx, base, name) {
                    if !const_struct_ok {
                        let what = match &base.kind {
                            ExprKind::Name(b) => format!("{b}.{}", name.text),
                            _ => name.text.clone(),
                        };
                        self.check_materialized(cx, &v, &what, e.span);
                    }
                    return v;
                }
                self.const_struct_ok = true;
                let bv = self.expr(cx, base);
                let (o, t) = self.materialize(cx, bv, base.span);
                if let Ty::Struct(st) = &t {
                    if let Some(i) = st.fields().iter().position(|(n, _)| *n == name.text) {
                        let fty = st.fields()[i].1.clone();
                        return Value::Op(cx.emit_temp(fty.clone(), Rvalue::Field(o, i as u32), e.span), fty);
                    }
                    // `self.sides`: a compile-time member, through a value of the struct.
                    if self.has_member(st.id as usize, &name.text) {
                        if let Some(super::members::Member::Value(v)) =
                            self.member(st.id as usize, &name.text, name.span)
                        {
                            return v;
                        }
                        return poison();
                    }
                    // `m.r`: a value parameter of the struct instance.
                    let param = self.struct_envs[st.id as usize].iter().find_map(|(pn, v)| match v {
                        super::generics::ParamValue::Value(v) if *pn == name.text => Some(v.clone()),
                        _ => None,
                    });
                    if let Some(v) = param {
                        return v;
                    }
                }
                // `v.length` and `v.dtype` of a SIMD value: its parameters.
                if let Ty::Simd(dt, w) = t {
                    match name.text.as_str() {
                        "length" => return Value::Op(Operand::Const(Const::Int(w as i64)), Ty::Int),
                        "dtype" => return Value::Op(Operand::Const(Const::DType(dt)), Ty::DType),
                        _ => {}
                    }
                }
                if t != Ty::Unknown {
                    self.error(
                        Code::UNKNOWN_MEMBER,
                        name.span,
                        format!("'{}' value has no attribute '{}'", t.name(), name.text),
                    )
                    .label("no such field");
                }
                poison()
            }
            // `x^`: the value, transferred. Values are copied by value here, so a transfer reads the
            // value (nothing tracks the moved-from variable yet).
            ExprKind::Transfer(inner) => {
                // A read-only argument is the caller's value: nothing here owns it to give away
                // (nor a field of it).
                let mut root_expr: &Expr = inner;
                while let ExprKind::Attr(base, _) = &root_expr.kind {
                    root_expr = base;
                }
                if let ExprKind::Name(n) = &root_expr.kind {
                    if let Some(Binding::Var { local, mutable: false }) = cx.lookup(n) {
                        let local = *local;
                        let owned_elsewhere = matches!(cx.f.local_ty(local), Ty::Struct(_) | Ty::String | Ty::Tuple(_));
                        if cx.f.params.contains(&local) && owned_elsewhere && !cx.is_std && !self.legacy {
                            self.error(Code::IMMUTABLE, e.span, "cannot transfer out of immutable reference")
                                .label("a read-only argument")
                                .with_help(format!(
                                    "take the argument as `var {n}: ...` to own it, or pass a copy: `{n}.copy()`"
                                ));
                            return poison();
                        }
                    }
                }
                let v = self.expr(cx, inner);
                match v {
                    // A variable that owns its value hands it to a temporary (which then moves on).
                    Value::Op(Operand::Local(l), t) if cx.f.locals[l as usize].owner => {
                        let tmp = cx.temp(t.clone());
                        cx.emit(None, Rvalue::Forget(l), e.span);
                        cx.emit(Some(tmp), Rvalue::Use(Operand::Local(l)), e.span);
                        cx.f.locals[tmp as usize].owner = true;
                        // The variable is uninitialized until assigned again.
                        if matches!(inner.kind, ExprKind::Name(_)) {
                            cx.init[l as usize] = false;
                        }
                        cx.transferred.insert(tmp);
                        Value::Op(Operand::Local(tmp), t)
                    }
                    // A variable of a type with a move constructor but nothing to destroy: the
                    // constructor still runs where the value arrives.
                    Value::Op(Operand::Local(l), t)
                        if matches!(inner.kind, ExprKind::Name(_)) && self.move_constructor(&t).is_some() =>
                    {
                        let tmp = cx.temp(t.clone());
                        cx.emit(Some(tmp), Rvalue::Use(Operand::Local(l)), e.span);
                        cx.init[l as usize] = false;
                        cx.transferred.insert(tmp);
                        Value::Op(Operand::Local(tmp), t)
                    }
                    // A field of a `deinit` argument (a move constructor's source) moves out.
                    Value::Op(o, t) if cx.view_root(&o).is_some_and(|r| cx.deinit_params.contains(&r)) => {
                        if let Some(owner) = cx.deinit_field_owner(&o) {
                            cx.emit(None, Rvalue::Forget(owner), e.span);
                        }
                        let tmp = cx.temp(t.clone());
                        cx.emit(Some(tmp), Rvalue::Use(o), e.span);
                        self.mark_owner(cx, tmp);
                        cx.transferred.insert(tmp);
                        Value::Op(Operand::Local(tmp), t)
                    }
                    // A struct variable with nothing to destroy or move: its value is copied,
                    // and the variable still ends here, as in Mojo (`Int`s and other built-in
                    // scalars stay usable).
                    Value::Op(Operand::Local(l), t @ Ty::Struct(_))
                        if matches!(inner.kind, ExprKind::Name(_)) && cx.f.locals[l as usize].name.is_some() =>
                    {
                        let tmp = cx.temp(t.clone());
                        cx.emit(Some(tmp), Rvalue::Use(Operand::Local(l)), e.span);
                        cx.init[l as usize] = false;
                        Value::Op(Operand::Local(tmp), t)
                    }
                    // A field of a variable (`old = self.items^`): moved out until the field is
                    // given a new value (`field_moves.rs`).
                    Value::Op(o, t)
                        if matches!(inner.kind, ExprKind::Attr(..))
                            && self.needs_drop(&t)
                            && self.note_field_move(cx, inner, e.span).is_some() =>
                    {
                        let tmp = cx.temp(t.clone());
                        cx.emit(Some(tmp), Rvalue::Use(o), e.span);
                        self.mark_owner(cx, tmp);
                        cx.transferred.insert(tmp);
                        Value::Op(Operand::Local(tmp), t)
                    }
                    other => other,
                }
            }
            ExprKind::List(items) => self.list_literal(cx, items, e.span),
            ExprKind::Dict(pairs) => self.map_literal(cx, pairs, e.span),
            ExprKind::Set(items) => self.set_literal(cx, items, e.span),
            ExprKind::Comprehension {
                kind,
                elt,
                value,
                clauses,
            } => self.comprehension(cx, *kind, elt, value.as_deref(), clauses, e.span),
            ExprKind::Error => poison(),
            _ => {
                self.error(Code::UNSUPPORTED, e.span, "this expression is not supported yet")
                    .label("not supported yet");
                poison()
            }
        }
    }

    fn name(&mut self, cx: &mut FnCx<'a>, n: &str, span: Span, const_struct_ok: bool) -> Value {
        let v = self.name_value(cx, n, span);
        if !const_struct_ok {
            self.check_materialized(cx, &v, n, span);
        }
        match v {
            // A compile-time value that holds memory (`comptime SQ = squares(10)`, a `List`) is
            // built anew where it is used, as Mojo's `materialize[SQ]()` does.
            Value::Op(Operand::Const(c), t) if c.holds_memory() => {
                let o = self.build_const(cx, &c, span);
                if let Operand::Local(l) = &o {
                    self.mark_owner(cx, *l);
                }
                Value::Op(o, t)
            }
            v => v,
        }
    }

    /// Code that makes a run-time value equal to `c`, allocating the memory it holds.
    fn build_const(&mut self, cx: &mut FnCx<'a>, c: &Const, span: Span) -> Operand {
        match c {
            Const::Aggregate(t, cs) if c.holds_memory() => {
                let parts = cs.iter().map(|c| self.build_const(cx, c, span)).collect();
                cx.emit_temp(t.clone(), Rvalue::Tuple(parts), span)
            }
            Const::Memory(elem, None) => {
                let pty = Ty::Ptr(Box::new(elem.clone()));
                cx.emit_temp(pty.clone(), Rvalue::Cast(Operand::Const(Const::Int(0)), pty), span)
            }
            Const::Memory(elem, Some(items)) => {
                let pty = Ty::Ptr(Box::new(elem.clone()));
                let n = Operand::Const(Const::Int(items.len() as i64));
                let p = cx.emit_temp(pty.clone(), Rvalue::Alloc(n), span);
                for (i, item) in items.iter().enumerate() {
                    // The memory starts zeroed (a list's spare capacity stays so).
                    if is_zero(item) {
                        continue;
                    }
                    let v = self.build_const(cx, item, span);
                    let at = cx.emit_temp(
                        pty.clone(),
                        Rvalue::Offset(p.clone(), Operand::Const(Const::Int(i as i64))),
                        span,
                    );
                    cx.emit(None, Rvalue::Store(at, v), span);
                }
                p
            }
            c => Operand::Const(c.clone()),
        }
    }

    fn name_value(&mut self, cx: &mut FnCx<'a>, n: &str, span: Span) -> Value {
        match cx.lookup(n).cloned() {
            Some(Binding::Var { local, .. }) => {
                if !cx.init[local as usize] && cx.reachable() {
                    self.error(Code::UNINITIALIZED, span, format!("use of uninitialized value '{n}'"))
                        .label("may be used here before it is assigned")
                        .with_help(format!("assign '{n}' on every path before this use"));
                    cx.init[local as usize] = true;
                }
                cx.note_read(local, span);
                let ty = cx.f.local_ty(local).clone();
                return Value::Op(Operand::Local(local), ty);
            }
            Some(Binding::Const(v)) => {
                // A struct's value parameter is `Self.n` inside the struct in Mojo 1.2.
                if !cx.is_std {
                    self.check_qualified_struct_param(n, span);
                }
                return v;
            }
            Some(Binding::Func(f)) => return self.function_as_value(cx, f, span),
            Some(Binding::GenericClosure(_)) => {
                self.error(
                    Code::UNSUPPORTED,
                    span,
                    format!("'{n}' has compile-time parameters: it can be called (`{n}[...](...)`) or given to `vectorize`, not used as a value"),
                )
                .label("used as a value here")
                .with_help(format!("give its parameters: `{n}[...]`"));
                return poison();
            }
            // `ref n = place`: the place's current value.
            Some(Binding::Alias(place)) => return self.expr(cx, &place),
            Some(Binding::RuntimeOnly) => {
                self.error(
                    Code::COMPTIME_NOT_CONST,
                    span,
                    format!("'{n}' is a run-time value and cannot be used at compile time"),
                )
                .label("not known at compile time")
                .with_help("use a `comptime` value, or compute this at run time with `var`");
                return poison();
            }
            None => {}
        }
        // A value parameter of the instance whose signature is being read (`a: Mat[k]`).
        let param = self.env.iter().rev().find_map(|(pn, v)| match v {
            super::generics::ParamValue::Value(v) if pn == n => Some(v.clone()),
            _ => None,
        });
        if let Some(v) = param {
            return v;
        }
        if let Some(&i) = self.items.const_index.get(n) {
            // A collection constant (`comptime T: Array[Int, 3] = [1, 2, 3]`) is built anew
            // where it is used (Mojo's `materialize`): a value holding memory is no constant here.
            let item = &self.items.consts[i];
            if matches!(
                item.value.kind,
                ExprKind::List(_) | ExprKind::Dict(_) | ExprKind::Set(_)
            ) {
                let (value, ty) = (item.value, item.ty);
                let saved = cx.isolate_scopes();
                if let Some(t) = ty {
                    self.hint = Some(self.resolve_type(t));
                }
                let v = self.expr(cx, value);
                self.hint = None;
                cx.restore_scopes(saved);
                return match (v, ty) {
                    (Value::Op(o, t), Some(want)) => {
                        let want = self.resolve_type(want);
                        let o = self.coerce(cx, Value::Op(o, t), &want, span);
                        Value::Op(o, want)
                    }
                    (v, _) => v,
                };
            }
            return self.global_const(i).unwrap_or(poison());
        }
        // `from std.math import pi as PI`: `PI` is `pi`.
        if let Some(real) = self.items.std_aliases.get(n).cloned() {
            return self.name(cx, &real, span, false);
        }
        // `pi` after `from std.math import pi`.
        if self.items.imported.contains(n) {
            if let Some(&i) = self.items.const_index.get(&format!("_math_{n}")) {
                return self.global_const(i).unwrap_or(poison());
            }
        }
        if let Some(ids) = self.fn_by_name.get(n).cloned() {
            if let [f] = ids[..] {
                return self.function_as_value(cx, f, span);
            }
            self.error(
                Code::UNSUPPORTED,
                span,
                format!("using the overloaded function '{n}' as a value is not supported yet"),
            )
            .label("several functions have this name");
        } else if self.generic_by_name.contains_key(n) {
            self.error(
                Code::UNSUPPORTED,
                span,
                format!("using the generic function '{n}' as a value is not supported yet"),
            )
            .label("give its parameters, or call it");
        } else {
            let d = self
                .error(Code::UNKNOWN_NAME, span, format!("use of unknown declaration '{n}'"))
                .label("not found in this scope");
            // In a parameter list (`SIMD[dt, w]`, `p.load[width=w]`) only compile-time values
            // are visible, so a run-time variable is unknown there.
            if cx.f.name == super::simd::PARAMETER_SCOPE {
                d.with_help(format!(
                    "a parameter list is evaluated at compile time: a run-time variable cannot be used there (Mojo: \"cannot use a dynamic value in a parameter list\"); make it `comptime {n} = ...`"
                ));
            }
        }
        poison()
    }

    /// A float multiply feeding an add is fused later, by `mir::contract`.
    fn binary(&mut self, cx: &mut FnCx<'a>, op: A, a: &Expr, b: &Expr, span: Span) -> Value {
        // `x.id + f()`: the field is read when the operator runs (`operand_order.rs`).
        let (va, vb) = if self.defers_fields(cx, &[a, b]) {
            let vb = self.expr(cx, b);
            (self.expr(cx, a), vb)
        } else {
            (self.expr(cx, a), self.expr(cx, b))
        };
        self.binary_values(cx, op, va, vb, span)
    }

    pub(super) fn binary_values(&mut self, cx: &mut FnCx<'a>, op: A, va: Value, vb: Value, span: Span) -> Value {
        if let Value::Op(_, Ty::Struct(_)) = &va {
            let name = format!("__{}__", dunder_name(op));
            if let Some(v) = self.call_dunder(cx, &name, va.clone(), None, vec![(vb.clone(), span)], span) {
                return v;
            }
        }
        // `2 * m`: the right operand's reflected method (`m.__rmul__(2)`).
        if let Value::Op(_, Ty::Struct(_)) = &vb {
            let name = format!("__r{}__", dunder_name(op));
            if let Some(v) = self.call_dunder(cx, &name, vb.clone(), None, vec![(va.clone(), span)], span) {
                return v;
            }
        }
        if let (Value::Lit(x), Value::Lit(y)) = (&va, &vb) {
            let folded = match op {
                A::Add => Some(x.add(y)),
                A::Sub => Some(x.sub(y)),
                A::Mul => Some(x.mul(y)),
                A::Div => x.div(y),
                A::FloorDiv => x.floordiv(y),
                A::Mod => x.rem(y),
                A::Pow => x.pow(y),
                A::BitAnd | A::BitOr | A::BitXor | A::Shl | A::Shr => {
                    if x.is_float() || y.is_float() {
                        return self.bad_operator(op, &va, &vb, span);
                    }
                    x.bit(y, op)
                }
                A::MatMul => return self.bad_operator(op, &va, &vb, span),
            };
            return match folded {
                Some(n) => Value::Lit(n),
                // Mojo 1.2 folds a literal division by zero to nan (`1.0 / 0.0`, `1 / 0`, and the
                // float `//` and `%`), unlike the same division at run time.
                None if y.is_zero() && (op == A::Div || x.is_float() || y.is_float()) => {
                    Value::Op(Operand::Const(Const::float(f64::NAN)), Ty::FLOAT64)
                }
                // Float literals that leave the rationals (nan, inf) fold in Float64.
                None if x.is_float() || y.is_float() || op == A::Pow => {
                    let (p, q) = (x.to_f64(), y.to_f64());
                    let r = match op {
                        A::Div => p / q,
                        A::FloorDiv => crate::numeric::float_floordiv(p, q),
                        A::Mod => crate::numeric::float_mod(p, q),
                        _ => crate::numeric::float_pow(p, q),
                    };
                    Value::Op(Operand::Const(Const::float(r)), Ty::FLOAT64)
                }
                None => {
                    self.error(Code::COMPTIME_FAILED, span, "division by zero in a constant expression")
                        .label("the divisor is zero");
                    Value::Lit(Num::Int(0.into()))
                }
            };
        }
        // A scalar (or `Bool`) operand next to a SIMD value of its dtype takes the SIMD type.
        let (va, vb) = match (&va, &vb) {
            (Value::Op(_, ta @ Ty::Simd(dt, w)), Value::Op(_, tb)) if ta != tb && scalar_of(tb, *dt, *w) => {
                let t = ta.clone();
                let o = self.coerce(cx, vb.clone(), &t, span);
                (va.clone(), Value::Op(o, t))
            }
            (Value::Op(_, ta), Value::Op(_, tb @ Ty::Simd(dt, w))) if ta != tb && scalar_of(ta, *dt, *w) => {
                let t = tb.clone();
                let o = self.coerce(cx, va.clone(), &t, span);
                (Value::Op(o, t), vb.clone())
            }
            _ => (va, vb),
        };
        // Pointer arithmetic: `p + i`, `p - i`.
        if let (Value::Op(p, t @ Ty::Ptr(_)), A::Add | A::Sub) = (&va, op) {
            return self.pointer_offset(cx, p.clone(), &t.clone(), vb, op == A::Sub, span);
        }
        // One side typed: the literal takes the other side's type.
        let target = match (&va, &vb) {
            (Value::Op(_, t), Value::Lit(n)) | (Value::Lit(n), Value::Op(_, t)) => match (t, n.is_float()) {
                (Ty::Int, false) => Some(t.clone()),
                (Ty::Simd(dt, _), is_float) if dt.is_float() || !is_float => Some(t.clone()),
                (Ty::String, false) if op == A::Mul && matches!(vb, Value::Lit(_)) => None,
                _ => return self.bad_operator(op, &va, &vb, span),
            },
            _ => None,
        };
        let (oa, ta) = match target.clone() {
            Some(t) if matches!(va, Value::Lit(_)) => (self.coerce(cx, va.clone(), &t, span), t),
            _ => self.materialize(cx, va.clone(), span),
        };
        let (ob, tb) = match target {
            Some(t) if matches!(vb, Value::Lit(_)) => (self.coerce(cx, vb.clone(), &t, span), t),
            _ => self.materialize(cx, vb.clone(), span),
        };
        let mop = match (&ta, &tb) {
            (Ty::Int, Ty::Int) => match op {
                A::Add => M::IntAdd,
                A::Sub => M::IntSub,
                A::Mul => M::IntMul,
                A::FloorDiv => M::IntFloorDiv,
                A::Mod => M::IntMod,
                A::Pow => M::IntPow,
                A::BitAnd => M::IntAnd,
                A::BitOr => M::IntOr,
                A::BitXor => M::IntXor,
                A::Shl => M::IntShl,
                A::Shr => M::IntShr,
                // Mojo 1.2's `Int.__truediv__` truncates toward zero.
                A::Div => M::IntTruncDiv,
                A::MatMul => return self.bad_operator(op, &va, &vb, span),
            },
            (Ty::Simd(dt, w), Ty::Simd(dt2, w2)) if dt == dt2 && w == w2 => {
                let l = match op {
                    A::Add => LaneBin::Add,
                    A::Sub => LaneBin::Sub,
                    A::Mul => LaneBin::Mul,
                    A::Div => LaneBin::Div,
                    A::FloorDiv => LaneBin::FloorDiv,
                    A::Mod => LaneBin::Mod,
                    A::Pow => LaneBin::Pow,
                    A::BitAnd => LaneBin::And,
                    A::BitOr => LaneBin::Or,
                    A::BitXor => LaneBin::Xor,
                    A::Shl => LaneBin::Shl,
                    A::Shr => LaneBin::Shr,
                    A::MatMul => return self.bad_operator(op, &va, &vb, span),
                };
                if !l.supports(*dt) {
                    return self.bad_operator(op, &va, &vb, span);
                }
                M::Lane(l)
            }
            (Ty::Bool, Ty::Bool) => match op {
                A::BitAnd => M::BoolAnd,
                A::BitOr => M::BoolOr,
                A::BitXor => M::BoolXor,
                _ => return self.bad_operator(op, &va, &vb, span),
            },
            // `x ** n` with an `Int` exponent on a float scalar.
            (Ty::Simd(dt, 1), Ty::Int) if op == A::Pow && dt.is_float() => {
                let t = ta.clone();
                let e = cx.emit_temp(t.clone(), Rvalue::Cast(ob, t.clone()), span);
                return Value::Op(
                    cx.emit_temp(t.clone(), Rvalue::Binary(M::Lane(LaneBin::Pow), oa, e), span),
                    t,
                );
            }
            (Ty::String, Ty::String) if op == A::Add => M::StrConcat,
            (Ty::String, Ty::Int) if op == A::Mul => M::StrRepeat,
            _ => return self.bad_operator(op, &va, &vb, span),
        };
        let rty = crate::mir::verify::binop_result(mop, &ta, &tb).unwrap_or(Ty::Unknown);
        Value::Op(cx.emit_temp(rty.clone(), Rvalue::Binary(mop, oa, ob), span), rty)
    }

    fn bad_operator(&mut self, op: A, a: &Value, b: &Value, span: Span) -> Value {
        if is_poison(a) || is_poison(b) {
            return poison();
        }
        let sym = op_symbol(op);
        let (ta, tb) = (self.value_ty_name(a), self.value_ty_name(b));
        let mut d = self.error(
            Code::BAD_OPERATOR,
            span,
            format!("'{sym}' is not supported between '{ta}' and '{tb}'"),
        );
        d.primary.message = "no matching operator for these types".into();
        if ta != tb {
            d.help = Some("Mojo has no implicit numeric conversions: convert one side, e.g. `Float64(x)`".into());
        }
        poison()
    }

    fn unary(&mut self, cx: &mut FnCx<'a>, op: U, a: &Expr, span: Span) -> Value {
        let v = self.expr(cx, a);
        let dunder = match op {
            U::Neg => "__neg__",
            U::Pos => "__pos__",
            U::Invert => "__invert__",
            U::Not => "",
        };
        if !dunder.is_empty() {
            if let Some(r) = self.call_dunder(cx, dunder, v.clone(), None, vec![], span) {
                return r;
            }
        }
        if op == U::Not {
            let c = self.truthy(cx, v, a.span);
            if let Operand::Const(Const::Bool(b)) = c {
                return Value::Op(Operand::Const(Const::Bool(!b)), Ty::Bool);
            }
            return Value::Op(cx.emit_temp(Ty::Bool, Rvalue::Unary(UnOp::BoolNot, c), span), Ty::Bool);
        }
        if let Value::Lit(n) = &v {
            match op {
                // `-0.0` keeps its sign, which an exact rational cannot.
                U::Neg if n.is_float() && n.is_zero() => {
                    return Value::Op(Operand::Const(Const::float(-0.0)), Ty::FLOAT64)
                }
                U::Neg => return Value::Lit(n.neg()),
                U::Pos => return v,
                U::Invert if !n.is_float() => return Value::Lit(n.neg().sub(&Num::Int(1.into()))),
                _ => {}
            }
        }
        let (o, t) = self.materialize(cx, v, a.span);
        let mop = match (op, &t) {
            (U::Pos, Ty::Int | Ty::Simd(..)) => return Value::Op(o, t),
            (U::Neg, Ty::Int) => UnOp::IntNeg,
            (U::Neg, Ty::Simd(dt, _)) if *dt != crate::dtype::DType::Bool => UnOp::Lane(LaneUn::Neg),
            (U::Invert, Ty::Simd(dt, _)) if !dt.is_float() => UnOp::Lane(LaneUn::Not),
            (U::Invert, Ty::Int) => UnOp::IntNot,
            (U::Invert, Ty::Bool) => UnOp::BoolNot,
            (_, Ty::Unknown) => return poison(),
            _ => {
                let sym = match op {
                    U::Neg => "-",
                    U::Pos => "+",
                    _ => "~",
                };
                self.error(
                    Code::BAD_OPERATOR,
                    span,
                    format!("unary '{sym}' is not supported on '{}'", t.name()),
                )
                .label("no matching operator");
                return Value::Op(o, t);
            }
        };
        Value::Op(cx.emit_temp(t.clone(), Rvalue::Unary(mop, o), span), t)
    }

    fn short_circuit(&mut self, cx: &mut FnCx<'a>, a: &Expr, b: &Expr, is_and: bool, span: Span) -> Value {
        let va = self.expr(cx, a);
        // `x or y` of other values than `Bool`s is one of the values, as in Python and Mojo:
        // `name or String("anonymous")`, `5 and 0` is 0.
        if let Value::Op(_, t) = &va {
            if !matches!(t, Ty::Bool | Ty::Unknown | Ty::Simd(crate::dtype::DType::Bool, _)) {
                return self.short_circuit_value(cx, va, b, is_and, span);
            }
        }
        let ca = self.truthy(cx, va, a.span);
        let result = cx.temp(Ty::Bool);
        cx.emit(Some(result), Rvalue::Use(ca.clone()), span);
        let rhs = cx.new_block();
        let done = cx.new_block();
        let (then, orelse) = if is_and { (rhs, done) } else { (done, rhs) };
        cx.terminate(Terminator::Branch {
            cond: ca.clone(),
            then,
            orelse,
        });
        cx.switch_to(rhs);
        let init = cx.init_state();
        let cb = self.cond(cx, b);
        cx.emit(Some(result), Rvalue::Use(cb.clone()), span);
        if let (Operand::Const(Const::Bool(x)), Operand::Const(Const::Bool(y))) = (&ca, &cb) {
            let r = if is_and { *x && *y } else { *x || *y };
            cx.merge_init(&[init]);
            cx.switch_to(done);
            return Value::Op(Operand::Const(Const::Bool(r)), Ty::Bool);
        }
        cx.merge_init(&[init]);
        cx.switch_to(done);
        Value::Op(Operand::Local(result), Ty::Bool)
    }

    /// `a or b` / `a and b` where `a` is not a `Bool`: when `b` has `a`'s type, `a` if it decides
    /// (true for `or`, false for `and`), else `b` (evaluated only then); otherwise the truth of
    /// the two, a `Bool` (`n and flag`), as in Mojo 1.2.
    fn short_circuit_value(&mut self, cx: &mut FnCx<'a>, va: Value, b: &Expr, is_and: bool, span: Span) -> Value {
        let (oa, ty) = self.materialize(cx, va, span);
        let test = self.truthy(cx, Value::Op(oa.clone(), ty.clone()), span);
        let (keep_a, take_b, done) = (cx.new_block(), cx.new_block(), cx.new_block());
        let (then, orelse) = if is_and { (take_b, keep_a) } else { (keep_a, take_b) };
        cx.terminate(Terminator::Branch {
            cond: test,
            then,
            orelse,
        });
        cx.switch_to(take_b);
        let vb = self.expr(cx, b);
        let same = match &vb {
            Value::Op(_, t) => *t == ty,
            Value::Lit(_) => matches!(ty, Ty::Int | Ty::Simd(..)),
        };
        let result = cx.temp(if same { ty.clone() } else { Ty::Bool });
        if same {
            self.mark_owner(cx, result);
            let ob = self.coerce(cx, vb, &ty, b.span);
            let ob = self.take_ownership(cx, &ob, &ty, b.span);
            cx.emit(Some(result), Rvalue::Use(ob), span);
        } else {
            let tb = self.truthy(cx, vb, b.span);
            cx.emit(Some(result), Rvalue::Use(tb), span);
        }
        let end_b = cx.init_state();
        cx.goto(done);
        cx.switch_to(keep_a);
        if same {
            let oa = self.take_ownership(cx, &oa, &ty, span);
            cx.emit(Some(result), Rvalue::Use(oa), span);
        } else {
            cx.emit(Some(result), Rvalue::Use(Operand::Const(Const::Bool(!is_and))), span);
        }
        let end_a = cx.init_state();
        cx.goto(done);
        cx.switch_to(done);
        cx.merge_init(&[end_a, end_b]);
        Value::Op(Operand::Local(result), if same { ty } else { Ty::Bool })
    }

    /// `(name := value)`: the assignment `name = value` of a variable declared before (Mojo 1.2
    /// declares none), then the variable's new value.
    fn walrus(&mut self, cx: &mut FnCx<'a>, name: &crate::ast::Name, value: &Expr) -> Value {
        if cx.lookup(&name.text).is_none() {
            let v = self.expr(cx, value);
            if !is_poison(&v) {
                self.error(
                    Code::UNKNOWN_NAME,
                    name.span,
                    format!("use of unknown declaration '{}'", name.text),
                )
                .label("not declared")
                .with_help(format!(
                    "`:=` assigns a variable declared before it: add `var {}: T` above",
                    name.text
                ));
            }
            return poison();
        }
        let target = Expr::new(ExprKind::Name(name.text.clone()), name.span);
        let v = self.expr(cx, value);
        self.assign(cx, &target, v, value.span);
        self.expr(cx, &target)
    }

    fn if_else(&mut self, cx: &mut FnCx<'a>, cond: &Expr, then: &Expr, orelse: &Expr, span: Span) -> Value {
        let c = self.cond(cx, cond);
        let (bt, be, done) = (cx.new_block(), cx.new_block(), cx.new_block());
        cx.terminate(Terminator::Branch {
            cond: c,
            then: bt,
            orelse: be,
        });
        // Type both arms first (into their blocks), then unify.
        cx.switch_to(bt);
        let vt = self.expr(cx, then);
        let end_t = cx.init_state();
        let bt_end = cx.new_block();
        cx.goto(bt_end);
        cx.switch_to(be);
        let ve = self.expr(cx, orelse);
        let ty = match (&vt, &ve) {
            (Value::Op(_, t), _) | (Value::Lit(_), Value::Op(_, t)) => t.clone(),
            (Value::Lit(a), Value::Lit(b)) => {
                if a.is_float() != b.is_float() && self.typed_choice != Some(span) {
                    self.error(
                        Code::TYPE_MISMATCH,
                        span,
                        format!(
                            "ambiguous merge: the left value is an '{}' and the right value a '{}', and both convert to each other",
                            lit_name(a),
                            lit_name(b)
                        ),
                    )
                    .label("the two values have different literal types")
                    .with_help("write both as float literals (`1.0`), or convert one (`Float64(1)`)");
                }
                if a.is_float() || b.is_float() {
                    Ty::FLOAT64
                } else {
                    Ty::Int
                }
            }
        };
        // The result owns the arm's value: an owned temporary moves into it (a variable would be
        // copied, which needs `ImplicitlyCopyable` or an explicit `^`/`.copy()`).
        let result = cx.temp(ty.clone());
        self.mark_owner(cx, result);
        if matches!((&vt, &ve), (Value::Lit(_), Value::Lit(_))) {
            cx.literal_choices.insert(result);
        }
        let oe = self.coerce(cx, ve, &ty, orelse.span);
        let oe = self.take_ownership(cx, &oe, &ty, orelse.span);
        cx.emit(Some(result), Rvalue::Use(oe), span);
        let end_e = cx.init_state();
        cx.goto(done);
        cx.switch_to(bt_end);
        let ot = self.coerce(cx, vt, &ty, then.span);
        let ot = self.take_ownership(cx, &ot, &ty, then.span);
        cx.emit(Some(result), Rvalue::Use(ot), span);
        cx.goto(done);
        cx.switch_to(done);
        cx.merge_init(&[end_t, end_e]);
        Value::Op(Operand::Local(result), ty)
    }

    fn subscript(&mut self, cx: &mut FnCx<'a>, base: &Expr, args: &[ast::Arg], span: Span) -> Value {
        let bv = self.expr(cx, base);
        if let Value::Op(base_op, Ty::Struct(st)) = &bv {
            let name = st.name.clone();
            let base_op = base_op.clone();
            // `v[Int]` of a struct whose `__getitem__` takes compile-time parameters only
            // (`Variant.__getitem__[T](self)`): the brackets give the parameters.
            if self.methods_of(st.id as usize, "__getitem__", true).is_empty() {
                let at = Span::new(span.file, base.span.hi.min(span.hi) as usize, span.hi as usize);
                let receiver = vec![(bv.clone(), base.span)];
                if let Some(id) = self.generic_method(st.id as usize, "__getitem__", args, &receiver, at) {
                    let mut a = super::call::CallArgs::of(receiver);
                    a.sources[0] = Some(base.clone());
                    let v = self.call_user(cx, &format!("{name}.__getitem__"), &[id], a, at, at);
                    return self.keep_viewed(cx, v, &base_op, span);
                }
            }
            let mut idx: Vec<(Value, Span)> = Vec::new();
            let mut kw: Vec<(String, Value, Span)> = Vec::new();
            for a in args {
                let v = self.index_value(cx, &a.value);
                match &a.name {
                    Some(n) => kw.push((n.text.clone(), v, a.value.span)),
                    None => idx.push((v, a.value.span)),
                }
            }
            if idx.iter().any(|(v, _)| is_poison(v)) || kw.iter().any(|(_, v, _)| is_poison(v)) {
                return poison();
            }
            if self.negative_list_index(&bv, &idx) {
                return poison();
            }
            // Located at the `[`, as Mojo reports a failed bounds check.
            let at = Span::new(span.file, base.span.hi.min(span.hi) as usize, span.hi as usize);
            if let Some(v) = self.call_dunder_kw(cx, "__getitem__", bv.clone(), None, idx, kw, at) {
                return self.keep_viewed(cx, v, &base_op, span);
            }
            // `x[]`: older Mojo's dereference of a reference (a loop variable) is the value
            // (legacy mode).
            if args.is_empty() && self.legacy {
                return bv;
            }
            self.error(Code::BAD_OPERATOR, span, format!("'{name}' is not subscriptable"))
                .label("cannot index this")
                .with_help("give the struct a `__getitem__` method");
            return poison();
        }
        let (o, t) = self.materialize(cx, bv, base.span);
        if args.is_empty() && self.legacy && !matches!(t, Ty::Ptr(_)) {
            return Value::Op(o, t);
        }
        if let Ty::Simd(..) = t {
            return self.simd_index(cx, o, &t, args, span);
        }
        if let Ty::Ptr(_) = t {
            return self.pointer_index(cx, o, &t, args, span);
        }
        let Ty::Tuple(ts) = &t else {
            if t == Ty::Unknown {
                return poison();
            }
            if t == Ty::String {
                if let Some(v) = self.string_byte_index(cx, o.clone(), args, span) {
                    return v;
                }
                // Older Mojo: `s[i]` and `s[a:b]` index bytes (legacy mode).
                if let ([a], true) = (args, self.legacy) {
                    if a.name.is_none() {
                        return self.legacy_string_index(cx, o.clone(), &a.value, span);
                    }
                }
                self.error(
                    Code::BAD_OPERATOR,
                    span,
                    "a String is indexed by byte offsets, code points or graphemes: `s[byte=i]`, `s[codepoint=i]`, `s[grapheme=i]`",
                )
                .label("`s[i]` is not defined for String in Mojo 1.2 (UTF-8: a position is ambiguous)")
                .with_help(
                    "`s[byte=i]` is a raw UTF-8 byte, `s[codepoint=i]` a Unicode code point, `s[grapheme=i]` a user-visible character",
                );
            } else {
                self.error(Code::BAD_OPERATOR, span, format!("'{}' is not subscriptable", t.name()))
                    .label("cannot index this");
            }
            return poison();
        };
        let idx = match args {
            [ast::Arg { name: None, value }] => match self.expr(cx, value) {
                Value::Lit(n) => n.to_i64(),
                _ => None,
            },
            _ => None,
        };
        match idx {
            Some(i) if i >= 0 && (i as usize) < ts.len() => {
                let ft = ts[i as usize].clone();
                Value::Op(cx.emit_temp(ft.clone(), Rvalue::Field(o, i as u32), span), ft)
            }
            _ => {
                self.error(
                    Code::TUPLE_INDEX,
                    span,
                    format!("tuple index must be a constant from 0 to {}", ts.len() as i64 - 1),
                )
                .label(format!("this tuple has {} elements", ts.len()));
                poison()
            }
        }
    }
}

impl<'a> Checker<'a, '_> {
    /// `T.MAX` / `T.MIN` of `Int` and the scalar types (floats: the infinities; `MAX_FINITE` and
    /// `MIN_FINITE` the largest finite values).
    fn numeric_limit(&mut self, type_name: &str, name: &crate::ast::Name) -> Value {
        use crate::dtype::DType;
        let max = name.text.starts_with("MAX");
        let finite = name.text.ends_with("_FINITE");
        let dt = DType::from_alias(type_name).unwrap_or(DType::I64);
        if finite && !dt.is_float() {
            self.error(
                Code::UNKNOWN_MEMBER,
                name.span,
                format!("'{type_name}' has no member '{}'", name.text),
            )
            .label("integers have MAX and MIN");
            return poison();
        }
        if type_name == "Int" {
            let v = if max { i64::MAX } else { i64::MIN };
            return Value::Op(Operand::Const(Const::Int(v)), Ty::Int);
        }
        let lane = if dt.is_float() {
            let big = match dt {
                DType::F64 => f64::MAX,
                DType::F32 => f32::MAX as f64,
                DType::F16 => half::f16::MAX.to_f64(),
                _ => half::bf16::MAX.to_f64(),
            };
            let v = if finite { big } else { f64::INFINITY };
            crate::lanes::from_f64(dt, if max { v } else { -v })
        } else if dt == DType::Bool {
            max as u64
        } else {
            let bits = dt.bits();
            let (lo, hi): (i128, i128) = if dt.is_signed_int() {
                (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
            } else {
                (0, (1i128 << bits) - 1)
            };
            crate::lanes::normalize_int(dt, (if max { hi } else { lo }) as u64)
        };
        Value::Op(Operand::Const(Const::Scalar(dt, lane)), Ty::Simd(dt, 1))
    }

    /// A subscript's index: `a:b` builds a `ContiguousSlice`, `a:b:s` a `StridedSlice` (from
    /// the stdlib's `collections/span.mojo`); anything else is an ordinary value.
    /// Older Mojo's `s[i]` / `s[a:b]` on a `String`: bytes, negative indices from the end.
    fn legacy_string_index(&mut self, cx: &mut FnCx<'a>, s: Operand, e: &Expr, span: Span) -> Value {
        let int = |this: &mut Self, cx: &mut FnCx<'a>, x: Option<&Expr>| -> (Operand, bool) {
            match x {
                Some(x) => {
                    let v = this.expr(cx, x);
                    (this.coerce(cx, v, &Ty::Int, x.span), true)
                }
                None => (Operand::Const(Const::Int(0)), false),
            }
        };
        let flag = |b: bool| Operand::Const(Const::Bool(b));
        let (lo, hi, has_lo, has_hi) = match &e.kind {
            ExprKind::Slice { lo, hi, step: None } => {
                let (l, hl) = int(self, cx, lo.as_deref());
                let (h, hh) = int(self, cx, hi.as_deref());
                (l, h, flag(hl), flag(hh))
            }
            _ => {
                let (i, _) = int(self, cx, Some(e));
                // `s[-1]`: the end is `i + 1`, which is 0 for the last byte: use "to the end".
                let next = cx.emit_temp(
                    Ty::Int,
                    Rvalue::Binary(M::IntAdd, i.clone(), Operand::Const(Const::Int(1))),
                    span,
                );
                let at_end = cx.emit_temp(
                    Ty::Bool,
                    Rvalue::Binary(M::IntEq, next.clone(), Operand::Const(Const::Int(0))),
                    span,
                );
                let has_hi = cx.emit_temp(Ty::Bool, Rvalue::Unary(UnOp::BoolNot, at_end), span);
                (i, next, flag(true), has_hi)
            }
        };
        let args = vec![
            (Value::Op(s, Ty::String), span),
            (Value::Op(lo, Ty::Int), span),
            (Value::Op(hi, Ty::Int), span),
            (Value::Op(has_lo, Ty::Bool), span),
            (Value::Op(has_hi, Ty::Bool), span),
        ];
        self.string_helper(cx, "_str_py_slice", args, span)
    }

    /// `xs[-1]` on a `List` with a literal negative index: rejected at compile time, as Mojo 1.2
    /// does (a negative index computed at run time fails the bounds check).
    pub(super) fn negative_list_index(&mut self, base: &Value, idx: &[(Value, Span)]) -> bool {
        let [(Value::Lit(super::literal::Num::Int(n)), at)] = idx else {
            return false;
        };
        let Value::Op(_, t) = base else { return false };
        if *n >= 0.into() || self.instance_params(t, "List").is_none() {
            return false;
        }
        self.error(
            Code::COMPTIME_FAILED,
            *at,
            "negative indexing is not supported, use e.g. `x[len(x) - 1]`",
        )
        .label("a negative index")
        .with_help("index from the end with `len(x) - k`");
        true
    }

    fn index_value(&mut self, cx: &mut FnCx<'a>, e: &Expr) -> Value {
        let ExprKind::Slice { lo, hi, step } = &e.kind else {
            return self.expr(cx, e);
        };
        let int = |this: &mut Self, cx: &mut FnCx<'a>, x: &Option<Box<Expr>>| -> (Value, bool) {
            match x {
                Some(x) => {
                    let v = this.expr(cx, x);
                    let o = this.coerce(cx, v, &Ty::Int, x.span);
                    (Value::Op(o, Ty::Int), true)
                }
                None => (Value::Op(Operand::Const(Const::Int(0)), Ty::Int), false),
            }
        };
        let (start, has_start) = int(self, cx, lo);
        let (end, has_end) = int(self, cx, hi);
        let flag = |b: bool| (Value::Op(Operand::Const(Const::Bool(b)), Ty::Bool), e.span);
        let (name, positional) = match step {
            Some(s) => {
                let (step, _) = int(self, cx, &Some(s.clone()));
                (
                    "StridedSlice",
                    vec![
                        (start, e.span),
                        (end, e.span),
                        (step, e.span),
                        flag(has_start),
                        flag(has_end),
                    ],
                )
            }
            None => (
                "ContiguousSlice",
                vec![(start, e.span), (end, e.span), flag(has_start), flag(has_end)],
            ),
        };
        let Some(&st) = self.struct_by_name.get(name) else {
            self.error(Code::UNSUPPORTED, e.span, "slices need the stdlib `Span`")
                .label("no `Span` in this program");
            return poison();
        };
        let ids = self.structs[st].inits.clone();
        let n = positional.len();
        let a = super::call::CallArgs {
            positional,
            keywords: vec![],
            sources: vec![None; n],
            kw_sources: vec![],
        };
        self.call_user(cx, name, &ids, a, e.span, e.span)
    }

    /// A `Span` made from the value of `base` is a view of it: the variable `base` is part of
    /// lives as long as the span is used.
    /// The result `v` of a call that was given the address of `base`: a value that owns nothing
    /// may hold that address, so `base`'s variable lives as long as the result is used.
    pub(super) fn keep_addressed(&mut self, cx: &mut FnCx<'a>, v: Value, base: &Operand, span: Span) -> Value {
        let Value::Op(Operand::Local(l), t) = &v else { return v };
        if cx.f.locals[*l as usize].owner {
            return v;
        }
        let Some(root) = cx.view_root(base) else { return v };
        let d = cx.temp(t.clone());
        cx.emit(Some(d), Rvalue::ViewOf(Operand::Local(*l), root), span);
        Value::Op(Operand::Local(d), t.clone())
    }

    pub(super) fn keep_viewed(&mut self, cx: &mut FnCx<'a>, v: Value, base: &Operand, span: Span) -> Value {
        let Value::Op(o, t) = &v else { return v };
        if self.instance_params(t, "Span").is_none() && !matches!(t, Ty::Ptr(_)) {
            return v;
        }
        let Some(root) = cx.view_root(base) else { return v };
        let d = cx.temp(t.clone());
        cx.emit(Some(d), Rvalue::ViewOf(o.clone(), root), span);
        Value::Op(Operand::Local(d), t.clone())
    }
}

/// The dunder method behind a binary operator: `+` is `__add__`.
pub(super) fn dunder_name(op: A) -> &'static str {
    match op {
        A::Add => "add",
        A::Sub => "sub",
        A::Mul => "mul",
        A::Div => "truediv",
        A::FloorDiv => "floordiv",
        A::Mod => "mod",
        A::Pow => "pow",
        A::MatMul => "matmul",
        A::BitAnd => "and",
        A::BitOr => "or",
        A::BitXor => "xor",
        A::Shl => "lshift",
        A::Shr => "rshift",
    }
}

pub(super) fn op_symbol(op: A) -> &'static str {
    match op {
        A::Add => "+",
        A::Sub => "-",
        A::Mul => "*",
        A::Div => "/",
        A::FloorDiv => "//",
        A::Mod => "%",
        A::Pow => "**",
        A::MatMul => "@",
        A::BitAnd => "&",
        A::BitOr => "|",
        A::BitXor => "^",
        A::Shl => "<<",
        A::Shr => ">>",
    }
}

/// Whether `t` converts implicitly to `SIMD[dt, w]` next to it: the scalar of that dtype (for a
/// vector), or `Bool` (for a SIMD of bool).
fn scalar_of(t: &Ty, dt: crate::dtype::DType, w: u32) -> bool {
    match t {
        Ty::Simd(d2, 1) => *d2 == dt && w > 1,
        Ty::Bool => dt == crate::dtype::DType::Bool,
        _ => false,
    }
}

/// Whether a constant's bits are all zero (what fresh memory from `alloc` holds already).
fn is_zero(c: &Const) -> bool {
    match c {
        Const::Int(0) | Const::Bool(false) | Const::None | Const::Memory(_, None) => true,
        Const::Scalar(_, 0) => true,
        Const::Vector(_, l) => l.iter().all(|x| *x == 0),
        Const::Aggregate(_, cs) => cs.iter().all(is_zero),
        _ => false,
    }
}

/// Whether evaluating `e` calls a function that `is_function` accepts by name.
pub(super) fn calls_function(e: &Expr, is_function: &dyn Fn(&str) -> bool) -> bool {
    let f = |x: &Expr| calls_function(x, is_function);
    match &e.kind {
        ExprKind::Call { callee, args } => {
            matches!(&callee.kind, ExprKind::Name(n) if is_function(n)) || f(callee) || args.iter().any(|a| f(&a.value))
        }
        ExprKind::Binary(_, a, b) | ExprKind::And(a, b) | ExprKind::Or(a, b) => f(a) || f(b),
        ExprKind::Unary(_, a) | ExprKind::Attr(a, _) => f(a),
        ExprKind::Compare(a, rest) => f(a) || rest.iter().any(|(_, x)| f(x)),
        ExprKind::IfElse { cond, then, orelse } => f(cond) || f(then) || f(orelse),
        ExprKind::Subscript { base, args } => f(base) || args.iter().any(|a| f(&a.value)),
        ExprKind::Tuple(xs) => xs.iter().any(f),
        _ => false,
    }
}
