//! Literal arithmetic is exact at compile time (Mojo's `IntLiteral` / `FloatLiteral`):
//! `0.1 + 0.2` folds to exactly 3/10 and only then becomes a `Float64`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

#[derive(Clone, Debug, PartialEq)]
pub enum Num {
    Int(BigInt),
    /// An exact rational `n / d` with `d > 0`, in lowest terms.
    Float(BigInt, BigInt),
}

fn ratio(n: BigInt, d: BigInt) -> Num {
    let (n, d) = if d.is_negative() { (-n, -d) } else { (n, d) };
    let g = n.gcd(&d);
    if g.is_zero() {
        return Num::Float(BigInt::zero(), BigInt::from(1));
    }
    Num::Float(n / &g, d / g)
}

/// Decimal exponents beyond this are clamped when a float literal is read.
const MAX_EXP: i64 = 4000;

impl Num {
    pub fn parse_float(text: &str) -> Num {
        // Exponents far outside Float64's range are clamped: the value is 0 or infinite either
        // way, and an exact 10^(10^9) would not fit in memory.
        let (mant, exp) = match text.find(['e', 'E']) {
            Some(i) => {
                let e = &text[i + 1..];
                let clamp = if e.starts_with('-') { -MAX_EXP } else { MAX_EXP };
                (&text[..i], e.parse::<i64>().unwrap_or(clamp).clamp(-MAX_EXP, MAX_EXP))
            }
            None => (text, 0),
        };
        let (int_part, frac) = mant.split_once('.').unwrap_or((mant, ""));
        let digits = format!("{int_part}{frac}");
        let n: BigInt = digits.parse().unwrap_or_default();
        let scale = exp - frac.len() as i64;
        if scale >= 0 {
            ratio(n * BigInt::from(10).pow(scale as u32), BigInt::from(1))
        } else {
            ratio(n, BigInt::from(10).pow((-scale) as u32))
        }
    }

    fn parts(&self) -> (BigInt, BigInt) {
        match self {
            Num::Int(i) => (i.clone(), BigInt::from(1)),
            Num::Float(n, d) => (n.clone(), d.clone()),
        }
    }

    pub fn is_float(&self) -> bool {
        matches!(self, Num::Float(..))
    }

    pub fn is_zero(&self) -> bool {
        self.parts().0.is_zero()
    }

    pub fn to_i64(&self) -> Option<i64> {
        match self {
            Num::Int(i) => i.to_i64(),
            Num::Float(..) => None,
        }
    }

    /// The low 64 bits as a two's-complement `Int` (Mojo wraps an `IntLiteral` that does not fit).
    pub fn to_i64_wrapping(&self) -> i64 {
        match self {
            Num::Int(i) => (i & BigInt::from(u64::MAX)).to_u64().unwrap_or(0) as i64,
            Num::Float(..) => self.to_f64() as i64,
        }
    }

    /// The nearest `Float64` (via a 30-significant-digit decimal, which Rust rounds correctly).
    pub fn to_f64(&self) -> f64 {
        let (n, d) = self.parts();
        if n.is_zero() {
            return 0.0;
        }
        let nd = n.abs().to_string().len() as i64;
        let dd = d.to_string().len() as i64;
        let k = 30 - (nd - dd);
        let q = if k >= 0 {
            n * BigInt::from(10).pow(k as u32) / d
        } else {
            n / (d * BigInt::from(10).pow((-k) as u32))
        };
        format!("{q}e{}", -k).parse().unwrap_or(f64::NAN)
    }

    pub fn from_f64(x: f64) -> Option<Num> {
        if !x.is_finite() {
            return None;
        }
        // Shortest round-trip decimal, parsed exactly.
        Some(Num::parse_float(&format!("{x:e}")))
    }

    pub fn neg(&self) -> Num {
        match self {
            Num::Int(i) => Num::Int(-i),
            Num::Float(n, d) => Num::Float(-n, d.clone()),
        }
    }

    fn both_int(a: &Num, b: &Num) -> Option<(BigInt, BigInt)> {
        match (a, b) {
            (Num::Int(x), Num::Int(y)) => Some((x.clone(), y.clone())),
            _ => None,
        }
    }

    pub fn add(&self, o: &Num) -> Num {
        if let Some((x, y)) = Num::both_int(self, o) {
            return Num::Int(x + y);
        }
        let ((a, b), (c, d)) = (self.parts(), o.parts());
        ratio(a * &d + c * &b, b * d)
    }

    pub fn sub(&self, o: &Num) -> Num {
        self.add(&o.neg())
    }

    pub fn mul(&self, o: &Num) -> Num {
        if let Some((x, y)) = Num::both_int(self, o) {
            return Num::Int(x * y);
        }
        let ((a, b), (c, d)) = (self.parts(), o.parts());
        ratio(a * c, b * d)
    }

    /// `/`: always a float literal. `None` on division by zero.
    pub fn div(&self, o: &Num) -> Option<Num> {
        if o.is_zero() {
            return None;
        }
        let ((a, b), (c, d)) = (self.parts(), o.parts());
        Some(ratio(a * d, b * c))
    }

    pub fn floordiv(&self, o: &Num) -> Option<Num> {
        if o.is_zero() {
            return None;
        }
        let ((a, b), (c, d)) = (self.parts(), o.parts());
        let q = (a * &d).div_floor(&(b * &c));
        Some(if self.is_float() || o.is_float() {
            ratio(q, BigInt::from(1))
        } else {
            Num::Int(q)
        })
    }

    pub fn rem(&self, o: &Num) -> Option<Num> {
        let q = self.floordiv(o)?;
        let q = match q {
            Num::Int(i) => Num::Int(i),
            Num::Float(n, _) => Num::Int(n),
        };
        let r = self.sub(&o.mul(&q));
        Some(if self.is_float() || o.is_float() {
            let (n, d) = r.parts();
            ratio(n, d)
        } else {
            r
        })
    }

    /// `**`: exact for integer exponents of modest size; otherwise through `f64`.
    pub fn pow(&self, o: &Num) -> Option<Num> {
        if let Num::Int(e) = o {
            if let Some(e) = e.to_i64().filter(|e| e.abs() <= 4096) {
                let (n, d) = self.parts();
                let k = e.unsigned_abs() as u32;
                if e >= 0 {
                    return Some(match self {
                        Num::Int(_) => Num::Int(n.pow(k)),
                        Num::Float(..) => ratio(n.pow(k), d.pow(k)),
                    });
                }
                if let Num::Int(_) = self {
                    // Integer powers stay integers: 0 unless the base is ±1, like `Int`.
                    return Some(Num::Int(crate::numeric::int_pow(self.to_i64_wrapping(), e).into()));
                }
                if n.is_zero() {
                    return None;
                }
                return Some(ratio(d.pow(k), n.pow(k)));
            }
            if let Num::Int(_) = self {
                let e = o.to_i64_wrapping();
                return Some(Num::Int(crate::numeric::int_pow(self.to_i64_wrapping(), e).into()));
            }
        }
        Num::from_f64(self.to_f64().powf(o.to_f64()))
    }

    pub fn compare(&self, o: &Num) -> std::cmp::Ordering {
        let ((a, b), (c, d)) = (self.parts(), o.parts());
        (a * d).cmp(&(c * b))
    }

    /// Bitwise and shift operators on integer literals.
    pub fn bit(&self, o: &Num, op: crate::ast::BinOp) -> Option<Num> {
        use crate::ast::BinOp::*;
        let (x, y) = Num::both_int(self, o)?;
        Some(Num::Int(match op {
            BitAnd => x & y,
            BitOr => x | y,
            BitXor => x ^ y,
            Shl | Shr => match y.to_u32().filter(|s| *s < 4096) {
                Some(k) if op == Shl => x << k,
                Some(k) => x >> k,
                None => {
                    let (a, b) = (self.to_i64_wrapping(), o.to_i64_wrapping());
                    let r = if op == Shl {
                        crate::numeric::int_shl(a, b)
                    } else {
                        crate::numeric::int_shr(a, b)
                    };
                    BigInt::from(r)
                }
            },
            _ => return None,
        }))
    }
}
