//! The `std.math` functions Rust's standard library does not have (`erf`, `gamma`, the Bessel
//! functions, ...) and those it computes its own way (`asinh`, `acosh`, `atanh`), taken from the
//! C math library, as Mojo's compiled code takes them: so the interpreter, the JIT and Mojo 1.2
//! give the same bits. A `Float32` (and a narrower float) uses the C library's single-precision
//! function, as Mojo's `Float32` code does.

use crate::dtype::DType;
use crate::lanes::LaneUn;
use std::os::raw::{c_double, c_float};

// The C math library (glibc's libm on Linux), which the Rust standard library links already.
extern "C" {
    fn erf(x: c_double) -> c_double;
    fn erff(x: c_float) -> c_float;
    fn erfc(x: c_double) -> c_double;
    fn erfcf(x: c_float) -> c_float;
    fn tgamma(x: c_double) -> c_double;
    fn tgammaf(x: c_float) -> c_float;
    fn lgamma(x: c_double) -> c_double;
    fn lgammaf(x: c_float) -> c_float;
    fn asinh(x: c_double) -> c_double;
    fn asinhf(x: c_float) -> c_float;
    fn acosh(x: c_double) -> c_double;
    fn acoshf(x: c_float) -> c_float;
    fn atanh(x: c_double) -> c_double;
    fn atanhf(x: c_float) -> c_float;
    fn j0(x: c_double) -> c_double;
    fn j0f(x: c_float) -> c_float;
    fn j1(x: c_double) -> c_double;
    fn j1f(x: c_float) -> c_float;
    fn y0(x: c_double) -> c_double;
    fn y0f(x: c_float) -> c_float;
    fn y1(x: c_double) -> c_double;
    fn y1f(x: c_float) -> c_float;
    fn logb(x: c_double) -> c_double;
    fn logbf(x: c_float) -> c_float;
}

/// `op` of `x` (a lane of dtype `dt`, held as an `f64`), if it is one of these functions.
pub fn special(op: LaneUn, dt: DType, x: f64) -> Option<f64> {
    type Pair = (
        unsafe extern "C" fn(c_double) -> c_double,
        unsafe extern "C" fn(c_float) -> c_float,
    );
    let (double, single): Pair = match op {
        LaneUn::Erf => (erf, erff),
        LaneUn::Erfc => (erfc, erfcf),
        LaneUn::Gamma => (tgamma, tgammaf),
        LaneUn::Lgamma => (lgamma, lgammaf),
        LaneUn::Asinh => (asinh, asinhf),
        LaneUn::Acosh => (acosh, acoshf),
        LaneUn::Atanh => (atanh, atanhf),
        LaneUn::J0 => (j0, j0f),
        LaneUn::J1 => (j1, j1f),
        LaneUn::Y0 => (y0, y0f),
        LaneUn::Y1 => (y1, y1f),
        LaneUn::Logb => (logb, logbf),
        _ => return None,
    };
    // SAFETY: pure C math functions of one number.
    Some(unsafe {
        if dt == DType::F64 {
            double(x)
        } else {
            single(x as f32) as f64
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_of_the_c_library() {
        // `print(erf(0.5))` in Mojo 1.2 gives the same digits; `gamma(0.1)` is within an ulp of
        // Mojo's 9.513507698668732.
        assert_eq!(special(LaneUn::Erf, DType::F64, 0.5), Some(0.5204998778130465));
        let g = special(LaneUn::Gamma, DType::F64, 0.1).unwrap();
        assert!((g - 9.513507698668732).abs() <= 2.0 * f64::EPSILON * 9.6);
        assert_eq!(special(LaneUn::Erf, DType::F32, 0.5), Some(0.5204999_f32 as f64));
        assert_eq!(special(LaneUn::Logb, DType::F64, 10.0), Some(3.0));
        assert_eq!(special(LaneUn::Sqrt, DType::F64, 4.0), None);
    }
}
