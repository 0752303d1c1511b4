//! SIMD, Mojo's one numeric family: `SIMD[dt, w]`, `Scalar[dt]` and the scalar aliases
//! (`Float32`, `UInt8`, ...), `DType` values, constructors and conversions, indexing, printing,
//! and the methods (`cast`, reductions, `select`, `shuffle`, `slice`, `join`, `fma`, the
//! element-wise comparisons). Operators are typed in `expr.rs` like every other type's.

use super::builder::FnCx;
use super::expr::{is_poison, poison};
use super::{Checker, Value};
use crate::ast::{Arg, Expr};
use crate::diag::Code;
use crate::dtype::DType;
use crate::lanes::{LaneBin, LaneUn, Reduce};
use crate::mir::{BinOp, Const, Intrinsic as I, Operand, Rvalue, Ty};
use crate::source::Span;

/// The widest SIMD value accepted (as in Mojo 1.2: 2^15 lanes).
pub const MAX_WIDTH: i64 = 1 << 15;

/// The name of the scope a parameter list's values are evaluated in (only compile-time values).
pub(super) const PARAMETER_SCOPE: &str = "parameters";

impl<'a> Checker<'a, '_> {
    /// A compile-time constant from an expression in a type or parameter list (`DType.int8`,
    /// `4`, `2 * n`, a parameter name).
    pub(super) fn comptime_const(&mut self, e: &Expr) -> Option<Const> {
        let sig = super::Sig::plain(PARAMETER_SCOPE.into(), vec![], Ty::None, false, e.span);
        let mut cx = FnCx::new(&sig, false);
        let env = self.env.clone();
        self.bind_env(&mut cx, &env);
        let v = self.expr(&mut cx, e);
        match v {
            v if is_poison(&v) => None,
            Value::Lit(n) if !n.is_float() => Some(Const::Int(n.to_i64_wrapping())),
            Value::Op(Operand::Const(c), _) => Some(c),
            _ => {
                self.not_comptime(e.span);
                None
            }
        }
    }

    pub(super) fn dtype_param(&mut self, e: &Expr) -> Option<DType> {
        // A type where a dtype is expected (`v.cast[Int]()`, `SIMD[Float32, 4]`).
        if let crate::ast::ExprKind::Name(n) = &e.kind {
            let suggestion = match n.as_str() {
                "Int" => Some(DType::I64),
                "Bool" => Some(DType::Bool),
                other => DType::from_alias(other),
            };
            if let Some(dt) = suggestion {
                self.error(
                    Code::TYPE_MISMATCH,
                    e.span,
                    format!("expected a DType, found the type '{n}'"),
                )
                .label("a type, not a DType")
                .with_help(format!("write `DType.{}`", dt.name()));
                return None;
            }
        }
        match self.comptime_const(e)? {
            Const::DType(dt) => Some(dt),
            _ => {
                self.error(Code::TYPE_MISMATCH, e.span, "expected a DType")
                    .label("not a DType")
                    .with_help("write a dtype such as `DType.float32`");
                None
            }
        }
    }

    pub(super) fn width_param(&mut self, e: &Expr) -> Option<u32> {
        match self.comptime_const(e)? {
            Const::Int(w) if w > 0 && w <= MAX_WIDTH && (w & (w - 1)) == 0 => Some(w as u32),
            Const::Int(w) => {
                self.error(
                    Code::TYPE_MISMATCH,
                    e.span,
                    format!("SIMD width must be a power of two from 1 to {MAX_WIDTH}, not {w}"),
                )
                .label("invalid width");
                None
            }
            _ => {
                self.error(Code::TYPE_MISMATCH, e.span, "expected an Int width")
                    .label("not an Int");
                None
            }
        }
    }

    /// `SIMD[dt, w]` or `Scalar[dt]` in a type position.
    pub(super) fn simd_type(&mut self, base: &str, args: &[Arg], span: Span) -> Ty {
        let want = if base == "Scalar" { 1 } else { 2 };
        if args.len() != want || args.iter().any(|a| a.name.is_some()) {
            let shape = if want == 1 {
                "Scalar[dtype]"
            } else {
                "SIMD[dtype, width]"
            };
            self.error(
                Code::ARITY,
                span,
                format!("'{base}' takes {want} parameter(s): `{shape}`"),
            )
            .label("wrong parameters");
            return Ty::Unknown;
        }
        let dt = self.dtype_param(&args[0].value);
        let w = if want == 2 {
            self.width_param(&args[1].value)
        } else {
            Some(1)
        };
        match (dt, w) {
            (Some(dt), Some(w)) => Ty::Simd(dt, w),
            _ => Ty::Unknown,
        }
    }

    /// `DType.float32` as a value.
    pub(super) fn dtype_member(&mut self, name: &crate::ast::Name) -> Value {
        match DType::from_name(&name.text) {
            Some(dt) => Value::Op(Operand::Const(Const::DType(dt)), Ty::DType),
            None => {
                self.error(
                    Code::UNKNOWN_MEMBER,
                    name.span,
                    format!("'DType' has no member '{}'", name.text),
                )
                .label("unknown dtype")
                .with_help("the dtypes are bool, int8..int64, uint8..uint64, float16, bfloat16, float32 and float64");
                poison()
            }
        }
    }

    /// A literal given a SIMD type: integers wrap to the lane type, floats round; a float
    /// literal cannot become an integer lane.
    pub(super) fn simd_literal(
        &mut self,
        cx: &mut FnCx<'a>,
        n: &super::literal::Num,
        dt: DType,
        w: u32,
        span: Span,
    ) -> Operand {
        let lane = if n.is_float() {
            if !dt.is_float() {
                self.error(
                    Code::TYPE_MISMATCH,
                    span,
                    format!(
                        "cannot implicitly convert 'FloatLiteral' value to '{}'",
                        Ty::Simd(dt, w).name()
                    ),
                )
                .label("a float literal")
                .with_help("use a float dtype, or convert at run time with `.cast[...]()`");
            }
            crate::lanes::from_f64(dt, n.to_f64())
        } else if dt.is_float() {
            crate::lanes::from_f64(dt, n.to_f64())
        } else {
            crate::lanes::from_i64(dt, n.to_i64_wrapping())
        };
        let c = Operand::Const(Const::Scalar(dt, lane));
        if w == 1 {
            c
        } else {
            cx.emit_temp(Ty::Simd(dt, w), Rvalue::Splat(c, w), span)
        }
    }

    /// A conversion to `Ty::Simd(dt, w)` from a value of another numeric type (`Float32(i)`,
    /// `Int8(x)`, `SIMD[DType.int32, 4](v)` for another dtype of that width), or `None` if there
    /// is none.
    fn convert_to_simd(
        &mut self,
        cx: &mut FnCx<'a>,
        o: Operand,
        t: &Ty,
        dt: DType,
        w: u32,
        span: Span,
    ) -> Option<Operand> {
        let want = Ty::Simd(dt, w);
        match t {
            _ if *t == want => Some(o),
            Ty::Simd(_, w2) if *w2 == w => Some(cx.emit_temp(want.clone(), Rvalue::Cast(o, want), span)),
            Ty::Simd(_, 1) => {
                let s = cx.emit_temp(Ty::Simd(dt, 1), Rvalue::Cast(o, Ty::Simd(dt, 1)), span);
                Some(cx.emit_temp(want, Rvalue::Splat(s, w), span))
            }
            Ty::Int | Ty::Bool => {
                let s = cx.emit_temp(Ty::Simd(dt, 1), Rvalue::Cast(o, Ty::Simd(dt, 1)), span);
                Some(if w == 1 {
                    s
                } else {
                    cx.emit_temp(want, Rvalue::Splat(s, w), span)
                })
            }
            _ => None,
        }
    }

    /// `Float32(x)`, `SIMD[dt, w](a, b, ...)`, `Scalar[dt](x)`: zero, a splat, one value per
    /// lane, or a conversion.
    pub(super) fn construct_simd(&mut self, cx: &mut FnCx<'a>, ty: Ty, args: Vec<(Value, Span)>, span: Span) -> Value {
        let Ty::Simd(dt, w) = ty else { return poison() };
        if args.iter().any(|(v, _)| is_poison(v)) {
            return poison();
        }
        match args.len() {
            0 => Value::Op(
                self.simd_literal(cx, &super::literal::Num::Int(0.into()), dt, w, span),
                ty,
            ),
            1 => {
                let (v, s) = args.into_iter().next().unwrap();
                if let Value::Lit(n) = &v {
                    return Value::Op(self.simd_literal(cx, n, dt, w, s), ty);
                }
                let (o, t) = self.materialize(cx, v, s);
                // `Float64(s)` parses (and may raise), as in Mojo 1.2 (other dtypes do not).
                if t == Ty::String && w == 1 && dt == crate::dtype::DType::F64 {
                    let ids = self.fn_by_name.get("_parse_float").cloned().unwrap_or_default();
                    let args = super::call::CallArgs::of(vec![(Value::Op(o, t), s)]);
                    let parsed = self.call_user(cx, &ty.name(), &ids, args, span, span);
                    let Value::Op(po, pt) = parsed else { return poison() };
                    return match self.convert_to_simd(cx, po, &pt, dt, w, span) {
                        Some(o) => Value::Op(o, ty),
                        None => poison(),
                    };
                }
                // `Float64(x)` of a struct with `__float__` (a `Floatable`).
                if let (Ty::Struct(_), true, 1) = (&t, dt.is_float(), w) {
                    if !self.conversion_declared(cx, &t, "Floatable", "FloatableRaising", "__float__", span) {
                        return poison();
                    }
                    let recv = Value::Op(o.clone(), t.clone());
                    if let Some(Value::Op(fo, ft)) = self.call_dunder(cx, "__float__", recv, None, vec![], span) {
                        if let Some(c) = self.convert_to_simd(cx, fo, &ft, dt, w, span) {
                            return Value::Op(c, ty);
                        }
                    }
                }
                match self.convert_to_simd(cx, o, &t, dt, w, span) {
                    Some(o) => Value::Op(o, ty),
                    None => {
                        self.error(
                            Code::TYPE_MISMATCH,
                            s,
                            format!("cannot construct '{}' from a '{}' value", ty.name(), t.name()),
                        )
                        .label("no such conversion");
                        poison()
                    }
                }
            }
            n if n == w as usize => {
                let mut ops = Vec::new();
                for (v, s) in args {
                    ops.push(self.coerce(cx, v, &Ty::Simd(dt, 1), s));
                }
                Value::Op(cx.emit_temp(ty.clone(), Rvalue::Lanes(ops), span), ty)
            }
            n => {
                self.error(
                    Code::ARITY,
                    span,
                    format!("'{}' takes 1 value to splat or {w} lane values, got {n}", ty.name()),
                )
                .label("wrong number of values");
                poison()
            }
        }
    }

    /// `v[i]` on a SIMD value.
    pub(super) fn simd_index(&mut self, cx: &mut FnCx<'a>, o: Operand, t: &Ty, args: &[Arg], span: Span) -> Value {
        let Ty::Simd(dt, w) = *t else { return poison() };
        let Some((i, ispan)) = self.simd_lane(cx, args, span) else {
            return poison();
        };
        if let Operand::Const(Const::Int(k)) = i {
            if k < 0 || k >= w as i64 {
                self.error(
                    Code::TYPE_MISMATCH,
                    ispan,
                    format!("index {k} is out of bounds for a SIMD of width {w}"),
                )
                .label("out of bounds");
                return poison();
            }
        }
        let rt = Ty::Simd(dt, 1);
        Value::Op(cx.emit_temp(rt.clone(), Rvalue::Extract(o, i), span), rt)
    }

    /// `v[i] = x`: the vector with lane `i` replaced.
    pub(super) fn simd_insert(
        &mut self,
        cx: &mut FnCx<'a>,
        o: Operand,
        t: &Ty,
        args: &[Arg],
        x: Value,
        span: Span,
    ) -> Value {
        let Ty::Simd(dt, _) = *t else { return poison() };
        let Some((i, _)) = self.simd_lane(cx, args, span) else {
            return poison();
        };
        let x = self.coerce(cx, x, &Ty::Simd(dt, 1), span);
        Value::Op(cx.emit_temp(t.clone(), Rvalue::Insert(o, i, x), span), t.clone())
    }

    /// The one lane index of `v[i]` (as an `Int`) and where it is written.
    fn simd_lane(&mut self, cx: &mut FnCx<'a>, args: &[Arg], span: Span) -> Option<(Operand, Span)> {
        let [a] = args else {
            self.error(Code::ARITY, span, "a SIMD value takes one index")
                .label("one index expected");
            return None;
        };
        let iv = self.expr(cx, &a.value);
        Some((self.coerce(cx, iv, &Ty::Int, a.value.span), a.value.span))
    }

    /// Print a SIMD value: a scalar as its number, a vector as `[a, b, c, d]`.
    pub(super) fn write_simd(&mut self, cx: &mut FnCx<'a>, o: Operand, t: &Ty, span: Span) {
        let Ty::Simd(dt, w) = *t else { return };
        if w == 1 {
            cx.emit(None, Rvalue::Intrinsic(I::WriteScalar, vec![o]), span);
            return;
        }
        let text = |s: &str| Operand::Const(Const::Str(s.into()));
        cx.emit(None, Rvalue::Intrinsic(I::WriteStr, vec![text("[")]), span);
        for i in 0..w {
            if i > 0 {
                cx.emit(None, Rvalue::Intrinsic(I::WriteStr, vec![text(", ")]), span);
            }
            let lane = cx.emit_temp(
                Ty::Simd(dt, 1),
                Rvalue::Extract(o.clone(), Operand::Const(Const::Int(i as i64))),
                span,
            );
            cx.emit(None, Rvalue::Intrinsic(I::WriteScalar, vec![lane]), span);
        }
        cx.emit(None, Rvalue::Intrinsic(I::WriteStr, vec![text("]")]), span);
    }

    /// `String(v)`: the text `print` shows.
    pub(super) fn simd_to_string(&mut self, cx: &mut FnCx<'a>, o: Operand, t: &Ty, span: Span) -> Operand {
        let Ty::Simd(dt, w) = *t else {
            return Operand::Const(Const::Str(String::new()));
        };
        let lane_str = |cx: &mut FnCx<'a>, lane: Operand| {
            cx.emit_temp(Ty::String, Rvalue::Intrinsic(I::ScalarToStr, vec![lane]), span)
        };
        if w == 1 {
            return lane_str(cx, o);
        }
        let mut acc = Operand::Const(Const::Str("[".into()));
        for i in 0..w {
            if i > 0 {
                acc = cx.emit_temp(
                    Ty::String,
                    Rvalue::Binary(BinOp::StrConcat, acc, Operand::Const(Const::Str(", ".into()))),
                    span,
                );
            }
            let lane = cx.emit_temp(
                Ty::Simd(dt, 1),
                Rvalue::Extract(o.clone(), Operand::Const(Const::Int(i as i64))),
                span,
            );
            let s = lane_str(cx, lane);
            acc = cx.emit_temp(Ty::String, Rvalue::Binary(BinOp::StrConcat, acc, s), span);
        }
        cx.emit_temp(
            Ty::String,
            Rvalue::Binary(BinOp::StrConcat, acc, Operand::Const(Const::Str("]".into()))),
            span,
        )
    }

    /// `abs`, `min`, `max` and `round` on SIMD values (the prelude has the `Int` versions).
    pub(super) fn simd_builtin(
        &mut self,
        cx: &mut FnCx<'a>,
        name: &str,
        args: &[(Value, Span)],
        span: Span,
    ) -> Option<Value> {
        let first_simd = args.iter().find_map(|(v, _)| match v {
            Value::Op(_, t @ Ty::Simd(..)) => Some(t.clone()),
            _ => None,
        })?;
        let Ty::Simd(dt, _) = first_simd else { return None };
        let un = |op| match (name, args.len()) {
            ("abs", 1) => Some(op),
            _ => None,
        };
        if let Some(op) = un(LaneUn::Abs).or(if name == "round" && args.len() == 1 {
            Some(LaneUn::Round)
        } else {
            None
        }) {
            let o = self.coerce(cx, args[0].0.clone(), &first_simd, args[0].1);
            if !op.supports(dt) {
                return None;
            }
            return Some(Value::Op(
                cx.emit_temp(first_simd.clone(), Rvalue::Unary(crate::mir::UnOp::Lane(op), o), span),
                first_simd,
            ));
        }
        let op = match name {
            "min" => LaneBin::Min,
            "max" => LaneBin::Max,
            _ => return None,
        };
        if args.len() < 2 || !op.supports(dt) {
            return None;
        }
        let mut acc = self.coerce(cx, args[0].0.clone(), &first_simd, args[0].1);
        for (v, s) in &args[1..] {
            let o = self.coerce(cx, v.clone(), &first_simd, *s);
            acc = cx.emit_temp(first_simd.clone(), Rvalue::Binary(BinOp::Lane(op), acc, o), span);
        }
        Some(Value::Op(acc, first_simd))
    }

    /// A method of a SIMD value, with its compile-time parameters (`v.cast[DType.int32]()`).
    /// `iota[dt, w](offset)`: the lanes `offset, offset + 1, ...` (offset 0 when left out).
    pub(super) fn iota(&mut self, cx: &mut FnCx<'a>, ps: &[Arg], args: Vec<(Value, Span)>, span: Span) -> Value {
        let (Some(dt), Some(w)) = (self.dtype_param(&ps[0].value), self.width_param(&ps[1].value)) else {
            return poison();
        };
        if args.len() > 1 {
            self.error(Code::ARITY, span, "'iota' takes at most one argument (the first value)")
                .label("too many arguments");
            return poison();
        }
        let t = Ty::Simd(dt, w);
        let lanes = (0..w as i64)
            .map(|i| {
                if dt.is_float() {
                    crate::lanes::from_f64(dt, i as f64)
                } else {
                    crate::lanes::from_i64(dt, i)
                }
            })
            .collect();
        let steps = Operand::Const(Const::Vector(dt, lanes));
        let Some((v, s)) = args.into_iter().next() else {
            return Value::Op(steps, t);
        };
        let base = self.coerce(cx, v, &t, s);
        let sum = Rvalue::Binary(BinOp::Lane(LaneBin::Add), base, steps);
        Value::Op(cx.emit_temp(t.clone(), sum, span), t)
    }

    pub(super) fn simd_method(
        &mut self,
        cx: &mut FnCx<'a>,
        recv: (Operand, Ty),
        method: &crate::ast::Name,
        params: &[Arg],
        args: Vec<(Value, Span)>,
        span: Span,
    ) -> Value {
        let (o, t) = recv;
        let Ty::Simd(dt, w) = t else { return poison() };
        let m = method.text.as_str();
        let nargs = args.len();
        let arity = |this: &mut Self, n: usize| -> bool {
            if nargs != n {
                this.error(Code::ARITY, span, format!("'{m}' takes {n} argument(s), got {nargs}"))
                    .label("wrong number of arguments");
                return false;
            }
            true
        };
        let no_params = |this: &mut Self| -> bool {
            if !params.is_empty() {
                this.error(Code::ARITY, span, format!("'{m}' takes no compile-time parameters"))
                    .label("unexpected parameters");
                return false;
            }
            true
        };
        let bool_ty = |w: u32| if w == 1 { Ty::Bool } else { Ty::Simd(DType::Bool, w) };
        match m {
            "cast" => {
                let [p] = params else {
                    self.error(
                        Code::ARITY,
                        span,
                        "'cast' takes the target dtype: `v.cast[DType.int32]()`",
                    )
                    .label("missing dtype");
                    return poison();
                };
                let Some(to) = self.dtype_param(&p.value) else {
                    return poison();
                };
                if !arity(self, 0) {
                    return poison();
                }
                let rt = Ty::Simd(to, w);
                Value::Op(cx.emit_temp(rt.clone(), Rvalue::Cast(o, rt.clone()), span), rt)
            }
            "reduce_add" | "reduce_mul" | "reduce_min" | "reduce_max" | "reduce_and" | "reduce_or" => {
                let op = match m {
                    "reduce_add" => Reduce::Add,
                    "reduce_mul" => Reduce::Mul,
                    "reduce_min" => Reduce::Min,
                    "reduce_max" => Reduce::Max,
                    "reduce_and" => Reduce::And,
                    _ => Reduce::Or,
                };
                if !op.lane_op().supports(dt) {
                    self.error(
                        Code::BAD_OPERATOR,
                        method.span,
                        format!("'{m}' is not defined for '{}'", t.name()),
                    )
                    .label("not for this dtype");
                    return poison();
                }
                let target = match params {
                    [] => 1,
                    [p] => match self.width_param(&p.value) {
                        Some(k) if k <= w => k,
                        Some(k) => {
                            self.error(
                                Code::TYPE_MISMATCH,
                                p.value.span,
                                format!("cannot reduce width {w} to {k}"),
                            )
                            .label("wider than the vector");
                            return poison();
                        }
                        None => return poison(),
                    },
                    _ => {
                        self.error(Code::ARITY, span, format!("'{m}' takes at most one parameter"));
                        return poison();
                    }
                };
                if !arity(self, 0) {
                    return poison();
                }
                // Width 1 is one horizontal reduction; a wider target halves the vector until
                // it has that width (lane i of the result combines lanes i, i+k, i+2k, ...).
                let (mut cur, mut cw) = (o, w);
                if target == 1 && w > 1 {
                    cur = cx.emit_temp(Ty::Simd(dt, 1), Rvalue::Reduce(op, cur), span);
                }
                while target > 1 && cw > target {
                    let half = cw / 2;
                    let ht = Ty::Simd(dt, half);
                    let lo = cx.emit_temp(
                        ht.clone(),
                        Rvalue::Shuffle(cur.clone(), cur.clone(), (0..half).collect()),
                        span,
                    );
                    let hi = cx.emit_temp(
                        ht.clone(),
                        Rvalue::Shuffle(cur.clone(), cur, (half..cw).collect()),
                        span,
                    );
                    cur = cx.emit_temp(ht, Rvalue::Binary(BinOp::Lane(op.lane_op()), lo, hi), span);
                    cw = half;
                }
                let rt = Ty::Simd(dt, target);
                Value::Op(cur, rt)
            }
            "eq" | "ne" | "lt" | "le" | "gt" | "ge" => {
                if !no_params(self) || !arity(self, 1) {
                    return poison();
                }
                let op = match m {
                    "eq" => LaneBin::Eq,
                    "ne" => LaneBin::Ne,
                    "lt" => LaneBin::Lt,
                    "le" => LaneBin::Le,
                    "gt" => LaneBin::Gt,
                    _ => LaneBin::Ge,
                };
                let (v, s) = args.into_iter().next().unwrap();
                let other = self.coerce(cx, v, &t, s);
                // Element-wise, always a SIMD of bool (even at width 1).
                let rt = Ty::Simd(DType::Bool, w);
                let r = cx.emit_temp(bool_ty(w), Rvalue::Binary(BinOp::Lane(op), o, other), span);
                if w == 1 {
                    return Value::Op(cx.emit_temp(rt.clone(), Rvalue::Cast(r, rt.clone()), span), rt);
                }
                Value::Op(r, rt)
            }
            "select" => {
                if dt != DType::Bool {
                    self.error(
                        Code::BAD_OPERATOR,
                        method.span,
                        "'select' is a method of a SIMD of bool",
                    )
                    .label("the condition must be a SIMD of bool")
                    .with_help("compare element-wise first, e.g. `a.gt(b).select(a, b)`");
                    return poison();
                }
                if !arity(self, 2) {
                    return poison();
                }
                let mut it = args.into_iter();
                let (va, sa) = it.next().unwrap();
                let (vb, sb) = it.next().unwrap();
                let (oa, ta) = match va {
                    Value::Lit(_) => {
                        let (ob, tb) = self.materialize(cx, vb.clone(), sb);
                        let oa = self.coerce(cx, va, &tb, sa);
                        return self.finish_select(cx, o, (oa, tb.clone()), (ob, tb), w, span);
                    }
                    v => self.materialize(cx, v, sa),
                };
                let ob = self.coerce(cx, vb, &ta, sb);
                self.finish_select(cx, o, (oa, ta.clone()), (ob, ta), w, span)
            }
            "shuffle" => {
                let other = match nargs {
                    0 => o.clone(),
                    1 => {
                        let (v, s) = args.into_iter().next().unwrap();
                        self.coerce(cx, v, &t, s)
                    }
                    _ => {
                        arity(self, 1);
                        return poison();
                    }
                };
                let limit = if nargs == 0 { w } else { 2 * w };
                let mut mask = Vec::new();
                for p in params {
                    match self.comptime_const(&p.value) {
                        Some(Const::Int(k)) if k >= 0 && k < limit as i64 => mask.push(k as u32),
                        Some(_) => {
                            self.error(
                                Code::TYPE_MISMATCH,
                                p.value.span,
                                format!("shuffle index must be from 0 to {}", limit - 1),
                            )
                            .label("out of range");
                            return poison();
                        }
                        None => return poison(),
                    }
                }
                let n = mask.len() as i64;
                if n != w as i64 {
                    self.error(
                        Code::ARITY,
                        span,
                        format!("a shuffle of a {w}-lane vector takes {w} lane indices, got {n}"),
                    )
                    .label("mismatch in the number of elements");
                    return poison();
                }
                let rt = Ty::Simd(dt, n as u32);
                Value::Op(cx.emit_temp(rt.clone(), Rvalue::Shuffle(o, other, mask), span), rt)
            }
            "slice" => {
                let Some(first) = params.iter().find(|p| p.name.is_none()) else {
                    self.error(Code::ARITY, span, "'slice' takes the width: `v.slice[2, offset=1]()`");
                    return poison();
                };
                let Some(k) = self.width_param(&first.value) else {
                    return poison();
                };
                let offset = match params
                    .iter()
                    .find(|p| p.name.as_ref().is_some_and(|n| n.text == "offset"))
                {
                    Some(p) => match self.comptime_const(&p.value) {
                        Some(Const::Int(off)) if off >= 0 && off + k as i64 <= w as i64 => off as u32,
                        Some(_) => {
                            self.error(
                                Code::TYPE_MISMATCH,
                                p.value.span,
                                format!("a slice of {k} lanes at this offset does not fit in width {w}"),
                            )
                            .label("out of range");
                            return poison();
                        }
                        None => return poison(),
                    },
                    None if k <= w => 0,
                    None => {
                        self.error(
                            Code::TYPE_MISMATCH,
                            first.value.span,
                            format!("cannot slice {k} lanes from width {w}"),
                        )
                        .label("out of range");
                        return poison();
                    }
                };
                if !arity(self, 0) {
                    return poison();
                }
                let rt = Ty::Simd(dt, k);
                Value::Op(
                    cx.emit_temp(
                        rt.clone(),
                        Rvalue::Shuffle(o.clone(), o, (offset..offset + k).collect()),
                        span,
                    ),
                    rt,
                )
            }
            // `a.interleave(b)`: `[a0, b0, a1, b1, ...]`.
            "interleave" => {
                if !no_params(self) || !arity(self, 1) {
                    return poison();
                }
                let (v, s) = args.into_iter().next().unwrap();
                let other = self.coerce(cx, v, &t, s);
                let rt = Ty::Simd(dt, 2 * w);
                let mask = (0..w).flat_map(|i| [i, w + i]).collect();
                Value::Op(cx.emit_temp(rt.clone(), Rvalue::Shuffle(o, other, mask), span), rt)
            }
            // Lanes moved `n` places, zeros filling in (`shift_left`/`shift_right`) or wrapping
            // around (`rotate_left`/`rotate_right`).
            "shift_left" | "shift_right" | "rotate_left" | "rotate_right" => {
                let [p] = params else {
                    self.error(Code::ARITY, span, format!("'{m}' takes the lane count: `v.{m}[1]()`"))
                        .label("missing count");
                    return poison();
                };
                let Some(Const::Int(n)) = self.comptime_const(&p.value) else {
                    return poison();
                };
                if !arity(self, 0) {
                    return poison();
                }
                let (wi, n) = (w as i64, n.rem_euclid(w.max(1) as i64));
                // Lane `i` of the result takes lane `mask[i]` of `[o..., zeros...]`.
                let mask: Vec<u32> = (0..wi)
                    .map(|i| match m {
                        "shift_left" if i + n < wi => (i + n) as u32,
                        "shift_right" if i >= n => (i - n) as u32,
                        "shift_left" | "shift_right" => w,
                        "rotate_left" => ((i + n) % wi) as u32,
                        _ => ((i - n).rem_euclid(wi)) as u32,
                    })
                    .collect();
                let zeros = self.coerce(cx, Value::Lit(super::literal::Num::Int(0.into())), &t, span);
                Value::Op(cx.emit_temp(t.clone(), Rvalue::Shuffle(o, zeros, mask), span), t)
            }
            // `v.clamp(lo, hi)`: each lane kept between `lo` and `hi`.
            "clamp" => {
                if !no_params(self) || !arity(self, 2) {
                    return poison();
                }
                let mut it = args.into_iter();
                let (lo, ls) = it.next().unwrap();
                let (hi, hs) = it.next().unwrap();
                let v = Value::Op(o, t.clone());
                let Some(upper) = self.simd_builtin(cx, "min", &[(v, span), (hi, hs)], span) else {
                    return poison();
                };
                self.simd_builtin(cx, "max", &[(upper, span), (lo, ls)], span)
                    .unwrap_or_else(poison)
            }
            // `v.deinterleave()`: `(even lanes, odd lanes)`; `v.split()`: `(low half, high half)`.
            "deinterleave" | "split" => {
                if !no_params(self) || !arity(self, 0) {
                    return poison();
                }
                if w < 2 || w % 2 != 0 {
                    self.error(
                        Code::TYPE_MISMATCH,
                        span,
                        format!("'{m}' needs a SIMD width of at least 2"),
                    )
                    .label("width 1");
                    return poison();
                }
                let half = Ty::Simd(dt, w / 2);
                let (first, second): (Vec<u32>, Vec<u32>) = if m == "deinterleave" {
                    (
                        (0..w / 2).map(|i| 2 * i).collect(),
                        (0..w / 2).map(|i| 2 * i + 1).collect(),
                    )
                } else {
                    ((0..w / 2).collect(), (w / 2..w).collect())
                };
                let a = cx.emit_temp(half.clone(), Rvalue::Shuffle(o.clone(), o.clone(), first), span);
                let b = cx.emit_temp(half.clone(), Rvalue::Shuffle(o.clone(), o, second), span);
                let tt = Ty::Tuple(vec![half.clone(), half]);
                Value::Op(cx.emit_temp(tt.clone(), Rvalue::Tuple(vec![a, b]), span), tt)
            }
            "join" => {
                if !no_params(self) || !arity(self, 1) {
                    return poison();
                }
                let (v, s) = args.into_iter().next().unwrap();
                let other = self.coerce(cx, v, &t, s);
                let rt = Ty::Simd(dt, 2 * w);
                Value::Op(
                    cx.emit_temp(rt.clone(), Rvalue::Shuffle(o, other, (0..2 * w).collect()), span),
                    rt,
                )
            }
            "fma" => {
                if !no_params(self) || !arity(self, 2) {
                    return poison();
                }
                let mut it = args.into_iter();
                let (vb, sb) = it.next().unwrap();
                let (vc, sc) = it.next().unwrap();
                let b = self.coerce(cx, vb, &t, sb);
                let c = self.coerce(cx, vc, &t, sc);
                Value::Op(cx.emit_temp(t.clone(), Rvalue::Fma(o, b, c), span), t)
            }
            "__abs__" | "__round__" | "__floor__" | "__ceil__" | "__trunc__" | "__neg__" | "__invert__" => {
                if !no_params(self) || !arity(self, 0) {
                    return poison();
                }
                let op = match m {
                    "__abs__" => LaneUn::Abs,
                    "__round__" => LaneUn::Round,
                    "__floor__" => LaneUn::Floor,
                    "__ceil__" => LaneUn::Ceil,
                    "__trunc__" => LaneUn::Trunc,
                    "__neg__" => LaneUn::Neg,
                    _ => LaneUn::Not,
                };
                if !op.supports(dt) {
                    self.error(
                        Code::BAD_OPERATOR,
                        method.span,
                        format!("'{m}' is not defined for '{}'", t.name()),
                    )
                    .label("not for this dtype");
                    return poison();
                }
                Value::Op(
                    cx.emit_temp(t.clone(), Rvalue::Unary(crate::mir::UnOp::Lane(op), o), span),
                    t,
                )
            }
            _ => {
                // Operator dunders called by name: `x.__pow__(y)` is `x ** y`.
                let binary = [
                    crate::ast::BinOp::Add,
                    crate::ast::BinOp::Sub,
                    crate::ast::BinOp::Mul,
                    crate::ast::BinOp::Div,
                    crate::ast::BinOp::FloorDiv,
                    crate::ast::BinOp::Mod,
                    crate::ast::BinOp::Pow,
                    crate::ast::BinOp::BitAnd,
                    crate::ast::BinOp::BitOr,
                    crate::ast::BinOp::BitXor,
                    crate::ast::BinOp::Shl,
                    crate::ast::BinOp::Shr,
                ]
                .into_iter()
                .find(|op| format!("__{}__", super::expr::dunder_name(*op)) == m);
                if let (Some(op), [], 1) = (binary, params, nargs) {
                    let (v, _) = args.into_iter().next().unwrap();
                    return self.binary_values(cx, op, Value::Op(o, t), v, span);
                }
                self.error(
                    Code::UNKNOWN_MEMBER,
                    method.span,
                    format!("'{}' value has no method '{m}'", t.name()),
                )
                .label("unknown method");
                poison()
            }
        }
    }

    fn finish_select(
        &mut self,
        cx: &mut FnCx<'a>,
        cond: Operand,
        a: (Operand, Ty),
        b: (Operand, Ty),
        w: u32,
        span: Span,
    ) -> Value {
        let (oa, ta) = a;
        match &ta {
            Ty::Simd(_, w2) if *w2 == w => {}
            Ty::Unknown => return poison(),
            _ => {
                self.error(
                    Code::TYPE_MISMATCH,
                    span,
                    format!("'select' needs two SIMD values of width {w}, not '{}'", ta.name()),
                )
                .label("wrong operand type");
                return poison();
            }
        }
        Value::Op(cx.emit_temp(ta.clone(), Rvalue::Select(cond, oa, b.0), span), ta)
    }
}

impl<'a> Checker<'a, '_> {
    /// The one argument of function `name` (`None`, reported, for another number of arguments;
    /// `None` after an error in the argument).
    fn one_argument(&mut self, name: &str, args: &[(Value, Span)], name_span: Span) -> Option<(Value, Span)> {
        let [(v, s)] = args else {
            self.error(Code::ARITY, name_span, format!("'{name}' takes one argument"))
                .label("wrong number of arguments");
            return None;
        };
        (!is_poison(v)).then(|| (v.clone(), *s))
    }

    /// A `std.bit` function of one integer value (`Int` or an integer SIMD, lane by lane); the
    /// result has the argument's type.
    pub(super) fn bit_call(
        &mut self,
        cx: &mut FnCx<'a>,
        name: &str,
        args: Vec<(Value, Span)>,
        name_span: Span,
        span: Span,
    ) -> Value {
        let Some(op) = LaneUn::bit(name) else { return poison() };
        let Some((v, s)) = self.one_argument(name, &args, name_span) else {
            return poison();
        };
        let v = match v {
            Value::Lit(_) => Value::Op(self.coerce(cx, v, &Ty::Int, s), Ty::Int),
            v => v,
        };
        let (o, t) = self.materialize(cx, v, s);
        match &t {
            Ty::Int => {
                let wide = Ty::Simd(crate::dtype::DType::I64, 1);
                let x = cx.emit_temp(wide.clone(), Rvalue::Cast(o, wide.clone()), span);
                let r = cx.emit_temp(wide, Rvalue::Unary(crate::mir::UnOp::Lane(op), x), span);
                Value::Op(cx.emit_temp(Ty::Int, Rvalue::Cast(r, Ty::Int), span), Ty::Int)
            }
            Ty::Simd(dt, _) if op.supports(*dt) => {
                let lane = Rvalue::Unary(crate::mir::UnOp::Lane(op), o);
                Value::Op(cx.emit_temp(t.clone(), lane, span), t)
            }
            other => {
                self.error(
                    Code::TYPE_MISMATCH,
                    s,
                    format!("'{name}' needs an integer value, not '{}'", other.name()),
                )
                .label("not an integer")
                .with_help("`std.bit` works on `Int` and integer SIMD values");
                poison()
            }
        }
    }

    /// A `std.math` function of one float SIMD value (a literal is a `Float64`; an `Int` converts
    /// to `Float64` first).
    pub(super) fn math_call(
        &mut self,
        cx: &mut FnCx<'a>,
        name: &str,
        args: Vec<(Value, Span)>,
        name_span: Span,
        span: Span,
    ) -> Value {
        let Some(op) = LaneUn::math(name) else { return poison() };
        let Some((v, s)) = self.one_argument(name, &args, name_span) else {
            return poison();
        };
        let (mut o, mut t) = self.materialize(cx, v, s);
        if t == Ty::Int {
            o = cx.emit_temp(Ty::FLOAT64, Rvalue::Cast(o, Ty::FLOAT64), span);
            t = Ty::FLOAT64;
        }
        match t {
            Ty::Simd(dt, _) if op.supports(dt) => Value::Op(
                cx.emit_temp(t.clone(), Rvalue::Unary(crate::mir::UnOp::Lane(op), o), span),
                t,
            ),
            other => {
                self.error(
                    Code::TYPE_MISMATCH,
                    s,
                    format!("'{name}' needs a floating-point value, not '{}'", other.name()),
                )
                .label("not a float")
                .with_help("convert first, e.g. `Float64(x)`");
                poison()
            }
        }
    }
}
