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
    fn each_lane(
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
        // NVIDIA's fast base-2 exponential and logarithm (`ex2.approx`, `lg2.approx`).
        let exp2 = |a: FloatValue<'c>| -> Result<FloatValue<'c>> {
            if nv {
                let name = if f64_ {
                    "llvm.nvvm.ex2.approx.d"
                } else {
                    "llvm.nvvm.ex2.approx.f"
                };
                Ok(self
                    .call_intrinsic(name, &[], &[a.into()])?
                    .expect("a result")
                    .into_float_value())
            } else {
                intr("llvm.exp2", a)
            }
        };
        let log2 = |a: FloatValue<'c>| -> Result<FloatValue<'c>> {
            if nv {
                let name = if f64_ {
                    "llvm.nvvm.lg2.approx.d"
                } else {
                    "llvm.nvvm.lg2.approx.f"
                };
                Ok(self
                    .call_intrinsic(name, &[], &[a.into()])?
                    .expect("a result")
                    .into_float_value())
            } else {
                intr("llvm.log2", a)
            }
        };
        let mul = |a: FloatValue<'c>, k: f64| b.build_float_mul(a, c(k), "").map_err(llvm);
        let exp = |a: FloatValue<'c>| -> Result<FloatValue<'c>> { exp2(mul(a, std::f64::consts::LOG2_E)?) };
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
            LaneUn::Expm1 => b.build_float_sub(exp(x)?, c(1.0), "").map_err(llvm)?.into(),
            LaneUn::Log2 => log2(x)?.into(),
            LaneUn::Log => mul(log2(x)?, std::f64::consts::LN_2)?.into(),
            LaneUn::Log10 => mul(log2(x)?, std::f64::consts::LOG10_2)?.into(),
            LaneUn::Log1p => mul(
                log2(b.build_float_add(x, c(1.0), "").map_err(llvm)?)?,
                std::f64::consts::LN_2,
            )?
            .into(),
            LaneUn::Rsqrt => b
                .build_float_div(c(1.0), intr("llvm.sqrt", x)?, "")
                .map_err(llvm)?
                .into(),
            LaneUn::Recip => b.build_float_div(c(1.0), x, "").map_err(llvm)?.into(),
            LaneUn::Tanh => {
                // 1 - 2 / (exp(2x) + 1): exact at the ends (±1) and at 0.
                let e = exp(mul(x, 2.0)?)?;
                let d = b.build_float_add(e, c(1.0), "").map_err(llvm)?;
                let q = b.build_float_div(c(2.0), d, "").map_err(llvm)?;
                b.build_float_sub(c(1.0), q, "").map_err(llvm)?.into()
            }
            LaneUn::Sin | LaneUn::Cos if nv && !f64_ => {
                let name = if op == LaneUn::Sin {
                    "llvm.nvvm.sin.approx.f"
                } else {
                    "llvm.nvvm.cos.approx.f"
                };
                self.call_intrinsic(name, &[], &[x.into()])?.expect("a result")
            }
            LaneUn::Sin if !nv => intr("llvm.sin", x)?.into(),
            LaneUn::Cos if !nv => intr("llvm.cos", x)?.into(),
            other => {
                return unsupported(format!(
                    "`{}` of a {} is not available on a GPU yet",
                    format!("{other:?}").to_lowercase(),
                    dt.name()
                ))
            }
        })
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
        self.each_lane(w, &[v], |t, x| t.scalar_cast(x[0], fdt, tdt))
    }

    fn scalar_cast(&self, x: BasicValueEnum<'c>, from: DType, to: DType) -> Result<BasicValueEnum<'c>> {
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
        let BasicValueEnum::VectorValue(vv) = v else {
            return Ok(v);
        };
        let i64t = self.ctx.i64_type();
        let mut acc = self
            .builder
            .build_extract_element(vv, i64t.const_zero(), "")
            .map_err(llvm)?;
        for k in 1..w {
            let x = self
                .builder
                .build_extract_element(vv, i64t.const_int(k as u64, false), "")
                .map_err(llvm)?;
            acc = self.scalar_binary(op.lane_op(), dt, acc, x)?;
        }
        Ok(acc)
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
