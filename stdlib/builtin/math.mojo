"""The parts of `std.math` written in the language (the lane-wise functions such as `sqrt` and
`exp` are built into the compiler): constants, integer helpers and functions of two floats.
Parsed when a program names one of them; each is `_math_NAME` here, reached as `NAME` after
`from std.math import NAME` (or as `math.NAME`), so a program's own `gcd` does not clash."""

comptime _math_pi: Float64 = 3.141592653589793
comptime _math_tau: Float64 = 6.283185307179586
comptime _math_e: Float64 = 2.718281828459045


def _math_inf[dt: DType]() -> Scalar[dt]:
    """Positive infinity of a float dtype."""
    return Scalar[dt](Float64(1.0) / Float64(0.0))


def _math_nan[dt: DType]() -> Scalar[dt]:
    """A quiet NaN of a float dtype."""
    return Scalar[dt](Float64(0.0) / Float64(0.0))


def _math_isnan(x: Float64) -> Bool:
    return x != x


def _math_isinf(x: Float64) -> Bool:
    return x == Float64.MAX or x == Float64.MIN


def _math_isfinite(x: Float64) -> Bool:
    return not _math_isnan(x) and not _math_isinf(x)


def _math_isnan[dt: DType](x: SIMD[dt, 1]) -> Bool:
    """Whether `x` is NaN (a scalar of any float dtype)."""
    return x != x


def _math_isinf[dt: DType](x: SIMD[dt, 1]) -> Bool:
    """Whether `x` is infinite: `x - x` is NaN only for the infinities (and NaN itself)."""
    return x - x != x - x and x == x


def _math_isfinite[dt: DType](x: SIMD[dt, 1]) -> Bool:
    return x - x == x - x


def _math_gcd(a: Int, b: Int) -> Int:
    """The greatest common divisor (never negative; `gcd(0, 0)` is 0)."""
    var x = abs(a)
    var y = abs(b)
    while y != 0:
        var t = x % y
        x = y
        y = t
    return x


def _math_lcm(a: Int, b: Int) -> Int:
    """The least common multiple (0 if either is 0)."""
    if a == 0 or b == 0:
        return 0
    return abs(a // _math_gcd(a, b) * b)


def _math_copysign(magnitude: Float64, sign: Float64) -> Float64:
    """`magnitude` with the sign of `sign` (the sign of -0.0 counts)."""
    var negative = sign < 0.0 or (sign == 0.0 and 1.0 / sign < 0.0)
    var m = abs(magnitude)
    return -m if negative else m


def _math_hypot(x: Float64, y: Float64) -> Float64:
    """The length of the vector `(x, y)`, without overflow for large components."""
    var a = abs(x)
    var b = abs(y)
    if _math_isinf(a) or _math_isinf(b):
        return Float64.MAX
    var big = max(a, b)
    if big == 0.0:
        return 0.0
    var small = min(a, b) / big
    return big * sqrt(1.0 + small * small)


def _math_atan2(y: Float64, x: Float64) -> Float64:
    """The angle of the point `(x, y)` from the positive x axis, in `[-pi, pi]`."""
    if x > 0.0:
        return atan(y / x)
    if x < 0.0:
        if y >= 0.0:
            return atan(y / x) + _math_pi
        return atan(y / x) - _math_pi
    if y > 0.0:
        return _math_pi / 2.0
    if y < 0.0:
        return -_math_pi / 2.0
    return 0.0


def _math_fma(a: Float64, b: Float64, c: Float64) -> Float64:
    """`a * b + c` with one rounding."""
    return a * b + c


def _math_fma[dt: DType, w: Int](a: SIMD[dt, w], b: SIMD[dt, w], c: SIMD[dt, w]) -> SIMD[dt, w]:
    """`a * b + c` lane by lane, with one rounding."""
    return a.fma(b, c)


def _math_factorial(n: Int) -> Int:
    """`n!` (1 for `n <= 1`), wrapping like any `Int` arithmetic."""
    var out = 1
    for i in range(2, n + 1):
        out *= i
    return out


def _math_isclose(a: Float64, b: Float64, *, atol: Float64 = 1e-08, rtol: Float64 = 1e-05) -> Bool:
    """Whether `|a - b| <= max(atol, rtol * max(|a|, |b|))`; infinities only equal themselves."""
    if a == b:
        return True
    if _math_isinf(a) or _math_isinf(b) or _math_isnan(a) or _math_isnan(b):
        return False
    return abs(a - b) <= max(atol, rtol * max(abs(a), abs(b)))


def _math_clamp(x: Int, lo: Int, hi: Int) -> Int:
    """`x` limited to `lo ... hi`."""
    return min(max(x, lo), hi)


def _math_clamp(x: Float64, lo: Float64, hi: Float64) -> Float64:
    return min(max(x, lo), hi)



def _math_ldexp(x: Float64, exp: Int32) -> Float64:
    """`x * 2**exp` (the exponent an `Int32`, as Mojo 1.2 takes it)."""
    return x * _two_to(Int(exp))


def _math_ldexp[dt: DType, w: Int](x: SIMD[dt, w], exp: SIMD[DType.int32, w]) -> SIMD[dt, w]:
    """`x * 2**exp` lane by lane."""
    var out = x
    for i in range(w):
        out[i] = Scalar[dt](Float64(x[i]) * _two_to(Int(exp[i])))
    return out


def _two_to(e: Int) -> Float64:
    """`2.0 ** e`, exactly (0.0 and inf past the range of `Float64`)."""
    var r = 1.0
    var k = e
    while k > 0:
        var step = min(k, 1000)
        r *= bitcast[DType.float64](Int64((step + 1023) << 52))
        k -= step
    while k < 0:
        var step = min(-k, 1000)
        r /= bitcast[DType.float64](Int64((step + 1023) << 52))
        k += step
    return r


def _math_frexp(x: Float64) -> Tuple[Float64, Float64]:
    """`(m, e)` with `x == m * 2**e` and `0.5 <= |m| < 1` (`(0.0, 0.0)` for 0; the exponent is a
    `Float64`, as Mojo 1.2 gives it)."""
    if x == 0.0 or x != x or _math_isinf(x):
        return (x, 0.0)
    var e = Int(_logb_exact(x)) + 1
    return (x / _two_to(e), Float64(e))


def _math_frexp[dt: DType, w: Int](x: SIMD[dt, w]) -> Tuple[SIMD[dt, w], SIMD[dt, w]]:
    """`frexp` lane by lane: the mantissas and the exponents (as floats)."""
    var m = x
    var e = x
    for i in range(w):
        var t = _math_frexp(Float64(x[i]))
        m[i] = Scalar[dt](t[0])
        e[i] = Scalar[dt](t[1])
    return (m, e)


def _logb_exact(x: Float64) -> Float64:
    """The binary exponent of a finite, non-zero `x` (subnormals included)."""
    var bits = Int(bitcast[DType.int64](x))
    var biased = (bits >> 52) & 0x7FF
    if biased == 0:
        # A subnormal: scale it into the normal range first.
        return _logb_exact(x * _two_to(64)) - 64.0
    return Float64(biased - 1023)


def _math_modf(x: Float64) -> Tuple[Float64, Float64]:
    """`(integral part, fractional part)` of `x`, both with the sign of `x`."""
    var whole = trunc(x)
    return (whole, x - whole)


def _math_remainder(x: Float64, y: Float64) -> Float64:
    """IEEE `x - n*y` with `n` the integer nearest `x / y` (ties to even)."""
    var n = round(x / y)
    var q = x / y
    if abs(q - trunc(q)) == 0.5:
        n = 2.0 * round(q / 2.0)
    return x - n * y


def _math_ceildiv(numerator: Int, denominator: Int) -> Int:
    """`numerator / denominator` rounded up."""
    return -((-numerator) // denominator)


def _math_align_up(value: Int, alignment: Int) -> Int:
    """The smallest multiple of `alignment` that is `>= value`."""
    return _math_ceildiv(value, alignment) * alignment


def _math_align_down(value: Int, alignment: Int) -> Int:
    """The largest multiple of `alignment` that is `<= value`."""
    return (value // alignment) * alignment


def _math_scalb(x: Float64, exp: Float64) -> Float64:
    """`x * 2**exp` for an integral `exp`."""
    return x * _two_to(Int(exp))


def _math_nextafter(x: Float64, y: Float64) -> Float64:
    """The `Float64` next to `x` in the direction of `y` (`y` itself if they are equal)."""
    if x != x or y != y:
        return x + y
    if x == y:
        return y
    if x == 0.0:
        var tiny = bitcast[DType.float64](Int64(1))
        return tiny if y > 0.0 else -tiny
    var bits = bitcast[DType.int64](x)
    if (x < y) == (x > 0.0):
        bits += 1
    else:
        bits -= 1
    return bitcast[DType.float64](bits)


def _math_ulp(x: Float64) -> Float64:
    """The distance from `|x|` to the next larger `Float64` (inf for an infinity)."""
    var a = abs(x)
    if _math_isinf(a):
        return a
    return _math_nextafter(a, Float64.MAX) - a
