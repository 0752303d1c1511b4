//! The meaning of numbers, shared by every executor so the JIT, the interpreter and compile-time
//! evaluation agree bit for bit: Mojo's floor division and modulo, wrapping `Int`, shifts, powers,
//! and the exact text `print` gives a `Float64` or a `Float32`.

mod float32_digits;

/// `a // b` for `Int`, flooring toward −∞, wrapping on `MIN // -1`. `b` must not be 0.
pub fn int_floordiv(a: i64, b: i64) -> i64 {
    let q = a.wrapping_div(b);
    if (a.wrapping_rem(b) != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

/// `a % b` for `Int`: the result has the sign of `b`. `b` must not be 0.
pub fn int_mod(a: i64, b: i64) -> i64 {
    let r = a.wrapping_rem(b);
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

/// `a ** b` for `Int`, wrapping; a negative exponent gives 0 unless the base is ±1.
pub fn int_pow(a: i64, b: i64) -> i64 {
    if b < 0 {
        return match a {
            1 => 1,
            -1 => {
                if b % 2 == 0 {
                    1
                } else {
                    -1
                }
            }
            _ => 0,
        };
    }
    let (mut base, mut exp, mut acc) = (a, b as u64, 1i64);
    while exp > 0 {
        if exp & 1 == 1 {
            acc = acc.wrapping_mul(base);
        }
        base = base.wrapping_mul(base);
        exp >>= 1;
    }
    acc
}

/// `a << b`: shifting by 64 or more gives 0; a negative count shifts right.
pub fn int_shl(a: i64, b: i64) -> i64 {
    if b < 0 {
        int_shr(a, b.saturating_neg())
    } else if b >= 64 {
        0
    } else {
        a.wrapping_shl(b as u32)
    }
}

/// `a >> b`: arithmetic; shifting by 64 or more gives the sign.
pub fn int_shr(a: i64, b: i64) -> i64 {
    if b < 0 {
        int_shl(a, b.saturating_neg())
    } else if b >= 64 {
        a >> 63
    } else {
        a >> b
    }
}

pub fn float_floordiv(a: f64, b: f64) -> f64 {
    (a / b).floor()
}

/// `a % b` for `Float64`: the result has the sign of `b` (like Python).
pub fn float_mod(a: f64, b: f64) -> f64 {
    if b == 0.0 {
        return f64::NAN;
    }
    let r = a % b;
    if r != 0.0 && ((r < 0.0) != (b < 0.0)) {
        r + b
    } else if r == 0.0 {
        0.0f64.copysign(b)
    } else {
        r
    }
}

pub fn float_pow(a: f64, b: f64) -> f64 {
    a.powf(b)
}

/// The text Mojo prints for a `Float64`: the shortest digits that round-trip, in fixed notation
/// for exponents −4 ≤ e < 16 (always with a fractional part), otherwise `d.ddde+XX`.
pub fn format_float(x: f64) -> String {
    format_shortest(x, format!("{:e}", x))
}

/// The same layout for a `Float32`, with the digits Mojo 1.2 computes for it
/// (`float32_digits`: Dragonbox, with Mojo's last-digit deviation).
pub fn format_float32(x: f32) -> String {
    if !x.is_finite() || x == 0.0 {
        return format_shortest(x as f64, format!("{x:e}"));
    }
    let (sig, exp) = float32_digits::to_decimal(x.to_bits());
    let digits = sig.to_string();
    let lead = exp + digits.len() as i32 - 1;
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let sci = if digits.len() > 1 {
        format!("{sign}{}.{}e{lead}", &digits[..1], &digits[1..])
    } else {
        format!("{sign}{digits}e{lead}")
    };
    format_shortest(x as f64, sci)
}

fn format_shortest(x: f64, sci: String) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let (mant, exp) = sci.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let sign = if neg { "-" } else { "" };
    if (-4..16).contains(&exp) {
        let n = digits.len() as i32;
        let body = if exp >= 0 {
            if n > exp + 1 {
                format!("{}.{}", &digits[..(exp + 1) as usize], &digits[(exp + 1) as usize..])
            } else {
                format!("{}{}.0", digits, "0".repeat((exp + 1 - n) as usize))
            }
        } else {
            format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
        };
        format!("{sign}{body}")
    } else {
        let m = if digits.len() > 1 {
            format!("{}.{}", &digits[..1], &digits[1..])
        } else {
            digits
        };
        let es = if exp < 0 { '-' } else { '+' };
        format!("{sign}{m}e{es}{:02}", exp.abs())
    }
}

/// `Int(s)`: optional sign, decimal digits, surrounding whitespace and `_` separators allowed.
pub fn parse_int(s: &str) -> Result<i64, String> {
    let t = s.trim();
    let cleaned: String = t.chars().filter(|c| *c != '_').collect();
    let ok = !cleaned.is_empty() && !t.starts_with('_') && !t.ends_with('_') && !t.contains("__");
    let digits = cleaned.strip_prefix(['-', '+']).unwrap_or(&cleaned);
    let well_formed = ok && !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
    match cleaned.parse::<i64>() {
        Ok(v) if well_formed => Ok(v),
        _ if well_formed => Err(format!(
            "String is not convertible to integer with base 10: '{s}' String expresses an integer too large to store in Int."
        )),
        _ => Err(format!("String is not convertible to integer with base 10: '{s}'")),
    }
}

/// `Float64(s)`: a decimal number with an optional sign, fraction and exponent, or `inf`/`nan`,
/// with blanks around it; the errors read like Mojo 1.2's.
pub fn parse_float(s: &str) -> Result<f64, String> {
    // The checks and messages of Mojo 1.2's `Float64(s)`, in its order.
    let head = format!("String is not convertible to float: '{s}'");
    let t = s.trim();
    if s.is_empty() || t == "." {
        return Err(head);
    }
    let unsigned = t.strip_prefix(['-', '+']).unwrap_or(t);
    let lower = unsigned.to_ascii_lowercase();
    if matches!(lower.as_str(), "inf" | "infinity" | "nan") {
        let v = if lower == "nan" { f64::NAN } else { f64::INFINITY };
        return Ok(if t.starts_with('-') { -v } else { v });
    }
    // One `+`, then one `-` (so `+-1` is -1.0 and `--1` is an error, as in Mojo).
    let r = t.strip_prefix('+').unwrap_or(t);
    let (r, negative) = match r.strip_prefix('-') {
        Some(rest) => (rest, true),
        None => (r, false),
    };
    let digit_or_dot = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit() || c == '.');
    if !digit_or_dot(r.chars().next()) {
        return Err(format!(
            "{head}. The first character of '{r}' should be a digit or dot to convert it to a float."
        ));
    }
    if !digit_or_dot(r.chars().last()) {
        return Err(format!(
            "{head}. The last character of '{r}' should be a digit or dot to convert it to a float."
        ));
    }
    let invalid = || format!("{head}. Invalid character(s) in the number: '{r}'");
    if !is_decimal_number(r) {
        return Err(invalid());
    }
    let v = r.parse::<f64>().map_err(|_| invalid())?;
    Ok(if negative { -v } else { v })
}

/// `digits [. digits] [e [+-] digits]` with a digit in the mantissa (`5.`, `.5`, `1e-5`).
fn is_decimal_number(r: &str) -> bool {
    let (mantissa, exponent) = match r.find(['e', 'E']) {
        Some(i) => (&r[..i], Some(&r[i + 1..])),
        None => (r, None),
    };
    let mut parts = mantissa.splitn(2, '.');
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next().unwrap_or("");
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || !digits(fraction) || whole.len() + fraction.len() == 0 {
        return false;
    }
    match exponent {
        None => true,
        Some(e) => {
            let e = e.strip_prefix(['+', '-']).unwrap_or(e);
            !e.is_empty() && digits(e)
        }
    }
}

/// The byte of `s` at offset `i` (0 outside the string).
pub fn byte_at(s: &str, i: i64) -> i64 {
    usize::try_from(i)
        .ok()
        .and_then(|i| s.as_bytes().get(i))
        .map_or(0, |b| *b as i64)
}

/// Byte length of the code point of `s` that starts at byte `i` (1 past the end or off a boundary).
pub fn codepoint_len(s: &str, i: i64) -> i64 {
    let i = i.max(0) as usize;
    s.get(i..)
        .and_then(|r| r.chars().next())
        .map(|c| c.len_utf8() as i64)
        .unwrap_or(1)
}

/// The bytes `[lo, hi)` of `s`, clamped to the string and to code-point boundaries.
pub fn byte_slice(s: &str, lo: i64, hi: i64) -> &str {
    let n = s.len() as i64;
    let (lo, hi) = (lo.clamp(0, n) as usize, hi.clamp(0, n) as usize);
    s.get(lo..hi.max(lo)).unwrap_or("")
}

/// The next line of standard input, with its `\n` if it has one ("" at the end of the input or on
/// a read error): `input()` raises "EOF" for a line without `\n`, as Mojo 1.2 does.
pub fn read_line() -> String {
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(_) => line,
        Err(_) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_like_mojo() {
        let cases = [
            (0.1 + 0.2, "0.30000000000000004"),
            (1e20, "1e+20"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (-0.0, "-0.0"),
            (13.0, "13.0"),
            (1.5e300, "1.5e+300"),
            (5e-324, "5e-324"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (1.0 / 3.0, "0.3333333333333333"),
        ];
        for (v, want) in cases {
            assert_eq!(format_float(v), want, "{v:e}");
        }
    }

    #[test]
    fn floor_division_and_modulo() {
        assert_eq!(int_floordiv(10, -3), -4);
        assert_eq!(int_mod(10, -3), -2);
        assert_eq!(int_floordiv(-7, 2), -4);
        assert_eq!(int_mod(-7, 3), 2);
        assert_eq!(int_floordiv(i64::MIN, -1), i64::MIN);
        assert_eq!(float_mod(-3.5, 2.0), 0.5);
        assert_eq!(float_floordiv(3.5, 2.0), 1.0);
    }
}
