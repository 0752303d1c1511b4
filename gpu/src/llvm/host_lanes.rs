//! SIMD lanes in host code: whole-vector LLVM operations where the machine's answer is the
//! language's (`float32`/`float64` arithmetic, comparisons, `min`/`max`, `sqrt`, rounding,
//! integer arithmetic and bit operations, `fma`), and the runtime's `lang::lanes` lane by lane
//! for the rest (half-precision floats, integer division and shifts, transcendental functions),
//! exactly as the Cranelift JIT does, so the two tiers give the same bits.

use super::lanes::lanes_of;
use super::{llvm, Result, Translator};
use inkwell::types::BasicTypeEnum;
use inkwell::values::{BasicValue, BasicValueEnum, IntValue};
use inkwell::{FloatPredicate as F, IntPredicate as I};
use lang::dtype::DType;
use lang::lanes::{LaneBin, LaneUn};
use lang::mir::Ty;

/// `$x op $y` with an integer builder method, on scalars or vectors.
macro_rules! int_op {
    ($b:expr, $method:ident, $x:expr, $y:expr $(, $pre:expr)?) => {
        match ($x, $y) {
            (BasicValueEnum::VectorValue(a), BasicValueEnum::VectorValue(c)) => {
                $b.$method($($pre,)? a, c, "").map_err(llvm)?.as_basic_value_enum()
            }
            (a, c) => $b
                .$method($($pre,)? a.into_int_value(), c.into_int_value(), "")
                .map_err(llvm)?
                .as_basic_value_enum(),
        }
    };
}

/// `$x op $y` with a float builder method, on scalars or vectors.
macro_rules! float_op {
    ($b:expr, $method:ident, $x:expr, $y:expr $(, $pre:expr)?) => {
        match ($x, $y) {
            (BasicValueEnum::VectorValue(a), BasicValueEnum::VectorValue(c)) => {
                $b.$method($($pre,)? a, c, "").map_err(llvm)?.as_basic_value_enum()
            }
            (a, c) => $b
                .$method($($pre,)? a.into_float_value(), c.into_float_value(), "")
                .map_err(llvm)?
                .as_basic_value_enum(),
        }
    };
}

/// Whether the machine computes `op` on lanes of `dt` as `lang::lanes` defines it.
fn native_binary(op: LaneBin, dt: DType) -> bool {
    use LaneBin::*;
    match dt {
        DType::F32 | DType::F64 => op.is_compare() || matches!(op, Add | Sub | Mul | Div | Min | Max),
        DType::F16 | DType::BF16 => false,
        _ => op.is_compare() || matches!(op, Add | Sub | Mul | And | Or | Xor | Min | Max),
    }
}

impl<'c> Translator<'c, '_> {
    pub(super) fn host_lane_binary(
        &self,
        op: LaneBin,
        tx: &Ty,
        x: BasicValueEnum<'c>,
        y: BasicValueEnum<'c>,
    ) -> Result<BasicValueEnum<'c>> {
        let (dt, w) = lanes_of(tx);
        if !native_binary(op, dt) {
            return self.each_lane(w, &[x, y], |t, v| t.runtime_lane_binary(op, dt, v[0], v[1]));
        }
        let b = &self.builder;
        let ty: BasicTypeEnum = x.get_type();
        let intr = |name: &str| -> Result<BasicValueEnum<'c>> {
            Ok(self.call_intrinsic(name, &[ty], &[x, y])?.expect("a result"))
        };
        if dt.is_float() {
            return Ok(match op {
                LaneBin::Add => float_op!(b, build_float_add, x, y),
                LaneBin::Sub => float_op!(b, build_float_sub, x, y),
                LaneBin::Mul => float_op!(b, build_float_mul, x, y),
                LaneBin::Div => float_op!(b, build_float_div, x, y),
                // NaN if either is; -0 below +0 (as Cranelift's `fmin`/`fmax`).
                LaneBin::Min => intr("llvm.minimum")?,
                LaneBin::Max => intr("llvm.maximum")?,
                LaneBin::Eq => float_op!(b, build_float_compare, x, y, F::OEQ),
                LaneBin::Ne => float_op!(b, build_float_compare, x, y, F::UNE),
                LaneBin::Lt => float_op!(b, build_float_compare, x, y, F::OLT),
                LaneBin::Le => float_op!(b, build_float_compare, x, y, F::OLE),
                LaneBin::Gt => float_op!(b, build_float_compare, x, y, F::OGT),
                _ => float_op!(b, build_float_compare, x, y, F::OGE),
            });
        }
        let signed = dt.is_signed_int();
        let pred = |s: I, u: I| if signed { s } else { u };
        Ok(match op {
            LaneBin::Add => int_op!(b, build_int_add, x, y),
            LaneBin::Sub => int_op!(b, build_int_sub, x, y),
            LaneBin::Mul => int_op!(b, build_int_mul, x, y),
            LaneBin::And => int_op!(b, build_and, x, y),
            LaneBin::Or => int_op!(b, build_or, x, y),
            LaneBin::Xor => int_op!(b, build_xor, x, y),
            LaneBin::Min => intr(if signed { "llvm.smin" } else { "llvm.umin" })?,
            LaneBin::Max => intr(if signed { "llvm.smax" } else { "llvm.umax" })?,
            LaneBin::Eq => int_op!(b, build_int_compare, x, y, I::EQ),
            LaneBin::Ne => int_op!(b, build_int_compare, x, y, I::NE),
            LaneBin::Lt => int_op!(b, build_int_compare, x, y, pred(I::SLT, I::ULT)),
            LaneBin::Le => int_op!(b, build_int_compare, x, y, pred(I::SLE, I::ULE)),
            LaneBin::Gt => int_op!(b, build_int_compare, x, y, pred(I::SGT, I::UGT)),
            _ => int_op!(b, build_int_compare, x, y, pred(I::SGE, I::UGE)),
        })
    }

    pub(super) fn host_lane_unary(&self, op: LaneUn, tx: &Ty, x: BasicValueEnum<'c>) -> Result<BasicValueEnum<'c>> {
        let (dt, w) = lanes_of(tx);
        let b = &self.builder;
        let ty: BasicTypeEnum = x.get_type();
        let intr = |name: &str| -> Result<BasicValueEnum<'c>> {
            Ok(self.call_intrinsic(name, &[ty], &[x])?.expect("a result"))
        };
        let runtime = || self.each_lane(w, &[x], |t, v| t.runtime_lane_unary(op, dt, v[0]));
        if matches!(dt, DType::F32 | DType::F64) {
            return match op {
                LaneUn::Neg => Ok(match x {
                    BasicValueEnum::VectorValue(v) => b.build_float_neg(v, "").map_err(llvm)?.into(),
                    v => b.build_float_neg(v.into_float_value(), "").map_err(llvm)?.into(),
                }),
                LaneUn::Abs => intr("llvm.fabs"),
                LaneUn::Sqrt => intr("llvm.sqrt"),
                LaneUn::Floor => intr("llvm.floor"),
                LaneUn::Ceil => intr("llvm.ceil"),
                LaneUn::Trunc => intr("llvm.trunc"),
                LaneUn::Round => intr("llvm.roundeven"),
                LaneUn::Not => Ok(x),
                // Transcendental functions: `lang::lanes` in the runtime.
                _ => runtime(),
            };
        }
        if dt.is_float() {
            return runtime();
        }
        let no = self.ctx.bool_type().const_zero().into();
        let with_flag = |name: &str| -> Result<BasicValueEnum<'c>> {
            Ok(self.call_intrinsic(name, &[ty], &[x, no])?.expect("a result"))
        };
        Ok(match op {
            LaneUn::Neg => match x {
                BasicValueEnum::VectorValue(v) => b.build_int_neg(v, "").map_err(llvm)?.into(),
                v => b.build_int_neg(v.into_int_value(), "").map_err(llvm)?.into(),
            },
            LaneUn::Not => match x {
                BasicValueEnum::VectorValue(v) => b.build_not(v, "").map_err(llvm)?.into(),
                v => b.build_not(v.into_int_value(), "").map_err(llvm)?.into(),
            },
            LaneUn::Abs if dt.is_signed_int() => with_flag("llvm.abs")?,
            LaneUn::PopCount => intr("llvm.ctpop")?,
            LaneUn::CountLeadingZeros => with_flag("llvm.ctlz")?,
            LaneUn::CountTrailingZeros => with_flag("llvm.cttz")?,
            LaneUn::BitReverse => intr("llvm.bitreverse")?,
            LaneUn::ByteSwap if dt.bits() > 8 => intr("llvm.bswap")?,
            // The rest of `std.bit`: `lang::lanes` in the runtime.
            LaneUn::BitWidth | LaneUn::NextPowerOfTwo | LaneUn::PrevPowerOfTwo | LaneUn::Log2Floor => runtime()?,
            _ => x,
        })
    }

    /// One lane converted between dtypes: as on a GPU, but float to integer saturates to 64 bits
    /// and then wraps (`lang::lanes::from_f64`), and half-precision lanes go through the runtime.
    pub(super) fn host_scalar_cast(&self, x: BasicValueEnum<'c>, from: DType, to: DType) -> Result<BasicValueEnum<'c>> {
        if from == to {
            return Ok(x);
        }
        let half = |d: DType| matches!(d, DType::F16 | DType::BF16);
        if half(from) || half(to) {
            let c = self.canon(from, x)?;
            let i64t = self.ctx.i64_type();
            let r = self
                .rt(
                    "rt_lane_cast",
                    &[
                        i64t.const_int(from.code() as u64, false).into(),
                        i64t.const_int(to.code() as u64, false).into(),
                        c.into(),
                    ],
                )?
                .expect("a result")
                .into_int_value();
            return self.uncanon(to, r);
        }
        if from.is_float() && !to.is_float() && to != DType::Bool {
            let i64t = self.ctx.i64_type();
            let name = if to == DType::U64 {
                "llvm.fptoui.sat"
            } else {
                "llvm.fptosi.sat"
            };
            let wide = self
                .call_intrinsic(name, &[i64t.into(), x.get_type()], &[x])?
                .expect("a result")
                .into_int_value();
            let tt = self.scalar(to).into_int_type();
            return Ok(self
                .builder
                .build_int_truncate_or_bit_cast(wide, tt, "")
                .map_err(llvm)?
                .into());
        }
        self.scalar_cast(x, from, to)
    }

    pub(super) fn host_fma(
        &self,
        tx: &Ty,
        x: BasicValueEnum<'c>,
        y: BasicValueEnum<'c>,
        z: BasicValueEnum<'c>,
    ) -> Result<BasicValueEnum<'c>> {
        let (dt, w) = lanes_of(tx);
        if matches!(dt, DType::F32 | DType::F64) {
            return Ok(self
                .call_intrinsic("llvm.fma", &[x.get_type()], &[x, y, z])?
                .expect("a result"));
        }
        let code = self.ctx.i64_type().const_int(dt.code() as u64, false);
        self.each_lane(w, &[x, y, z], |t, v| {
            let (a, b, c) = (t.canon(dt, v[0])?, t.canon(dt, v[1])?, t.canon(dt, v[2])?);
            let r = t
                .rt("rt_lane_fma", &[code.into(), a.into(), b.into(), c.into()])?
                .expect("a result")
                .into_int_value();
            t.uncanon(dt, r)
        })
    }

    fn runtime_lane_binary(
        &self,
        op: LaneBin,
        dt: DType,
        x: BasicValueEnum<'c>,
        y: BasicValueEnum<'c>,
    ) -> Result<BasicValueEnum<'c>> {
        let i64t = self.ctx.i64_type();
        let (cx, cy) = (self.canon(dt, x)?, self.canon(dt, y)?);
        let r = self
            .rt(
                "rt_lane_binary",
                &[
                    i64t.const_int(op.code() as u64, false).into(),
                    i64t.const_int(dt.code() as u64, false).into(),
                    cx.into(),
                    cy.into(),
                ],
            )?
            .expect("a result")
            .into_int_value();
        if op.is_compare() {
            Ok(self
                .builder
                .build_int_truncate(r, self.ctx.bool_type(), "")
                .map_err(llvm)?
                .into())
        } else {
            self.uncanon(dt, r)
        }
    }

    fn runtime_lane_unary(&self, op: LaneUn, dt: DType, x: BasicValueEnum<'c>) -> Result<BasicValueEnum<'c>> {
        let i64t = self.ctx.i64_type();
        let c = self.canon(dt, x)?;
        let r = self
            .rt(
                "rt_lane_unary",
                &[
                    i64t.const_int(op.code() as u64, false).into(),
                    i64t.const_int(dt.code() as u64, false).into(),
                    c.into(),
                ],
            )?
            .expect("a result")
            .into_int_value();
        self.uncanon(dt, r)
    }

    /// A lane in canonical form (an i64, see `lang::lanes`).
    pub(super) fn canon(&self, dt: DType, v: BasicValueEnum<'c>) -> Result<IntValue<'c>> {
        let b = &self.builder;
        let i64t = self.ctx.i64_type();
        Ok(match dt {
            DType::F64 => b.build_bit_cast(v, i64t, "").map_err(llvm)?.into_int_value(),
            DType::F32 => {
                let d = b
                    .build_float_ext(v.into_float_value(), self.ctx.f64_type(), "")
                    .map_err(llvm)?;
                b.build_bit_cast(d, i64t, "").map_err(llvm)?.into_int_value()
            }
            DType::F16 | DType::BF16 => {
                let bits = b
                    .build_bit_cast(v, self.ctx.i16_type(), "")
                    .map_err(llvm)?
                    .into_int_value();
                let bits = b.build_int_z_extend(bits, i64t, "").map_err(llvm)?;
                let code = i64t.const_int(dt.code() as u64, false);
                self.rt("rt_lane_from_machine", &[code.into(), bits.into()])?
                    .expect("a result")
                    .into_int_value()
            }
            _ => {
                let x = v.into_int_value();
                if x.get_type().get_bit_width() == 64 {
                    x
                } else if dt.is_signed_int() {
                    b.build_int_s_extend(x, i64t, "").map_err(llvm)?
                } else {
                    b.build_int_z_extend(x, i64t, "").map_err(llvm)?
                }
            }
        })
    }

    /// A canonical i64 back to the machine lane.
    pub(super) fn uncanon(&self, dt: DType, c: IntValue<'c>) -> Result<BasicValueEnum<'c>> {
        let b = &self.builder;
        let i64t = self.ctx.i64_type();
        let lane = self.scalar(dt);
        Ok(match dt {
            DType::F64 => b.build_bit_cast(c, lane, "").map_err(llvm)?,
            DType::F32 => {
                let d = b
                    .build_bit_cast(c, self.ctx.f64_type(), "")
                    .map_err(llvm)?
                    .into_float_value();
                b.build_float_trunc(d, lane.into_float_type(), "").map_err(llvm)?.into()
            }
            DType::F16 | DType::BF16 => {
                let code = i64t.const_int(dt.code() as u64, false);
                let bits = self
                    .rt("rt_lane_to_machine", &[code.into(), c.into()])?
                    .expect("a result")
                    .into_int_value();
                let bits = b.build_int_truncate(bits, self.ctx.i16_type(), "").map_err(llvm)?;
                b.build_bit_cast(bits, lane, "").map_err(llvm)?
            }
            _ => b
                .build_int_truncate_or_bit_cast(c, lane.into_int_type(), "")
                .map_err(llvm)?
                .into(),
        })
    }
}
