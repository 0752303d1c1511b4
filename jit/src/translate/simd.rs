//! SIMD values in Cranelift. A `SIMD[dt, w]` of 16 bytes or more whose dtype has a Cranelift
//! vector type is held as `w * size / 16` 128-bit vectors (so a `SIMD[DType.float32, 4]` add is
//! one `fadd.f32x4`, and a `SIMD[DType.float32, 8]` is two); anything else (narrow vectors,
//! `bool`, `float16`, `bfloat16`) is held one machine scalar per lane. Operations without a
//! native instruction go lane by lane, through `lang::lanes` in the runtime where Cranelift has
//! no equivalent, so that the JIT and the interpreter agree bit for bit.

use super::Fx;
use crate::abi::{lane_type, vector_type};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, StackSlotData, StackSlotKind, TrapCode, Type, Value};
use lang::dtype::DType;
use lang::lanes::{self, LaneBin, LaneUn, Reduce};
use lang::mir::{Operand, Ty};
use lang::source::Span;

/// How many lanes one machine slot of a `SIMD[dt, w]` holds.
fn lanes_per_slot(dt: DType, w: u32) -> u32 {
    match vector_type(dt) {
        Some(_) if w * dt.size() >= 16 => 16 / dt.size(),
        _ => 1,
    }
}

fn simd_of(t: &Ty) -> (DType, u32) {
    match t {
        Ty::Simd(dt, w) => (*dt, *w),
        Ty::Int => (DType::I64, 1),
        Ty::Bool => (DType::Bool, 1),
        _ => (DType::I64, 1),
    }
}

impl Fx<'_, '_, '_, '_> {
    /// The lanes of a SIMD value, one machine scalar each.
    pub(super) fn unpack(&mut self, vals: &[Value], dt: DType, w: u32) -> Vec<Value> {
        let per = lanes_per_slot(dt, w);
        if per == 1 {
            return vals.to_vec();
        }
        let mut out = Vec::with_capacity(w as usize);
        for v in vals {
            for i in 0..per {
                out.push(self.b.ins().extractlane(*v, i as u8));
            }
        }
        out
    }

    /// A SIMD value from one machine scalar per lane.
    pub(super) fn pack(&mut self, lanes: &[Value], dt: DType, w: u32) -> Vec<Value> {
        let per = lanes_per_slot(dt, w) as usize;
        if per == 1 {
            return lanes.to_vec();
        }
        let vt = vector_type(dt).unwrap();
        lanes
            .chunks(per)
            .map(|chunk| {
                let mut v = self.b.ins().splat(vt, chunk[0]);
                for (i, x) in chunk.iter().enumerate().skip(1) {
                    v = self.b.ins().insertlane(v, *x, i as u8);
                }
                v
            })
            .collect()
    }

    /// A machine lane in canonical form (an i64, see `lang::lanes`).
    fn canon(&mut self, dt: DType, v: Value) -> Value {
        match dt {
            DType::F64 => self.b.ins().bitcast(types::I64, MemFlagsData::new(), v),
            DType::F32 => {
                let d = self.b.ins().fpromote(types::F64, v);
                self.b.ins().bitcast(types::I64, MemFlagsData::new(), d)
            }
            DType::F16 | DType::BF16 => {
                let bits = self.b.ins().uextend(types::I64, v);
                let code = self.b.ins().iconst(types::I64, dt.code());
                self.rt("rt_lane_from_machine", &[code, bits]).unwrap()
            }
            DType::I64 | DType::U64 => v,
            _ if dt.is_signed_int() => self.b.ins().sextend(types::I64, v),
            _ => self.b.ins().uextend(types::I64, v),
        }
    }

    /// A canonical i64 back to the machine lane.
    fn uncanon(&mut self, dt: DType, c: Value) -> Value {
        match dt {
            DType::F64 => self.b.ins().bitcast(types::F64, MemFlagsData::new(), c),
            DType::F32 => {
                let d = self.b.ins().bitcast(types::F64, MemFlagsData::new(), c);
                self.b.ins().fdemote(types::F32, d)
            }
            DType::F16 | DType::BF16 => {
                let code = self.b.ins().iconst(types::I64, dt.code());
                let bits = self.rt("rt_lane_to_machine", &[code, c]).unwrap();
                self.b.ins().ireduce(types::I16, bits)
            }
            DType::I64 | DType::U64 => c,
            _ => self.b.ins().ireduce(lane_type(dt), c),
        }
    }

    pub(super) fn scalar_const(&mut self, dt: DType, lane: u64) -> Value {
        let bits = lanes::to_machine(dt, lane);
        match dt {
            DType::F64 => self.b.ins().f64const(f64::from_bits(bits)),
            DType::F32 => self.b.ins().f32const(f32::from_bits(bits as u32)),
            _ => self.b.ins().iconst(lane_type(dt), bits as i64),
        }
    }

    fn lane_rt_binary(&mut self, op: LaneBin, dt: DType, x: Value, y: Value) -> Value {
        let (cx, cy) = (self.canon(dt, x), self.canon(dt, y));
        let opc = self.b.ins().iconst(types::I64, op.code());
        let code = self.b.ins().iconst(types::I64, dt.code());
        let r = self.rt("rt_lane_binary", &[opc, code, cx, cy]).unwrap();
        if op.is_compare() {
            self.b.ins().ireduce(types::I8, r)
        } else {
            self.uncanon(dt, r)
        }
    }

    /// One lane of `x op y` (a comparison gives an i8 0/1).
    fn lane_binary(&mut self, op: LaneBin, dt: DType, x: Value, y: Value) -> Value {
        use LaneBin::*;
        let ins = self.b.ins();
        if matches!(dt, DType::F32 | DType::F64) {
            let cc = match op {
                Eq => Some(FloatCC::Equal),
                Ne => Some(FloatCC::NotEqual),
                Lt => Some(FloatCC::LessThan),
                Le => Some(FloatCC::LessThanOrEqual),
                Gt => Some(FloatCC::GreaterThan),
                Ge => Some(FloatCC::GreaterThanOrEqual),
                _ => None,
            };
            if let Some(cc) = cc {
                return ins.fcmp(cc, x, y);
            }
            return match op {
                Add => ins.fadd(x, y),
                Sub => ins.fsub(x, y),
                Mul => ins.fmul(x, y),
                Div => ins.fdiv(x, y),
                Min => ins.fmin(x, y),
                Max => ins.fmax(x, y),
                _ => self.lane_rt_binary(op, dt, x, y),
            };
        }
        if dt.is_float() {
            return self.lane_rt_binary(op, dt, x, y);
        }
        let signed = dt.is_signed_int();
        let cc = match (op, signed) {
            (Eq, _) => Some(IntCC::Equal),
            (Ne, _) => Some(IntCC::NotEqual),
            (Lt, true) => Some(IntCC::SignedLessThan),
            (Le, true) => Some(IntCC::SignedLessThanOrEqual),
            (Gt, true) => Some(IntCC::SignedGreaterThan),
            (Ge, true) => Some(IntCC::SignedGreaterThanOrEqual),
            (Lt, false) => Some(IntCC::UnsignedLessThan),
            (Le, false) => Some(IntCC::UnsignedLessThanOrEqual),
            (Gt, false) => Some(IntCC::UnsignedGreaterThan),
            (Ge, false) => Some(IntCC::UnsignedGreaterThanOrEqual),
            _ => None,
        };
        if let Some(cc) = cc {
            return ins.icmp(cc, x, y);
        }
        match (op, signed) {
            (Add, _) => ins.iadd(x, y),
            (Sub, _) => ins.isub(x, y),
            (Mul, _) => ins.imul(x, y),
            (And, _) => ins.band(x, y),
            (Or, _) => ins.bor(x, y),
            (Xor, _) => ins.bxor(x, y),
            (Min, true) => ins.smin(x, y),
            (Max, true) => ins.smax(x, y),
            (Min, false) => ins.umin(x, y),
            (Max, false) => ins.umax(x, y),
            _ => self.lane_rt_binary(op, dt, x, y),
        }
    }

    /// Whether `op` on whole 128-bit vectors of `dt` is one Cranelift instruction here.
    fn vector_binary_ok(op: LaneBin, dt: DType) -> bool {
        use LaneBin::*;
        match dt {
            DType::F32 | DType::F64 => matches!(op, Add | Sub | Mul | Div | Min | Max),
            DType::I16 | DType::U16 | DType::I32 | DType::U32 => matches!(op, Add | Sub | Mul | And | Or | Xor),
            DType::I8 | DType::U8 | DType::I64 | DType::U64 => matches!(op, Add | Sub | And | Or | Xor),
            _ => false,
        }
    }

    /// `a op b` on whole SIMD values of type `t` (`BinOp::Lane`).
    pub(super) fn simd_binary(&mut self, op: LaneBin, t: &Ty, a: &Operand, b: &Operand) -> Vec<Value> {
        let (dt, w) = simd_of(t);
        let (xs, ys) = (self.operand(a), self.operand(b));
        if lanes_per_slot(dt, w) > 1 && Self::vector_binary_ok(op, dt) {
            return xs
                .iter()
                .zip(&ys)
                .map(|(x, y)| {
                    let ins = self.b.ins();
                    match op {
                        LaneBin::Add if dt.is_float() => ins.fadd(*x, *y),
                        LaneBin::Sub if dt.is_float() => ins.fsub(*x, *y),
                        LaneBin::Mul if dt.is_float() => ins.fmul(*x, *y),
                        LaneBin::Div => ins.fdiv(*x, *y),
                        LaneBin::Min => ins.fmin(*x, *y),
                        LaneBin::Max => ins.fmax(*x, *y),
                        LaneBin::Add => ins.iadd(*x, *y),
                        LaneBin::Sub => ins.isub(*x, *y),
                        LaneBin::Mul => ins.imul(*x, *y),
                        LaneBin::And => ins.band(*x, *y),
                        LaneBin::Or => ins.bor(*x, *y),
                        _ => ins.bxor(*x, *y),
                    }
                })
                .collect();
        }
        let (xl, yl) = (self.unpack(&xs, dt, w), self.unpack(&ys, dt, w));
        let rs: Vec<Value> = xl
            .iter()
            .zip(&yl)
            .map(|(x, y)| self.lane_binary(op, dt, *x, *y))
            .collect();
        if op.is_compare() {
            rs
        } else {
            self.pack(&rs, dt, w)
        }
    }

    fn lane_unary(&mut self, op: LaneUn, dt: DType, x: Value) -> Value {
        let ins = self.b.ins();
        if matches!(dt, DType::F32 | DType::F64) {
            match op {
                LaneUn::Neg => return ins.fneg(x),
                LaneUn::Abs => return ins.fabs(x),
                LaneUn::Sqrt => return ins.sqrt(x),
                LaneUn::Floor => return ins.floor(x),
                LaneUn::Ceil => return ins.ceil(x),
                LaneUn::Trunc => return ins.trunc(x),
                LaneUn::Round => return ins.nearest(x),
                LaneUn::Not => return x,
                // Transcendental functions: `lang::lanes` in the runtime.
                _ => {}
            }
        }
        if dt.is_float() {
            return self.runtime_lane_unary(op, dt, x);
        }
        match op {
            LaneUn::Neg => ins.ineg(x),
            LaneUn::Not if dt == DType::Bool => ins.bxor_imm_u(x, 1),
            LaneUn::Not => ins.bnot(x),
            LaneUn::Abs if dt.is_signed_int() => ins.iabs(x),
            LaneUn::PopCount => ins.popcnt(x),
            LaneUn::CountLeadingZeros => ins.clz(x),
            LaneUn::CountTrailingZeros => ins.ctz(x),
            LaneUn::BitReverse => ins.bitrev(x),
            LaneUn::ByteSwap if dt.bits() > 8 => ins.bswap(x),
            LaneUn::ByteSwap => x,
            // The rest of `std.bit`: `lang::lanes` in the runtime.
            LaneUn::BitWidth | LaneUn::NextPowerOfTwo | LaneUn::PrevPowerOfTwo | LaneUn::Log2Floor => {
                self.runtime_lane_unary(op, dt, x)
            }
            _ => x,
        }
    }

    /// One lane through `lang::lanes::unary` in the runtime (`rt_lane_unary`).
    fn runtime_lane_unary(&mut self, op: LaneUn, dt: DType, x: Value) -> Value {
        let c = self.canon(dt, x);
        let opc = self.b.ins().iconst(types::I64, op.code());
        let code = self.b.ins().iconst(types::I64, dt.code());
        let r = self.rt("rt_lane_unary", &[opc, code, c]).unwrap();
        self.uncanon(dt, r)
    }

    pub(super) fn simd_unary(&mut self, op: LaneUn, t: &Ty, a: &Operand) -> Vec<Value> {
        let (dt, w) = simd_of(t);
        let xs = self.operand(a);
        let lanes = self.unpack(&xs, dt, w);
        let rs: Vec<Value> = lanes.iter().map(|x| self.lane_unary(op, dt, *x)).collect();
        self.pack(&rs, dt, w)
    }

    /// One lane converted between dtypes (`Int` is `int64`, `Bool` is `bool`).
    fn lane_cast(&mut self, from: DType, to: DType, x: Value) -> Value {
        if from == to {
            return x;
        }
        let native = |d: DType| !matches!(d, DType::F16 | DType::BF16);
        if !native(from) || !native(to) {
            let c = self.canon(from, x);
            let f = self.b.ins().iconst(types::I64, from.code());
            let tcode = self.b.ins().iconst(types::I64, to.code());
            let r = self.rt("rt_lane_cast", &[f, tcode, c]).unwrap();
            return self.uncanon(to, r);
        }
        let ins = self.b.ins();
        if to == DType::Bool {
            return if from.is_float() {
                let z = if from == DType::F32 {
                    ins.f32const(0.0)
                } else {
                    ins.f64const(0.0)
                };
                self.b.ins().fcmp(FloatCC::NotEqual, x, z)
            } else {
                ins.icmp_imm_s(IntCC::NotEqual, x, 0)
            };
        }
        let (ft, tt) = (lane_type(from), lane_type(to));
        match (from.is_float(), to.is_float()) {
            (true, true) if ft.bits() < tt.bits() => ins.fpromote(tt, x),
            (true, true) => ins.fdemote(tt, x),
            (false, true) if from.is_signed_int() => ins.fcvt_from_sint(tt, x),
            (false, true) => ins.fcvt_from_uint(tt, x),
            // Saturate to 64 bits, then wrap (as `lang::lanes::from_f64` does).
            (true, false) => {
                let wide = if to == DType::U64 {
                    ins.fcvt_to_uint_sat(types::I64, x)
                } else {
                    ins.fcvt_to_sint_sat(types::I64, x)
                };
                if tt == types::I64 {
                    wide
                } else {
                    self.b.ins().ireduce(tt, wide)
                }
            }
            (false, false) if ft.bits() == tt.bits() => x,
            (false, false) if ft.bits() > tt.bits() => ins.ireduce(tt, x),
            (false, false) if from.is_signed_int() => ins.sextend(tt, x),
            (false, false) => ins.uextend(tt, x),
        }
    }

    /// `Rvalue::Cast` between `Int`, `Bool` and SIMD types.
    pub(super) fn cast(&mut self, a: &Operand, to: &Ty) -> Vec<Value> {
        let from_t = self.f.operand_ty(a);
        let (fdt, w) = simd_of(&from_t);
        let (tdt, _) = simd_of(to);
        let xs = self.operand(a);
        let lanes = self.unpack(&xs, fdt, w);
        let rs: Vec<Value> = lanes.iter().map(|x| self.lane_cast(fdt, tdt, *x)).collect();
        match to {
            Ty::Simd(..) => self.pack(&rs, tdt, w),
            _ => rs,
        }
    }

    pub(super) fn splat(&mut self, a: &Operand, to: &Ty) -> Vec<Value> {
        let (dt, w) = simd_of(to);
        let x = self.one(a);
        let per = lanes_per_slot(dt, w);
        if per == 1 {
            return vec![x; w as usize];
        }
        let v = self.b.ins().splat(vector_type(dt).unwrap(), x);
        vec![v; (w / per) as usize]
    }

    pub(super) fn build_lanes(&mut self, os: &[Operand], to: &Ty) -> Vec<Value> {
        let (dt, w) = simd_of(to);
        let lanes: Vec<Value> = os.iter().map(|o| self.one(o)).collect();
        self.pack(&lanes, dt, w)
    }

    /// Bounds-check a run-time lane index (E0604 when out of range).
    fn check_index(&mut self, i: Value, w: u32, span: Span) {
        let bad = self.b.ins().icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, i, w as i64);
        let fail = self.b.create_block();
        let ok = self.b.create_block();
        self.b.ins().brif(bad, fail, &[], ok, &[]);
        self.b.switch_to_block(fail);
        self.b.set_cold_block(fail);
        let loc = self.loc(span);
        let width = self.b.ins().iconst(types::I64, w as i64);
        self.rt("rt_index_oob", &[loc, i, width]);
        self.b.ins().trap(TrapCode::user(5).unwrap());
        self.b.switch_to_block(ok);
    }

    /// Spill the lanes of a vector to a fresh stack slot; returns its address.
    fn spill(&mut self, lanes: &[Value], dt: DType) -> Value {
        let size = lane_type(dt).bytes();
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            size * lanes.len() as u32,
            4,
        ));
        let addr = self.b.ins().stack_addr(types::I64, slot, 0);
        for (k, x) in lanes.iter().enumerate() {
            self.b
                .ins()
                .store(MemFlagsData::trusted(), *x, addr, (k as u32 * size) as i32);
        }
        addr
    }

    fn lane_addr(&mut self, base: Value, i: Value, dt: DType) -> Value {
        let off = self.b.ins().imul_imm_u(i, lane_type(dt).bytes() as i64);
        self.b.ins().iadd(base, off)
    }

    pub(super) fn extract(&mut self, v: &Operand, i: &Operand, span: Span) -> Vec<Value> {
        let (dt, w) = simd_of(&self.f.operand_ty(v));
        let xs = self.operand(v);
        if let Operand::Const(lang::mir::Const::Int(k)) = i {
            let per = lanes_per_slot(dt, w) as i64;
            if (0..w as i64).contains(k) {
                if per == 1 {
                    return vec![xs[*k as usize]];
                }
                return vec![self.b.ins().extractlane(xs[(*k / per) as usize], (*k % per) as u8)];
            }
        }
        let iv = self.one(i);
        self.check_index(iv, w, span);
        let lanes = self.unpack(&xs, dt, w);
        let base = self.spill(&lanes, dt);
        let addr = self.lane_addr(base, iv, dt);
        vec![self.b.ins().load(lane_type(dt), MemFlagsData::trusted(), addr, 0)]
    }

    pub(super) fn insert(&mut self, v: &Operand, i: &Operand, x: &Operand, span: Span) -> Vec<Value> {
        let (dt, w) = simd_of(&self.f.operand_ty(v));
        let xs = self.operand(v);
        let xv = self.one(x);
        let mut lanes = self.unpack(&xs, dt, w);
        if let Operand::Const(lang::mir::Const::Int(k)) = i {
            if (0..w as i64).contains(k) {
                lanes[*k as usize] = xv;
                return self.pack(&lanes, dt, w);
            }
        }
        let iv = self.one(i);
        self.check_index(iv, w, span);
        let base = self.spill(&lanes, dt);
        let addr = self.lane_addr(base, iv, dt);
        self.b.ins().store(MemFlagsData::trusted(), xv, addr, 0);
        let size = lane_type(dt).bytes();
        let reloaded: Vec<Value> = (0..w)
            .map(|k| {
                self.b
                    .ins()
                    .load(lane_type(dt), MemFlagsData::trusted(), base, (k * size) as i32)
            })
            .collect();
        self.pack(&reloaded, dt, w)
    }

    pub(super) fn reduce(&mut self, op: Reduce, v: &Operand) -> Vec<Value> {
        let (dt, w) = simd_of(&self.f.operand_ty(v));
        let xs = self.operand(v);
        // Halves combined lane by lane, as `lang::lanes::reduce` (Mojo's order).
        let mut cur = self.unpack(&xs, dt, w);
        while cur.len() > 1 {
            let half = cur.len() / 2;
            cur = (0..half)
                .map(|i| self.lane_binary(op.lane_op(), dt, cur[i], cur[i + half]))
                .collect();
        }
        vec![cur[0]]
    }

    pub(super) fn select(&mut self, c: &Operand, a: &Operand, b: &Operand) -> Vec<Value> {
        let (dt, w) = simd_of(&self.f.operand_ty(a));
        let cs = self.operand(c);
        let (xs, ys) = (self.operand(a), self.operand(b));
        let (xl, yl) = (self.unpack(&xs, dt, w), self.unpack(&ys, dt, w));
        let rs: Vec<Value> = (0..w as usize)
            .map(|k| self.b.ins().select(cs[k], xl[k], yl[k]))
            .collect();
        self.pack(&rs, dt, w)
    }

    pub(super) fn shuffle(&mut self, a: &Operand, b: &Operand, mask: &[u32]) -> Vec<Value> {
        let (dt, w) = simd_of(&self.f.operand_ty(a));
        let (xs, ys) = (self.operand(a), self.operand(b));
        let mut both = self.unpack(&xs, dt, w);
        both.extend(self.unpack(&ys, dt, w));
        let picked: Vec<Value> = mask.iter().map(|m| both[*m as usize]).collect();
        self.pack(&picked, dt, mask.len() as u32)
    }

    pub(super) fn fma(&mut self, a: &Operand, b: &Operand, c: &Operand) -> Vec<Value> {
        let (dt, w) = simd_of(&self.f.operand_ty(a));
        let (xs, ys, zs) = (self.operand(a), self.operand(b), self.operand(c));
        // One rounding, as `lang::lanes::fma`: Cranelift's fused multiply-add (one instruction
        // per 128 bits with FMA, else the C library's `fma`).
        if matches!(dt, DType::F32 | DType::F64) {
            return (0..xs.len()).map(|k| self.b.ins().fma(xs[k], ys[k], zs[k])).collect();
        }
        let (xl, yl, zl) = (
            self.unpack(&xs, dt, w),
            self.unpack(&ys, dt, w),
            self.unpack(&zs, dt, w),
        );
        let code = self.b.ins().iconst(types::I64, dt.code());
        let rs: Vec<Value> = (0..w as usize)
            .map(|k| {
                let (x, y, z) = (self.canon(dt, xl[k]), self.canon(dt, yl[k]), self.canon(dt, zl[k]));
                let r = self.rt("rt_lane_fma", &[code, x, y, z]).unwrap();
                self.uncanon(dt, r)
            })
            .collect();
        self.pack(&rs, dt, w)
    }

    /// A width-1 SIMD value in canonical form with its dtype code, for the runtime's
    /// formatting calls.
    pub(super) fn scalar_args(&mut self, o: &Operand) -> [Value; 2] {
        let (dt, _) = simd_of(&self.f.operand_ty(o));
        let x = self.one(o);
        let c = self.canon(dt, x);
        [self.b.ins().iconst(types::I64, dt.code()), c]
    }

    /// A zero of a machine slot type, vector or scalar.
    pub(super) fn zero_of(&mut self, t: Type) -> Value {
        if t.is_vector() {
            let lane = self.zero_of(t.lane_type());
            return self.b.ins().splat(t, lane);
        }
        match t {
            types::F64 => self.b.ins().f64const(0.0),
            types::F32 => self.b.ins().f32const(0.0),
            _ => self.b.ins().iconst(t, 0),
        }
    }
}

impl Fx<'_, '_, '_, '_> {
    /// The machine values of a `ty` stored at `addr + off` (in the layout of `mir::layout`).
    pub(super) fn load_ty(&mut self, addr: Value, off: u64, ty: &Ty) -> Vec<Value> {
        let flags = MemFlagsData::new();
        match ty {
            Ty::Simd(dt, w) => {
                let per = lanes_per_slot(*dt, *w);
                let slot_ty = if per > 1 {
                    vector_type(*dt).unwrap()
                } else {
                    lane_type(*dt)
                };
                let step = slot_ty.bytes() as u64;
                (0..(*w / per) as u64)
                    .map(|k| self.b.ins().load(slot_ty, flags, addr, (off + k * step) as i32))
                    .collect()
            }
            Ty::Tuple(_) | Ty::Struct(_) => {
                let elems = ty.elements().unwrap_or_default();
                let offs = lang::mir::layout::offsets(ty);
                elems
                    .iter()
                    .zip(offs)
                    .flat_map(|(t, o)| self.load_ty(addr, off + o, t))
                    .collect()
            }
            Ty::None | Ty::Unknown => vec![],
            other => {
                let t = crate::abi::slots(other)[0];
                vec![self.b.ins().load(t, flags, addr, off as i32)]
            }
        }
    }

    /// Store the machine values of a `ty` at `addr + off`.
    pub(super) fn store_ty(&mut self, addr: Value, off: u64, ty: &Ty, vals: &[Value]) {
        let flags = MemFlagsData::new();
        match ty {
            Ty::Simd(dt, w) => {
                let per = lanes_per_slot(*dt, *w);
                let step = if per > 1 { 16 } else { dt.size() as u64 };
                for (k, v) in vals.iter().enumerate() {
                    self.b.ins().store(flags, *v, addr, (off + k as u64 * step) as i32);
                }
            }
            Ty::Tuple(_) | Ty::Struct(_) => {
                let elems = ty.elements().unwrap_or_default();
                let offs = lang::mir::layout::offsets(ty);
                let mut at = 0;
                for (t, o) in elems.iter().zip(offs) {
                    let n = crate::abi::slots(t).len();
                    self.store_ty(addr, off + o, t, &vals[at..at + n]);
                    at += n;
                }
            }
            Ty::None | Ty::Unknown => {}
            _ => {
                self.b.ins().store(flags, vals[0], addr, off as i32);
            }
        }
    }
}
