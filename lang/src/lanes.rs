//! SIMD lane semantics, shared by every executor so that they agree bit for bit.
//!
//! A lane is held in canonical form as a `u64`: integers sign- or zero-extended to 64 bits, `bool`
//! as 0 or 1, and every float type as the bits of the `f64` with the same value (a `float32`,
//! `float16` or `bfloat16` value is exact in `f64`). An operation on a narrow float is computed in
//! `f64` and rounded once to the lane type; for `+ - * /` and `sqrt` that equals the native
//! operation, because `f64` has more than twice the precision of each narrower type.

use crate::dtype::DType;
use crate::numeric;

/// Element-wise binary operations on SIMD values (the operand types give the dtype).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LaneBin {
    Add,
    Sub,
    Mul,
    /// `/`: true division on floats, truncating on integers (Mojo 1.2).
    Div,
    FloorDiv,
    Mod,
    Pow,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    Min,
    Max,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl LaneBin {
    pub fn is_compare(self) -> bool {
        matches!(
            self,
            LaneBin::Eq | LaneBin::Ne | LaneBin::Lt | LaneBin::Le | LaneBin::Gt | LaneBin::Ge
        )
    }

    pub fn code(self) -> i64 {
        self as i64
    }

    pub fn from_code(c: i64) -> LaneBin {
        use LaneBin::*;
        [
            Add, Sub, Mul, Div, FloorDiv, Mod, Pow, And, Or, Xor, Shl, Shr, Min, Max, Eq, Ne, Lt, Le, Gt, Ge,
        ][c as usize]
    }

    /// Whether the operation exists for lanes of `dt`.
    pub fn supports(self, dt: DType) -> bool {
        match self {
            LaneBin::And | LaneBin::Or | LaneBin::Xor => !dt.is_float(),
            LaneBin::Shl | LaneBin::Shr => dt.is_int(),
            LaneBin::Eq | LaneBin::Ne => true,
            _ => dt != DType::Bool,
        }
    }
}

/// Element-wise unary operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LaneUn {
    Neg,
    /// Bitwise not on integers, logical not on `bool`.
    Not,
    Abs,
    Sqrt,
    Floor,
    Ceil,
    Trunc,
    /// Round half to even.
    Round,
    Exp,
    Exp2,
    Expm1,
    Log,
    Log2,
    Log10,
    Log1p,
    Sin,
    Cos,
    Tan,
    Asin,
    Acos,
    Atan,
    Sinh,
    Cosh,
    Tanh,
    Cbrt,
    // The rest of `std.math`'s functions of one float (`erf`, `gamma`, ...; see `unary`).
    Erf,
    Erfc,
    Gamma,
    Lgamma,
    Asinh,
    Acosh,
    Atanh,
    Rsqrt,
    Recip,
    J0,
    J1,
    Y0,
    Y1,
    Logb,
    // `std.bit`, on integers.
    PopCount,
    CountLeadingZeros,
    CountTrailingZeros,
    BitReverse,
    ByteSwap,
    /// The bits needed to represent the value (for a negative one, those of its complement).
    BitWidth,
    /// The smallest power of two `>= x` (1 for `x <= 1`).
    NextPowerOfTwo,
    /// The largest power of two `<= x` (0 for `x <= 0`).
    PrevPowerOfTwo,
    /// `floor(log2(x))` (-1 for `x <= 0`).
    Log2Floor,
}

impl LaneUn {
    pub fn code(self) -> i64 {
        self as i64
    }

    pub fn from_code(c: i64) -> LaneUn {
        use LaneUn::*;
        [
            Neg,
            Not,
            Abs,
            Sqrt,
            Floor,
            Ceil,
            Trunc,
            Round,
            Exp,
            Exp2,
            Expm1,
            Log,
            Log2,
            Log10,
            Log1p,
            Sin,
            Cos,
            Tan,
            Asin,
            Acos,
            Atan,
            Sinh,
            Cosh,
            Tanh,
            Cbrt,
            Erf,
            Erfc,
            Gamma,
            Lgamma,
            Asinh,
            Acosh,
            Atanh,
            Rsqrt,
            Recip,
            J0,
            J1,
            Y0,
            Y1,
            Logb,
            PopCount,
            CountLeadingZeros,
            CountTrailingZeros,
            BitReverse,
            ByteSwap,
            BitWidth,
            NextPowerOfTwo,
            PrevPowerOfTwo,
            Log2Floor,
        ][c as usize]
    }

    /// The `std.math` function of this name.
    pub fn math(name: &str) -> Option<LaneUn> {
        use LaneUn::*;
        Some(match name {
            "sqrt" => Sqrt,
            "floor" => Floor,
            "ceil" => Ceil,
            "trunc" => Trunc,
            "exp" => Exp,
            "exp2" => Exp2,
            "expm1" => Expm1,
            "log" => Log,
            "log2" => Log2,
            "log10" => Log10,
            "log1p" => Log1p,
            "sin" => Sin,
            "cos" => Cos,
            "tan" => Tan,
            "asin" => Asin,
            "acos" => Acos,
            "atan" => Atan,
            "sinh" => Sinh,
            "cosh" => Cosh,
            "tanh" => Tanh,
            "cbrt" => Cbrt,
            "erf" => Erf,
            "erfc" => Erfc,
            "gamma" => Gamma,
            "lgamma" => Lgamma,
            "asinh" => Asinh,
            "acosh" => Acosh,
            "atanh" => Atanh,
            "rsqrt" => Rsqrt,
            "recip" => Recip,
            "j0" => J0,
            "j1" => J1,
            "y0" => Y0,
            "y1" => Y1,
            "logb" => Logb,
            _ => return None,
        })
    }

    /// The `std.bit` function of this name.
    pub fn bit(name: &str) -> Option<LaneUn> {
        use LaneUn::*;
        Some(match name {
            "pop_count" => PopCount,
            "count_leading_zeros" => CountLeadingZeros,
            "count_trailing_zeros" => CountTrailingZeros,
            "bit_reverse" => BitReverse,
            "byte_swap" => ByteSwap,
            "bit_width" => BitWidth,
            "next_power_of_two" => NextPowerOfTwo,
            "prev_power_of_two" => PrevPowerOfTwo,
            "log2_floor" => Log2Floor,
            _ => return None,
        })
    }

    pub fn supports(self, dt: DType) -> bool {
        match self {
            LaneUn::Not => !dt.is_float(),
            LaneUn::Neg | LaneUn::Abs => dt != DType::Bool,
            LaneUn::Sqrt
            | LaneUn::Exp
            | LaneUn::Exp2
            | LaneUn::Expm1
            | LaneUn::Log
            | LaneUn::Log2
            | LaneUn::Log10
            | LaneUn::Log1p
            | LaneUn::Sin
            | LaneUn::Cos
            | LaneUn::Tan
            | LaneUn::Asin
            | LaneUn::Acos
            | LaneUn::Atan
            | LaneUn::Sinh
            | LaneUn::Cosh
            | LaneUn::Tanh
            | LaneUn::Cbrt
            | LaneUn::Erf
            | LaneUn::Erfc
            | LaneUn::Gamma
            | LaneUn::Lgamma
            | LaneUn::Asinh
            | LaneUn::Acosh
            | LaneUn::Atanh
            | LaneUn::Rsqrt
            | LaneUn::Recip
            | LaneUn::J0
            | LaneUn::J1
            | LaneUn::Y0
            | LaneUn::Y1
            | LaneUn::Logb => dt.is_float(),
            LaneUn::Floor | LaneUn::Ceil | LaneUn::Trunc | LaneUn::Round => dt != DType::Bool,
            LaneUn::PopCount
            | LaneUn::CountLeadingZeros
            | LaneUn::CountTrailingZeros
            | LaneUn::BitReverse
            | LaneUn::ByteSwap
            | LaneUn::BitWidth
            | LaneUn::NextPowerOfTwo
            | LaneUn::PrevPowerOfTwo
            | LaneUn::Log2Floor => !dt.is_float() && dt != DType::Bool,
        }
    }
}

/// Horizontal reductions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reduce {
    Add,
    Mul,
    Min,
    Max,
    And,
    Or,
}

impl Reduce {
    pub fn lane_op(self) -> LaneBin {
        match self {
            Reduce::Add => LaneBin::Add,
            Reduce::Mul => LaneBin::Mul,
            Reduce::Min => LaneBin::Min,
            Reduce::Max => LaneBin::Max,
            Reduce::And => LaneBin::And,
            Reduce::Or => LaneBin::Or,
        }
    }
}

/// The canonical lane holding the integer `v` (wrapped to the lane type; floats round).
pub fn from_i64(dt: DType, v: i64) -> u64 {
    if dt == DType::F32 {
        return (v as f32 as f64).to_bits();
    }
    if dt.is_float() {
        from_f64(dt, v as f64)
    } else {
        normalize_int(dt, v as u64)
    }
}

/// The canonical lane holding `v` rounded to the lane type (integers truncate, saturating).
pub fn from_f64(dt: DType, v: f64) -> u64 {
    match dt {
        DType::F64 => v.to_bits(),
        DType::F32 => (v as f32 as f64).to_bits(),
        DType::F16 => half::f16::from_f64(v).to_f64().to_bits(),
        DType::BF16 => half::bf16::from_f64(v).to_f64().to_bits(),
        DType::Bool => (v != 0.0) as u64,
        DType::U64 => v as u64,
        _ if dt.is_unsigned_int() => normalize_int(dt, (v as i64) as u64),
        _ => normalize_int(dt, v as i64 as u64),
    }
}

/// Wrap raw integer bits to the lane type and extend them canonically.
pub fn normalize_int(dt: DType, raw: u64) -> u64 {
    let bits = dt.bits();
    if dt == DType::Bool {
        return (raw != 0) as u64;
    }
    if bits == 64 {
        return raw;
    }
    let mask = (1u64 << bits) - 1;
    let low = raw & mask;
    if dt.is_signed_int() && low >> (bits - 1) == 1 {
        low | !mask
    } else {
        low
    }
}

pub fn to_f64(dt: DType, lane: u64) -> f64 {
    if dt.is_float() {
        f64::from_bits(lane)
    } else if dt.is_unsigned_int() || dt == DType::Bool {
        lane as f64
    } else {
        lane as i64 as f64
    }
}

/// The lane's value as an integer (floats truncate, saturating).
pub fn to_i128(dt: DType, lane: u64) -> i128 {
    if dt.is_float() {
        f64::from_bits(lane) as i128
    } else if dt.is_unsigned_int() || dt == DType::Bool {
        lane as i128
    } else {
        lane as i64 as i128
    }
}

/// Machine bits of a lane as stored in memory (`float32` as its IEEE bits, `float16` as its 16
/// bits, integers truncated to their width).
pub fn to_machine(dt: DType, lane: u64) -> u64 {
    match dt {
        DType::F32 => (f64::from_bits(lane) as f32).to_bits() as u64,
        DType::F16 => half::f16::from_f64(f64::from_bits(lane)).to_bits() as u64,
        DType::BF16 => half::bf16::from_f64(f64::from_bits(lane)).to_bits() as u64,
        DType::F64 => lane,
        _ if dt.bits() == 64 => lane,
        _ => lane & ((1u64 << dt.bits()) - 1),
    }
}

/// The canonical lane of machine bits (the inverse of [`to_machine`]).
pub fn from_machine(dt: DType, bits: u64) -> u64 {
    match dt {
        DType::F32 => (f32::from_bits(bits as u32) as f64).to_bits(),
        DType::F16 => half::f16::from_bits(bits as u16).to_f64().to_bits(),
        DType::BF16 => half::bf16::from_bits(bits as u16).to_f64().to_bits(),
        DType::F64 => bits,
        _ => normalize_int(dt, bits),
    }
}

/// `a op b` on lanes of `dt`. Comparisons give a `bool` lane. Integer division or modulo by
/// zero gives 0 (as Mojo 1.2's SIMD integers do); shifts by the width or more give 0 (left) or
/// the sign (right).
pub fn binary(op: LaneBin, dt: DType, a: u64, b: u64) -> u64 {
    use LaneBin::*;
    if dt.is_float() {
        let (x, y) = (f64::from_bits(a), f64::from_bits(b));
        let r = match op {
            Add => x + y,
            Sub => x - y,
            Mul => x * y,
            Div => x / y,
            FloorDiv => numeric::float_floordiv(x, y),
            Mod => numeric::float_mod(x, y),
            Pow => numeric::float_pow(x, y),
            Min => {
                if x.is_nan() || y.is_nan() {
                    f64::NAN
                } else if x < y || (x == y && x.is_sign_negative()) {
                    x
                } else {
                    y
                }
            }
            Max => {
                if x.is_nan() || y.is_nan() {
                    f64::NAN
                } else if x > y || (x == y && y.is_sign_negative()) {
                    x
                } else {
                    y
                }
            }
            Eq => return (x == y) as u64,
            Ne => return (x != y) as u64,
            Lt => return (x < y) as u64,
            Le => return (x <= y) as u64,
            Gt => return (x > y) as u64,
            Ge => return (x >= y) as u64,
            And | Or | Xor | Shl | Shr => 0.0,
        };
        return from_f64(dt, r);
    }
    let (x, y) = (to_i128(dt, a), to_i128(dt, b));
    let bits = dt.bits() as i128;
    let r: i128 = match op {
        Add => x + y,
        Sub => x - y,
        Mul => x.wrapping_mul(y),
        Div | FloorDiv | Mod if y == 0 => 0,
        Div => x / y,
        FloorDiv => x / y - ((x % y != 0) && ((x < 0) != (y < 0))) as i128,
        Mod => {
            let r = x % y;
            if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            }
        }
        Pow => {
            let v = numeric::int_pow(x as i64, y as i64);
            v as i128
        }
        And => x & y,
        Or => x | y,
        Xor => x ^ y,
        Shl if !(0..bits).contains(&y) => 0,
        Shl => x << y,
        Shr if !(0..bits).contains(&y) => {
            if x < 0 {
                -1
            } else {
                0
            }
        }
        Shr => x >> y,
        Min => x.min(y),
        Max => x.max(y),
        Eq => return (x == y) as u64,
        Ne => return (x != y) as u64,
        Lt => return (x < y) as u64,
        Le => return (x <= y) as u64,
        Gt => return (x > y) as u64,
        Ge => return (x >= y) as u64,
    };
    normalize_int(dt, r as u64)
}

pub fn unary(op: LaneUn, dt: DType, a: u64) -> u64 {
    if dt.is_float() {
        let x = f64::from_bits(a);
        let r = match op {
            LaneUn::Neg => -x,
            LaneUn::Abs => x.abs(),
            LaneUn::Sqrt => x.sqrt(),
            LaneUn::Floor => x.floor(),
            LaneUn::Ceil => x.ceil(),
            LaneUn::Trunc => x.trunc(),
            LaneUn::Round => x.round_ties_even(),
            LaneUn::Not => x,
            LaneUn::Exp => x.exp(),
            LaneUn::Exp2 => x.exp2(),
            LaneUn::Expm1 => x.exp_m1(),
            LaneUn::Log => x.ln(),
            LaneUn::Log2 => x.log2(),
            LaneUn::Log10 => x.log10(),
            LaneUn::Log1p => x.ln_1p(),
            LaneUn::Sin => x.sin(),
            LaneUn::Cos => x.cos(),
            LaneUn::Tan => x.tan(),
            LaneUn::Asin => x.asin(),
            LaneUn::Acos => x.acos(),
            LaneUn::Atan => x.atan(),
            LaneUn::Sinh => x.sinh(),
            LaneUn::Cosh => x.cosh(),
            LaneUn::Tanh => x.tanh(),
            LaneUn::Cbrt => x.cbrt(),
            LaneUn::Rsqrt => 1.0 / x.sqrt(),
            LaneUn::Recip => 1.0 / x,
            op => match crate::libm_calls::special(op, dt, x) {
                Some(r) => r,
                None => x,
            },
        };
        return from_f64(dt, r);
    }
    let x = to_i128(dt, a);
    let bits = dt.bits();
    let mask = if bits == 64 { u64::MAX } else { (1u64 << bits) - 1 };
    let u = a & mask;
    // The bits needed for `v` (two's complement: a negative value needs those of `!v`).
    let width = |v: i128| {
        let v = if v < 0 { !v } else { v } as u64 & mask;
        (64 - v.leading_zeros()) as i128
    };
    let r = match op {
        LaneUn::Neg => -x,
        LaneUn::Not if dt == DType::Bool => (x == 0) as i128,
        LaneUn::Not => !x,
        LaneUn::Abs => x.abs(),
        LaneUn::PopCount => u.count_ones() as i128,
        LaneUn::CountLeadingZeros => (u.leading_zeros() - (64 - bits)) as i128,
        LaneUn::CountTrailingZeros => u.trailing_zeros().min(bits) as i128,
        LaneUn::BitReverse => (u.reverse_bits() >> (64 - bits)) as i128,
        LaneUn::ByteSwap => (u.swap_bytes() >> (64 - bits)) as i128,
        LaneUn::BitWidth => width(x),
        LaneUn::NextPowerOfTwo if x <= 1 => 1,
        LaneUn::NextPowerOfTwo => 1i128 << width(x - 1),
        LaneUn::PrevPowerOfTwo if x <= 0 => 0,
        LaneUn::PrevPowerOfTwo => 1i128 << (width(x) - 1),
        LaneUn::Log2Floor if x <= 0 => -1,
        LaneUn::Log2Floor => width(x) - 1,
        _ => x,
    };
    normalize_int(dt, r as u64)
}

/// Convert a lane to another dtype: to `bool` is `!= 0`; float to integer truncates
/// (saturating, NaN gives 0); integer to integer wraps.
pub fn cast(from: DType, to: DType, a: u64) -> u64 {
    if from == to {
        return a;
    }
    if to == DType::Bool {
        return if from.is_float() {
            (f64::from_bits(a) != 0.0) as u64
        } else {
            (a != 0) as u64
        };
    }
    if from.is_float() {
        return from_f64(to, f64::from_bits(a));
    }
    if to.is_float() {
        let v = to_i128(from, a);
        // Round once, as a machine conversion does (i128 → f64 → f32 could round twice).
        if to == DType::F32 {
            return (v as f32 as f64).to_bits();
        }
        return from_f64(to, v as f64);
    }
    normalize_int(to, a)
}

/// The text `print` shows for one lane. `float16`/`bfloat16` print their value as a `float32`
/// (Mojo 1.2 does the same: `Float16(0.1)` prints `0.099975586`).
pub fn format(dt: DType, a: u64) -> String {
    match dt {
        DType::Bool => if a != 0 { "True" } else { "False" }.into(),
        DType::F64 => numeric::format_float(f64::from_bits(a)),
        DType::F32 | DType::F16 | DType::BF16 => numeric::format_float32(f64::from_bits(a) as f32),
        _ if dt.is_unsigned_int() => format!("{a}"),
        _ => format!("{}", a as i64),
    }
}

/// A horizontal reduction in Mojo's order: the two halves combined lane by lane until one lane
/// is left (which matters for float sums and products).
pub fn reduce(op: Reduce, dt: DType, xs: &[u64]) -> u64 {
    let mut cur = xs.to_vec();
    while cur.len() > 1 {
        let half = cur.len() / 2;
        cur = (0..half)
            .map(|i| binary(op.lane_op(), dt, cur[i], cur[i + half]))
            .collect();
    }
    cur[0]
}

/// `a * b + c` rounded once to the lane type (wrapping for integers).
pub fn fma(dt: DType, a: u64, b: u64, c: u64) -> u64 {
    if dt == DType::F64 {
        let (x, y, z) = (f64::from_bits(a), f64::from_bits(b), f64::from_bits(c));
        from_f64(dt, x.mul_add(y, z))
    } else if dt.is_float() {
        // The product of two narrower floats is exact in f64; the sum `s` is rounded once to f64
        // with the exact error `e` (two-sum). Rounding `s` again to the lane type is correct unless
        // `s` lies exactly halfway between two lane values and `e` is not 0: then the true sum is
        // on `e`'s side of the halfway point.
        let (x, y, z) = (f64::from_bits(a), f64::from_bits(b), f64::from_bits(c));
        let p = x * y;
        let s = p + z;
        let bb = s - p;
        let e = (p - (s - bb)) + (z - bb);
        let r = f64::from_bits(from_f64(dt, s));
        let mut s2 = s;
        if e != 0.0 && s.is_finite() && r.is_finite() && r != s {
            let other = f64::from_bits(from_f64(dt, if r < s { next_up(s) } else { next_down(s) }));
            let other = if other == r { 2.0 * s - r } else { other };
            if (r + other) / 2.0 == s {
                s2 = if e > 0.0 { next_up(s) } else { next_down(s) };
            }
        }
        from_f64(dt, s2)
    } else {
        binary(LaneBin::Add, dt, binary(LaneBin::Mul, dt, a, b), c)
    }
}

fn next_up(x: f64) -> f64 {
    if x.is_nan() || x == f64::INFINITY {
        return x;
    }
    if x == 0.0 {
        return f64::from_bits(1);
    }
    let b = x.to_bits();
    f64::from_bits(if x > 0.0 { b + 1 } else { b - 1 })
}

fn next_down(x: f64) -> f64 {
    -next_up(-x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_wrap_to_their_width() {
        assert_eq!(
            binary(
                LaneBin::Add,
                DType::I8,
                from_i64(DType::I8, 100),
                from_i64(DType::I8, 100)
            ) as i64,
            -56
        );
        assert_eq!(binary(LaneBin::Sub, DType::U8, 0, 1), 255);
        assert_eq!(
            binary(
                LaneBin::FloorDiv,
                DType::I8,
                from_i64(DType::I8, -128),
                from_i64(DType::I8, -1)
            ) as i64,
            -128
        );
        assert_eq!(
            binary(LaneBin::FloorDiv, DType::I32, from_i64(DType::I32, -7), 2) as i64,
            -4
        );
        assert_eq!(binary(LaneBin::Div, DType::I32, from_i64(DType::I32, -7), 2) as i64, -3);
        assert_eq!(binary(LaneBin::Mod, DType::I32, from_i64(DType::I32, -7), 3), 2);
        assert_eq!(binary(LaneBin::Mod, DType::I32, 7, 0), 0);
        assert_eq!(binary(LaneBin::Shr, DType::U8, 200, 1), 100);
    }

    #[test]
    fn narrow_floats_round_once() {
        // Mojo 1.2 prints these values of 0.1.
        assert_eq!(format(DType::F16, from_f64(DType::F16, 0.1)), "0.099975586");
        assert_eq!(format(DType::BF16, from_f64(DType::BF16, 0.1)), "0.100097656");
        assert_eq!(format(DType::F32, from_f64(DType::F32, 0.1)), "0.1");
        let third = binary(
            LaneBin::Div,
            DType::F32,
            from_f64(DType::F32, 1.0),
            from_f64(DType::F32, 3.0),
        );
        assert_eq!(format(DType::F32, third), "0.33333334");
        assert_eq!(format(DType::F16, from_f64(DType::F16, 65504.0 * 2.0)), "inf");
    }

    #[test]
    fn machine_bits_round_trip() {
        for dt in DType::ALL {
            let lane = if dt.is_float() {
                from_f64(dt, -2.5)
            } else {
                from_i64(dt, -3)
            };
            assert_eq!(from_machine(dt, to_machine(dt, lane)), lane, "{dt:?}");
        }
        assert_eq!(to_machine(DType::F32, from_f64(DType::F32, 1.0)), 0x3f80_0000);
        assert_eq!(to_machine(DType::F16, from_f64(DType::F16, 1.0)), 0x3c00);
    }

    #[test]
    fn float32_fma_rounds_once() {
        // Against f32's own fused multiply-add over a spread of awkward operands.
        let vals = [
            1.0f32 + f32::EPSILON,
            1.0 - f32::EPSILON / 2.0,
            3.0,
            -0.1,
            1e-8,
            16777216.0,
            0.333_333_34,
            -1.5,
        ];
        for &a in &vals {
            for &b in &vals {
                for &c in &vals {
                    let want = a.mul_add(b, c);
                    let got = fma(
                        DType::F32,
                        (a as f64).to_bits(),
                        (b as f64).to_bits(),
                        (c as f64).to_bits(),
                    );
                    assert_eq!(f64::from_bits(got) as f32, want, "{a} * {b} + {c}");
                }
            }
        }
    }

    #[test]
    fn casts_truncate_and_saturate() {
        assert_eq!(cast(DType::F32, DType::I8, from_f64(DType::F32, 3.7)), 3);
        assert_eq!(cast(DType::F64, DType::I64, f64::NAN.to_bits()), 0);
        assert_eq!(cast(DType::I32, DType::Bool, 5), 1);
        assert_eq!(cast(DType::I16, DType::U8, from_i64(DType::I16, 300)), 44);
    }
}
