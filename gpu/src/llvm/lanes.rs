//! SIMD lanes on a GPU: each operation on a `SIMD[dt, w]` is done lane by lane on scalars (a GPU
//! thread has no vector ALU to speak of; LLVM keeps vector loads and stores whole), with the
//! semantics of `lang::lanes`.

use super::{llvm, unsupported, Result, Translator};
use inkwell::types::BasicTypeEnum;
use inkwell::values::{BasicValue, BasicValueEnum, FloatValue, IntValue, VectorValue};
use inkwell::{FloatPredicate as F, IntPredicate as I};
use lang::dtype::DType;
use lang::lanes::{LaneBin, LaneUn, Reduce};
use lang::mir::Ty;

/// The dtype and width of a value's MIR type (`Int` is an `int64` lane, `Bool` a `bool` one).
pub(crate) fn lanes_of(t: &Ty) -> (DType, u32) {
    match t {
        Ty::Simd(dt, w) => (*dt, *w),
        Ty::Bool => (DType::Bool, 1),
        _ => (DType::I64, 1),
    }
}

impl<'c> Translator<'c, '_> {
    pub(super) fn each_lane(
        &self,
        w: u32,
        xs: &[BasicValueEnum<'c>],
        mut op: impl FnMut(&Self, &[BasicValueEnum<'c>]) -> Result<BasicValueEnum<'c>>,
    ) -> Result<BasicValueEnum<'c>> {
        if w == 1 {
            return op(self, xs);
        }
        let i64t = self.ctx.i64_type();
        let mut out: Option<VectorValue<'c>> = None;
        for k in 0..w {
            let idx = i64t.const_int(k as u64, false);
            let lane: Vec<BasicValueEnum> = xs
                .iter()
                .map(|x| {
                    self.builder
                        .build_extract_element(x.into_vector_value(), idx, "")
                        .map_err(llvm)
                })
                .collect::<Result<_>>()?;
            let r = op(self, &lane)?;
            let acc = match out {
                Some(v) => v,
                None => match r.get_type() {
                    BasicTypeEnum::IntType(t) => t.vec_type(w).get_undef(),
                    BasicTypeEnum::FloatType(t) => t.vec_type(w).get_undef(),
                    _ => return unsupported("a vector of aggregates"),
                },
            };
            out = Some(self.builder.build_insert_element(acc, r, idx, "").map_err(llvm)?);
        }
        Ok(out.expect("w > 1").as_basic_value_enum())
    }

    pub(crate) fn lane_binary(
        &self,
        op: LaneBin,
        tx: &Ty,
        x: BasicValueEnum<'c>,
        y: BasicValueEnum<'c>,
    ) -> Result<BasicValueEnum<'c>> {
        if self.host.is_some() {
            return self.host_lane_binary(op, tx, x, y);
        }
        let (dt, w) = lanes_of(tx);
        self.each_lane(w, &[x, y], |t, v| t.scalar_binary(op, dt, v[0], v[1]))
    }

    fn scalar_binary(
        &self,
        op: LaneBin,
        dt: DType,
        x: BasicValueEnum<'c>,
        y: BasicValueEnum<'c>,
    ) -> Result<BasicValueEnum<'c>> {
        if dt.is_float() {
            return self.float_binary(op, dt, x.into_float_value(), y.into_float_value());
        }
        let (x, y) = (x.into_int_value(), y.into_int_value());
        let b = &self.builder;
        let signed = dt.is_signed_int();
        let pred = |s: I, u: I| if signed { s } else { u };
        Ok(match op {
            LaneBin::Add => b.build_int_add(x, y, "").map_err(llvm)?.into(),
            LaneBin::Sub => b.build_int_sub(x, y, "").map_err(llvm)?.into(),
            LaneBin::Mul => b.build_int_mul(x, y, "").map_err(llvm)?.into(),
            LaneBin::Div if signed => b.build_int_signed_div(x, y, "").map_err(llvm)?.into(),
            LaneBin::Div => b.build_int_unsigned_div(x, y, "").map_err(llvm)?.into(),
            LaneBin::FloorDiv => self.floor_div(x, y, signed)?.into(),
            LaneBin::Mod => self.floor_mod(x, y, signed)?.into(),
            LaneBin::And => b.build_and(x, y, "").map_err(llvm)?.into(),
            LaneBin::Or => b.build_or(x, y, "").map_err(llvm)?.into(),
            LaneBin::Xor => b.build_xor(x, y, "").map_err(llvm)?.into(),
            LaneBin::Shl => b.build_left_shift(x, y, "").map_err(llvm)?.into(),
            LaneBin::Shr => b.build_right_shift(x, y, signed, "").map_err(llvm)?.into(),
            LaneBin::Min | LaneBin::Max => {
                let p = if op == LaneBin::Min {
                    pred(I::SLT, I::ULT)
                } else {
                    pred(I::SGT, I::UGT)
                };
                let c = b.build_int_compare(p, x, y, "").map_err(llvm)?;
                b.build_select(c, x, y, "").map_err(llvm)?
            }
            LaneBin::Eq => b.build_int_compare(I::EQ, x, y, "").map_err(llvm)?.into(),
            LaneBin::Ne => b.build_int_compare(I::NE, x, y, "").map_err(llvm)?.into(),
            LaneBin::Lt => b
                .build_int_compare(pred(I::SLT, I::ULT), x, y, "")
                .map_err(llvm)?
                .into(),
            LaneBin::Le => b
                .build_int_compare(pred(I::SLE, I::ULE), x, y, "")
                .map_err(llvm)?
                .into(),
            LaneBin::Gt => b
                .build_int_compare(pred(I::SGT, I::UGT), x, y, "")
                .map_err(llvm)?
                .into(),
            LaneBin::Ge => b
                .build_int_compare(pred(I::SGE, I::UGE), x, y, "")
                .map_err(llvm)?
                .into(),
            LaneBin::Pow => return unsupported("integer `**` is not available on a GPU yet"),
        })
    }

    fn float_binary(&self, op: LaneBin, dt: DType, x: FloatValue<'c>, y: FloatValue<'c>) -> Result<BasicValueEnum<'c>> {
        let b = &self.builder;
        let ft: BasicTypeEnum = x.get_type().into();
        let one = |name: &str, a: FloatValue<'c>| -> Result<FloatValue<'c>> {
            Ok(self
                .call_intrinsic(name, &[ft], &[a.into()])?
                .expect("a result")
                .into_float_value())
        };
        Ok(match op {
            LaneBin::Add => b.build_float_add(x, y, "").map_err(llvm)?.into(),
            LaneBin::Sub => b.build_float_sub(x, y, "").map_err(llvm)?.into(),
            LaneBin::Mul => b.build_float_mul(x, y, "").map_err(llvm)?.into(),
            LaneBin::Div => b.build_float_div(x, y, "").map_err(llvm)?.into(),
            LaneBin::FloorDiv => one("llvm.floor", b.build_float_div(x, y, "").map_err(llvm)?)?.into(),
            LaneBin::Mod => {
                // x - floor(x / y) * y: the result has the divisor's sign, as in Python.
                let q = one("llvm.floor", b.build_float_div(x, y, "").map_err(llvm)?)?;
                let p = b.build_float_mul(q, y, "").map_err(llvm)?;
                b.build_float_sub(x, p, "").map_err(llvm)?.into()
            }
            LaneBin::Min => self
                .call_intrinsic("llvm.minnum", &[ft], &[x.into(), y.into()])?
                .expect("a result"),
            LaneBin::Max => self
                .call_intrinsic("llvm.maxnum", &[ft], &[x.into(), y.into()])?
                .expect("a result"),
            LaneBin::Pow => {
                // exp2(y * log2(x)), for the positive bases a kernel raises to a power.
                let l = self.float_unary(LaneUn::Log2, dt, x)?.into_float_value();
                let p = b.build_float_mul(y, l, "").map_err(llvm)?;
                self.float_unary(LaneUn::Exp2, dt, p)?
            }
            LaneBin::Eq => b.build_float_compare(F::OEQ, x, y, "").map_err(llvm)?.into(),
            LaneBin::Ne => b.build_float_compare(F::UNE, x, y, "").map_err(llvm)?.into(),
            LaneBin::Lt => b.build_float_compare(F::OLT, x, y, "").map_err(llvm)?.into(),
            LaneBin::Le => b.build_float_compare(F::OLE, x, y, "").map_err(llvm)?.into(),
            LaneBin::Gt => b.build_float_compare(F::OGT, x, y, "").map_err(llvm)?.into(),
            LaneBin::Ge => b.build_float_compare(F::OGE, x, y, "").map_err(llvm)?.into(),
            LaneBin::And | LaneBin::Or | LaneBin::Xor | LaneBin::Shl | LaneBin::Shr => {
                return unsupported("a bitwise operation on floats")
            }
        })
    }

    pub(crate) fn lane_unary(&self, op: LaneUn, tx: &Ty, x: BasicValueEnum<'c>) -> Result<BasicValueEnum<'c>> {
        if self.host.is_some() {
            return self.host_lane_unary(op, tx, x);
        }
        let (dt, w) = lanes_of(tx);
        self.each_lane(w, &[x], |t, v| {
            if dt.is_float() {
                t.float_unary(op, dt, v[0].into_float_value())
            } else {
                t.int_unary(op, dt, v[0].into_int_value())
            }
        })
    }

    fn int_unary(&self, op: LaneUn, dt: DType, x: IntValue<'c>) -> Result<BasicValueEnum<'c>> {
        let b = &self.builder;
        let it: BasicTypeEnum = x.get_type().into();
        let f = self.ctx.bool_type().const_zero();
        Ok(match op {
            LaneUn::Neg => b.build_int_neg(x, "").map_err(llvm)?.into(),
            LaneUn::Not => b.build_not(x, "").map_err(llvm)?.into(),
            LaneUn::Abs if dt.is_signed_int() => self
                .call_intrinsic("llvm.abs", &[it], &[x.into(), f.into()])?
                .expect("a result"),
            LaneUn::Abs => x.into(),
            LaneUn::PopCount => self
                .call_intrinsic("llvm.ctpop", &[it], &[x.into()])?
                .expect("a result"),
            LaneUn::CountLeadingZeros => self
                .call_intrinsic("llvm.ctlz", &[it], &[x.into(), f.into()])?
                .expect("a result"),
            LaneUn::CountTrailingZeros => self
                .call_intrinsic("llvm.cttz", &[it], &[x.into(), f.into()])?
                .expect("a result"),
            LaneUn::BitReverse => self
                .call_intrinsic("llvm.bitreverse", &[it], &[x.into()])?
                .expect("a result"),
            LaneUn::ByteSwap => self
                .call_intrinsic("llvm.bswap", &[it], &[x.into()])?
                .expect("a result"),
            other => return unsupported(format!("`{other:?}` on integers is not available on a GPU yet")),
        })
    }

    /// A float function of one argument; half-precision lanes are computed in `float32`.
    pub(crate) fn float_unary(&self, op: LaneUn, dt: DType, x: FloatValue<'c>) -> Result<BasicValueEnum<'c>> {
        let b = &self.builder;
        if matches!(dt, DType::F16 | DType::BF16) && !matches!(op, LaneUn::Neg | LaneUn::Abs) {
            let f32t = self.ctx.f32_type();
            let wide = b.build_float_ext(x, f32t, "").map_err(llvm)?;
            let r = self.float_unary(op, DType::F32, wide)?.into_float_value();
            return Ok(b.build_float_trunc(r, x.get_type(), "").map_err(llvm)?.into());
        }
        let ft: BasicTypeEnum = x.get_type().into();
        let intr = |name: &str, a: FloatValue<'c>| -> Result<FloatValue<'c>> {
            Ok(self
                .call_intrinsic(name, &[ft], &[a.into()])?
                .expect("a result")
                .into_float_value())
        };
        let c = |v: f64| x.get_type().const_float(v);
        let nv = self.target.is_nvidia();
        let f64_ = dt == DType::F64;
        // `float32`: the targets' fast base-2 exponential and logarithm (NVIDIA's `ex2.approx`,
        // `lg2.approx`); `float64`: computed here to full precision (`exp64`, `log64`).
        let exp2 = |a: FloatValue<'c>| -> Result<FloatValue<'c>> {
            if f64_ {
                self.exp64(b.build_float_mul(a, c(std::f64::consts::LN_2), "").map_err(llvm)?)
            } else if nv {
                Ok(self
                    .call_intrinsic("llvm.nvvm.ex2.approx.f", &[], &[a.into()])?
                    .expect("a result")
                    .into_float_value())
            } else {
                intr("llvm.exp2", a)
            }
        };
        let log2 = |a: FloatValue<'c>| -> Result<FloatValue<'c>> {
            if f64_ {
                b.build_float_mul(self.log64(a)?, c(std::f64::consts::LOG2_E), "")
                    .map_err(llvm)
            } else if nv {
                Ok(self
                    .call_intrinsic("llvm.nvvm.lg2.approx.f", &[], &[a.into()])?
                    .expect("a result")
                    .into_float_value())
            } else {
                intr("llvm.log2", a)
            }
        };
        let mul = |a: FloatValue<'c>, k: f64| b.build_float_mul(a, c(k), "").map_err(llvm);
        let exp = |a: FloatValue<'c>| -> Result<FloatValue<'c>> {
            if f64_ {
                self.exp64(a)
            } else {
                exp2(mul(a, std::f64::consts::LOG2_E)?)
            }
        };
        Ok(match op {
            LaneUn::Neg => b.build_float_neg(x, "").map_err(llvm)?.into(),
            LaneUn::Abs => intr("llvm.fabs", x)?.into(),
            LaneUn::Sqrt => intr("llvm.sqrt", x)?.into(),
            LaneUn::Floor => intr("llvm.floor", x)?.into(),
            LaneUn::Ceil => intr("llvm.ceil", x)?.into(),
            LaneUn::Trunc => intr("llvm.trunc", x)?.into(),
            LaneUn::Round => intr("llvm.roundeven", x)?.into(),
            LaneUn::Exp2 => exp2(x)?.into(),
            LaneUn::Exp => exp(x)?.into(),
            // Near 0 by their Taylor series (the formulas through `exp` and `log` cancel there).
            LaneUn::Expm1 => self.expm1(x, &exp)?.into(),
            LaneUn::Log2 => log2(x)?.into(),
            LaneUn::Log if f64_ => self.log64(x)?.into(),
            LaneUn::Log => mul(log2(x)?, std::f64::consts::LN_2)?.into(),
            LaneUn::Log10 => mul(log2(x)?, std::f64::consts::LOG10_2)?.into(),
            LaneUn::Log1p => {
                // log(u) * x / (u - 1) with u = 1 + x: the rounding of u cancels out.
                let u = b.build_float_add(x, c(1.0), "").map_err(llvm)?;
                let log_u = if f64_ {
                    self.log64(u)?
                } else {
                    mul(log2(u)?, std::f64::consts::LN_2)?
                };
                let um1 = b.build_float_sub(u, c(1.0), "").map_err(llvm)?;
                let ratio = b.build_float_div(x, um1, "").map_err(llvm)?;
                let far = b.build_float_mul(log_u, ratio, "").map_err(llvm)?;
                let coefs: Vec<f64> = (1..=6)
                    .map(|k| if k % 2 == 1 { 1.0 } else { -1.0 } / k as f64)
                    .collect();
                self.near_zero(x, 1e-4, &coefs, far)?.into()
            }
            LaneUn::Rsqrt => b
                .build_float_div(c(1.0), intr("llvm.sqrt", x)?, "")
                .map_err(llvm)?
                .into(),
            LaneUn::Recip => b.build_float_div(c(1.0), x, "").map_err(llvm)?.into(),
            LaneUn::Tanh => {
                // t / (t + 2) with t = expm1(2|x|), the sign of x; 1 from |x| = 20 on.
                let ax = intr("llvm.fabs", x)?;
                let t = self.expm1(mul(ax, 2.0)?, &exp)?;
                let d = b.build_float_add(t, c(2.0), "").map_err(llvm)?;
                let q = b.build_float_div(t, d, "").map_err(llvm)?;
                let big = b.build_float_compare(F::OGT, ax, c(20.0), "").map_err(llvm)?;
                let q = b.build_select(big, c(1.0), q, "").map_err(llvm)?.into_float_value();
                let ft: BasicTypeEnum = x.get_type().into();
                self.call_intrinsic("llvm.copysign", &[ft], &[q.into(), x.into()])?
                    .expect("a result")
            }
            LaneUn::Sin | LaneUn::Cos if nv && !f64_ => {
                let name = if op == LaneUn::Sin {
                    "llvm.nvvm.sin.approx.f"
                } else {
                    "llvm.nvvm.cos.approx.f"
                };
                self.call_intrinsic(name, &[], &[x.into()])?.expect("a result")
            }
            LaneUn::Sin if !nv && !f64_ => intr("llvm.sin", x)?.into(),
            LaneUn::Cos if !nv && !f64_ => intr("llvm.cos", x)?.into(),
            other => {
                return unsupported(format!(
                    "`{}` of a {} is not available on a GPU yet",
                    format!("{other:?}").to_lowercase(),
                    dt.name()
                ))
            }
        })
    }

    /// `exp(x) - 1`: by its Taylor series where `|x| < 1/2` (where the subtraction cancels),
    /// else through `exp`.
    fn expm1(
        &self,
        x: FloatValue<'c>,
        exp: &dyn Fn(FloatValue<'c>) -> Result<FloatValue<'c>>,
    ) -> Result<FloatValue<'c>> {
        let one = x.get_type().const_float(1.0);
        let far = self.builder.build_float_sub(exp(x)?, one, "").map_err(llvm)?;
        let coefs: Vec<f64> = (1..=18)
            .map(|k| 1.0 / (1..=k).map(|i| i as f64).product::<f64>())
            .collect();
        self.near_zero(x, 0.5, &coefs, far)
    }

    /// `sum(coefs[k] * x^(k+1))` where `|x| < limit`, else `far`.
    fn near_zero(&self, x: FloatValue<'c>, limit: f64, coefs: &[f64], far: FloatValue<'c>) -> Result<FloatValue<'c>> {
        let b = &self.builder;
        let ft = x.get_type();
        let fl: BasicTypeEnum = ft.into();
        let mut p = ft.const_float(*coefs.last().unwrap_or(&0.0));
        for c in coefs.iter().rev().skip(1) {
            p = self
                .call_intrinsic("llvm.fma", &[fl], &[p.into(), x.into(), ft.const_float(*c).into()])?
                .expect("a result")
                .into_float_value();
        }
        let series = b.build_float_mul(p, x, "").map_err(llvm)?;
        let mag = self
            .call_intrinsic("llvm.fabs", &[fl], &[x.into()])?
            .expect("a result")
            .into_float_value();
        let small = b
            .build_float_compare(F::OLT, mag, ft.const_float(limit), "")
            .map_err(llvm)?;
        Ok(b.build_select(small, series, far, "").map_err(llvm)?.into_float_value())
    }

    /// `exp(x)` of a `float64` to about an ulp: `x = k ln 2 + r` with `|r| <= ln 2 / 2`, `exp(r)`
    /// by its Taylor series to the 13th power, times `2^k` built in the exponent bits (in two
    /// factors, so that results near the ends of the range stay exact). Saturates to 0 and
    /// infinity; NaN stays NaN.
    fn exp64(&self, x: FloatValue<'c>) -> Result<FloatValue<'c>> {
        let b = &self.builder;
        let ft = self.ctx.f64_type();
        let it = self.ctx.i64_type();
        let c = |v: f64| ft.const_float(v);
        let fl: BasicTypeEnum = ft.into();
        let call = |name: &str, args: &[BasicValueEnum<'c>]| -> Result<FloatValue<'c>> {
            Ok(self
                .call_intrinsic(name, &[fl], args)?
                .expect("a result")
                .into_float_value())
        };
        let xc = call("llvm.maxnum", &[x.into(), c(-745.2).into()])?;
        let xc = call("llvm.minnum", &[xc.into(), c(709.8).into()])?;
        // (The largest x with a finite result is 709.782712893384.)
        let scaled = b.build_float_mul(xc, c(std::f64::consts::LOG2_E), "").map_err(llvm)?;
        let k = call("llvm.rint", &[scaled.into()])?;
        // r = x - k ln2, with ln2 split in two so that k * (the high part) is exact.
        let nk = b.build_float_neg(k, "").map_err(llvm)?;
        let r = call("llvm.fma", &[nk.into(), c(6.931_471_803_691_238e-1).into(), xc.into()])?;
        let r = call(
            "llvm.fma",
            &[nk.into(), c(1.908_214_929_270_587_7e-10).into(), r.into()],
        )?;
        let mut p = c(1.0 / 6_227_020_800.0);
        for n in (0..13).rev() {
            let coef = 1.0 / (1..=n).map(|i| i as f64).product::<f64>();
            p = call("llvm.fma", &[p.into(), r.into(), c(coef).into()])?;
        }
        let ki = b.build_float_to_signed_int(k, it, "").map_err(llvm)?;
        let half = b
            .build_right_shift(ki, it.const_int(1, false), true, "")
            .map_err(llvm)?;
        let rest = b.build_int_sub(ki, half, "").map_err(llvm)?;
        let pow2 = |e: inkwell::values::IntValue<'c>| -> Result<FloatValue<'c>> {
            let biased = b.build_int_add(e, it.const_int(1023, false), "").map_err(llvm)?;
            let bits = b.build_left_shift(biased, it.const_int(52, false), "").map_err(llvm)?;
            Ok(b.build_bit_cast(bits, ft, "").map_err(llvm)?.into_float_value())
        };
        let y = b.build_float_mul(p, pow2(half)?, "").map_err(llvm)?;
        let y = b.build_float_mul(y, pow2(rest)?, "").map_err(llvm)?;
        let over = b
            .build_float_compare(F::OGT, x, c(709.782_712_893_384), "")
            .map_err(llvm)?;
        let under = b.build_float_compare(F::OLT, x, c(-745.14), "").map_err(llvm)?;
        let y = b
            .build_select(over, c(f64::INFINITY), y, "")
            .map_err(llvm)?
            .into_float_value();
        let y = b.build_select(under, c(0.0), y, "").map_err(llvm)?.into_float_value();
        let nan = b.build_float_compare(F::UNO, x, x, "").map_err(llvm)?;
        Ok(b.build_select(nan, x, y, "").map_err(llvm)?.into_float_value())
    }

    /// `log(x)` of a `float64` to about an ulp: `x = m 2^e` with `m` in `[sqrt(1/2), sqrt(2))`,
    /// `log(m) = 2 atanh(f)` with `f = (m - 1) / (m + 1)` by its series to the 21st power.
    /// Zero gives -infinity, a negative number NaN, infinity itself.
    fn log64(&self, x: FloatValue<'c>) -> Result<FloatValue<'c>> {
        let b = &self.builder;
        let ft = self.ctx.f64_type();
        let it = self.ctx.i64_type();
        let c = |v: f64| ft.const_float(v);
        let fl: BasicTypeEnum = ft.into();
        let fma = |a: FloatValue<'c>, m: FloatValue<'c>, z: FloatValue<'c>| -> Result<FloatValue<'c>> {
            Ok(self
                .call_intrinsic("llvm.fma", &[fl], &[a.into(), m.into(), z.into()])?
                .expect("a result")
                .into_float_value())
        };
        // A subnormal x is scaled by 2^54 first (and 54 taken off its exponent).
        let small = b
            .build_float_compare(F::OLT, x, c(f64::MIN_POSITIVE), "")
            .map_err(llvm)?;
        let scaled = b.build_float_mul(x, c(2f64.powi(54)), "").map_err(llvm)?;
        let xs = b.build_select(small, scaled, x, "").map_err(llvm)?.into_float_value();
        let bits = b.build_bit_cast(xs, it, "").map_err(llvm)?.into_int_value();
        let e = b
            .build_right_shift(bits, it.const_int(52, false), false, "")
            .map_err(llvm)?;
        let e = b.build_and(e, it.const_int(0x7ff, false), "").map_err(llvm)?;
        let e = b.build_int_sub(e, it.const_int(1023, false), "").map_err(llvm)?;
        let bias = b
            .build_select(small, it.const_int(54, false), it.const_zero(), "")
            .map_err(llvm)?
            .into_int_value();
        let e = b.build_int_sub(e, bias, "").map_err(llvm)?;
        let mant = b
            .build_and(bits, it.const_int((1u64 << 52) - 1, false), "")
            .map_err(llvm)?;
        let mant = b.build_or(mant, it.const_int(1023u64 << 52, false), "").map_err(llvm)?;
        let m = b.build_bit_cast(mant, ft, "").map_err(llvm)?.into_float_value();
        // m in [1, 2): above sqrt(2), halve it and count one more power of two.
        let big = b
            .build_float_compare(F::OGT, m, c(std::f64::consts::SQRT_2), "")
            .map_err(llvm)?;
        let halved = b.build_float_mul(m, c(0.5), "").map_err(llvm)?;
        let m = b.build_select(big, halved, m, "").map_err(llvm)?.into_float_value();
        let carry = b.build_int_z_extend(big, it, "").map_err(llvm)?;
        let e = b.build_int_add(e, carry, "").map_err(llvm)?;
        let num = b.build_float_sub(m, c(1.0), "").map_err(llvm)?;
        let den = b.build_float_add(m, c(1.0), "").map_err(llvm)?;
        let f = b.build_float_div(num, den, "").map_err(llvm)?;
        let f2 = b.build_float_mul(f, f, "").map_err(llvm)?;
        let mut s = c(1.0 / 21.0);
        for k in (0..10).rev() {
            s = fma(s, f2, c(1.0 / (2 * k + 1) as f64))?;
        }
        let sf = b.build_float_mul(s, f, "").map_err(llvm)?;
        let log_m = b.build_float_mul(sf, c(2.0), "").map_err(llvm)?;
        let ef = b.build_signed_int_to_float(e, ft, "").map_err(llvm)?;
        let y = fma(ef, c(std::f64::consts::LN_2), log_m)?;
        let zero = b.build_float_compare(F::OEQ, x, c(0.0), "").map_err(llvm)?;
        let neg = b.build_float_compare(F::ULT, x, c(0.0), "").map_err(llvm)?;
        let inf = b.build_float_compare(F::OEQ, x, c(f64::INFINITY), "").map_err(llvm)?;
        let y = b
            .build_select(inf, c(f64::INFINITY), y, "")
            .map_err(llvm)?
            .into_float_value();
        let y = b
            .build_select(zero, c(f64::NEG_INFINITY), y, "")
            .map_err(llvm)?
            .into_float_value();
        Ok(b.build_select(neg, c(f64::NAN), y, "")
            .map_err(llvm)?
            .into_float_value())
    }

    pub(crate) fn cast(&self, v: BasicValueEnum<'c>, from: &Ty, to: &Ty) -> Result<BasicValueEnum<'c>> {
        let b = &self.builder;
        match (from, to) {
            (Ty::Ptr(_), Ty::Ptr(_)) => return Ok(v),
            (Ty::Ptr(_), _) => {
                let i = b
                    .build_ptr_to_int(v.into_pointer_value(), self.ctx.i64_type(), "")
                    .map_err(llvm)?;
                return self.cast(i.into(), &Ty::Int, to);
            }
            (_, Ty::Ptr(_)) => {
                let i = self.cast(v, from, &Ty::Int)?.into_int_value();
                let pt = self.ctx.ptr_type(inkwell::AddressSpace::default());
                return Ok(b.build_int_to_ptr(i, pt, "").map_err(llvm)?.into());
            }
            _ => {}
        }
        let (fdt, w) = lanes_of(from);
        let (tdt, _) = lanes_of(to);
        if self.host.is_some() {
            return self.each_lane(w, &[v], |t, x| t.host_scalar_cast(x[0], fdt, tdt));
        }
        self.each_lane(w, &[v], |t, x| t.scalar_cast(x[0], fdt, tdt))
    }

    pub(super) fn scalar_cast(&self, x: BasicValueEnum<'c>, from: DType, to: DType) -> Result<BasicValueEnum<'c>> {
        let b = &self.builder;
        let tt = self.scalar(to);
        if from == to {
            return Ok(x);
        }
        Ok(match (from.is_float(), to.is_float()) {
            (true, true) => {
                let (x, tt) = (x.into_float_value(), tt.into_float_type());
                if to.bits() > from.bits() {
                    b.build_float_ext(x, tt, "").map_err(llvm)?.into()
                } else {
                    b.build_float_cast(x, tt, "").map_err(llvm)?.into()
                }
            }
            (true, false) if to == DType::Bool => {
                let x = x.into_float_value();
                b.build_float_compare(F::UNE, x, x.get_type().const_zero(), "")
                    .map_err(llvm)?
                    .into()
            }
            (true, false) if to.is_signed_int() => b
                .build_float_to_signed_int(x.into_float_value(), tt.into_int_type(), "")
                .map_err(llvm)?
                .into(),
            (true, false) => b
                .build_float_to_unsigned_int(x.into_float_value(), tt.into_int_type(), "")
                .map_err(llvm)?
                .into(),
            (false, true) if from.is_signed_int() => b
                .build_signed_int_to_float(x.into_int_value(), tt.into_float_type(), "")
                .map_err(llvm)?
                .into(),
            (false, true) => b
                .build_unsigned_int_to_float(x.into_int_value(), tt.into_float_type(), "")
                .map_err(llvm)?
                .into(),
            (false, false) if to == DType::Bool => {
                let x = x.into_int_value();
                b.build_int_compare(I::NE, x, x.get_type().const_zero(), "")
                    .map_err(llvm)?
                    .into()
            }
            (false, false) => b
                .build_int_cast_sign_flag(x.into_int_value(), tt.into_int_type(), from.is_signed_int(), "")
                .map_err(llvm)?
                .into(),
        })
    }

    pub(crate) fn splat(&self, v: BasicValueEnum<'c>, w: u32) -> Result<BasicValueEnum<'c>> {
        let vt = match v.get_type() {
            BasicTypeEnum::IntType(t) => t.vec_type(w),
            BasicTypeEnum::FloatType(t) => t.vec_type(w),
            _ => return unsupported("a vector of aggregates"),
        };
        let mut acc = vt.get_undef();
        let i64t = self.ctx.i64_type();
        for k in 0..w {
            acc = self
                .builder
                .build_insert_element(acc, v, i64t.const_int(k as u64, false), "")
                .map_err(llvm)?;
        }
        Ok(acc.into())
    }

    pub(crate) fn reduce(&self, op: Reduce, tv: &Ty, v: BasicValueEnum<'c>) -> Result<BasicValueEnum<'c>> {
        let (dt, w) = lanes_of(tv);
        let BasicValueEnum::VectorValue(mut vv) = v else {
            return Ok(v);
        };
        // Halves combined lane by lane, as `lang::lanes::reduce` (Mojo's order).
        let (b, i32t) = (&self.builder, self.ctx.i32_type());
        let mut n = w;
        while n > 2 {
            let h = n / 2;
            let pick = |from: u32| {
                let m: Vec<_> = (from..from + h).map(|k| i32t.const_int(k as u64, false)).collect();
                b.build_shuffle_vector(
                    vv,
                    vv.get_type().get_undef(),
                    inkwell::types::VectorType::const_vector(&m),
                    "",
                )
                .map_err(llvm)
            };
            let (lo, hi) = (pick(0)?, pick(h)?);
            vv = self
                .lane_binary(op.lane_op(), &Ty::Simd(dt, h), lo.into(), hi.into())?
                .into_vector_value();
            n = h;
        }
        let i64t = self.ctx.i64_type();
        let x = b.build_extract_element(vv, i64t.const_zero(), "").map_err(llvm)?;
        if n < 2 {
            return Ok(x);
        }
        let y = b
            .build_extract_element(vv, i64t.const_int(1, false), "")
            .map_err(llvm)?;
        self.lane_binary(op.lane_op(), &Ty::Simd(dt, 1), x, y)
    }

    pub(crate) fn vec_shuffle(
        &self,
        x: BasicValueEnum<'c>,
        y: BasicValueEnum<'c>,
        mask: VectorValue<'c>,
    ) -> Result<BasicValueEnum<'c>> {
        Ok(self
            .builder
            .build_shuffle_vector(x.into_vector_value(), y.into_vector_value(), mask, "")
            .map_err(llvm)?
            .into())
    }

    pub(crate) fn fma(
        &self,
        tx: &Ty,
        x: BasicValueEnum<'c>,
        y: BasicValueEnum<'c>,
        z: BasicValueEnum<'c>,
    ) -> Result<BasicValueEnum<'c>> {
        if self.host.is_some() {
            return self.host_fma(tx, x, y, z);
        }
        let (dt, w) = lanes_of(tx);
        self.each_lane(w, &[x, y, z], |t, v| {
            if dt.is_float() {
                let ft: BasicTypeEnum = v[0].get_type();
                Ok(t.call_intrinsic("llvm.fma", &[ft], v)?.expect("a result"))
            } else {
                let p = t
                    .builder
                    .build_int_mul(v[0].into_int_value(), v[1].into_int_value(), "")
                    .map_err(llvm)?;
                Ok(t.builder
                    .build_int_add(p, v[2].into_int_value(), "")
                    .map_err(llvm)?
                    .into())
            }
        })
    }
}

#[cfg(test)]
mod tests {
    //! The `float64` `exp` and `log` written in LLVM IR, compiled for the host and run against
    //! Rust's (the C library's), which are correctly rounded or nearly: within 2 ulps everywhere
    //! tried, and exact at the special values.
    use super::super::Translator;
    use crate::target::Target;
    use inkwell::context::Context;
    use inkwell::execution_engine::JitFunction;
    use inkwell::targets::{InitializationConfig, Target as LlvmTarget};
    use inkwell::OptimizationLevel;
    use lang::lanes::LaneUn;

    type F = unsafe extern "C" fn(f64) -> f64;

    fn ulps(a: f64, b: f64) -> u64 {
        if a == b || (a.is_nan() && b.is_nan()) {
            return 0;
        }
        (a.to_bits() as i64 - b.to_bits() as i64).unsigned_abs()
    }

    fn check(which: &str, reference: fn(f64) -> f64, inputs: &[f64], bound: u64) {
        LlvmTarget::initialize_native(&InitializationConfig::default()).unwrap();
        let ctx = Context::create();
        let program = lang::mir::Program::default();
        let t = Translator {
            ctx: &ctx,
            module: ctx.create_module("t"),
            builder: ctx.create_builder(),
            program: &program,
            target: Target::Nvptx("sm_90".into()),
            functions: Default::default(),
            shared: Default::default(),
            queue: Vec::new(),
            host: None,
        };
        let f64t = ctx.f64_type();
        let f = t.module.add_function("f", f64t.fn_type(&[f64t.into()], false), None);
        t.builder.position_at_end(ctx.append_basic_block(f, "entry"));
        let x = f.get_nth_param(0).unwrap().into_float_value();
        let y = match which {
            "exp" => t.exp64(x).unwrap(),
            "log" => t.log64(x).unwrap(),
            other => {
                let op = match other {
                    "expm1" => LaneUn::Expm1,
                    "log1p" => LaneUn::Log1p,
                    _ => LaneUn::Tanh,
                };
                t.float_unary(op, lang::dtype::DType::F64, x)
                    .unwrap()
                    .into_float_value()
            }
        };
        t.builder.build_return(Some(&y)).unwrap();
        let ee = t
            .module
            .create_jit_execution_engine(OptimizationLevel::Default)
            .unwrap();
        let f: JitFunction<F> = unsafe { ee.get_function("f") }.unwrap();
        let mut worst = (0u64, 0.0);
        for &x in inputs {
            let (got, want) = (unsafe { f.call(x) }, reference(x));
            let u = ulps(got, want);
            if u > worst.0 {
                worst = (u, x);
            }
        }
        assert!(worst.0 <= bound, "{which}({}) is {} ulps off", worst.1, worst.0);
    }

    fn sweep(lo: f64, hi: f64, n: usize) -> Vec<f64> {
        (0..=n).map(|i| lo + (hi - lo) * i as f64 / n as f64).collect()
    }

    #[test]
    fn exp64_is_within_two_ulps() {
        let mut xs = sweep(-745.0, 709.7, 20_000);
        xs.extend(sweep(-1.0, 1.0, 5_000));
        xs.extend([
            0.0,
            -0.0,
            1e-300,
            -1e-300,
            709.78,
            710.0,
            -746.0,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
        ]);
        check("exp", f64::exp, &xs, 2);
    }

    /// Near zero, where `exp(x) - 1` and `log(1 + x)` cancel: `expm1` within 2 ulps, `tanh` and
    /// `log1p` within 4.
    #[test]
    fn expm1_log1p_tanh_near_zero_are_accurate() {
        let xs: Vec<f64> = (1..=4000)
            .map(|i| (i as f64 - 2000.5) * 1e-5)
            .chain((1..60).map(|e| 2f64.powi(-e)))
            .collect();
        check("expm1", f64::exp_m1, &xs, 2);
        check("log1p", f64::ln_1p, &xs, 4);
        check("tanh", f64::tanh, &xs, 4);
    }

    #[test]
    fn log64_is_within_two_ulps() {
        let mut xs: Vec<f64> = sweep(-300.0, 300.0, 20_000)
            .into_iter()
            .map(|e| 10f64.powf(e))
            .collect();
        xs.extend(sweep(0.5, 2.0, 5_000));
        xs.extend([
            1.0,
            2.0,
            0.0,
            -1.0,
            f64::INFINITY,
            f64::MAX,
            f64::MIN_POSITIVE,
            4.9e-324,
            1e-310,
            f64::NAN,
        ]);
        check("log", f64::ln, &xs, 2);
    }
}
