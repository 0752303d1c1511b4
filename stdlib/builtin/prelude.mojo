"""The prelude: functions auto-imported into every program, written in the language itself.
Only what the language cannot express yet calls a compiler intrinsic (`__intrinsic_<name>`)."""


def abs(x: Int) -> Int:
    """The absolute value (wraps for the most negative Int, like Mojo)."""
    if x < 0:
        return -x
    return x


def abs(x: Float64) -> Float64:
    if x < 0.0:
        return -x
    if x == 0.0:
        return 0.0
    return x


def abs[T: Absable](x: T) -> T:
    """The absolute value of a value whose type says how (`__abs__`)."""
    return x.__abs__()


def min(a: Int, b: Int) -> Int:
    if b < a:
        return b
    return a


def min(a: Float64, b: Float64) -> Float64:
    """The smaller value; a NaN argument is ignored, and -0.0 is smaller than 0.0."""
    if a != a:
        return b
    if b != b:
        return a
    if a == 0.0 and b == 0.0:
        if 1.0 / a < 0.0:
            return a
        return b
    if b < a:
        return b
    return a


def max(a: Int, b: Int) -> Int:
    if b > a:
        return b
    return a


def max(a: Float64, b: Float64) -> Float64:
    """The larger value; a NaN argument is ignored, and 0.0 is larger than -0.0."""
    if a != a:
        return b
    if b != b:
        return a
    if a == 0.0 and b == 0.0:
        if 1.0 / a > 0.0:
            return a
        return b
    if b > a:
        return b
    return a


def _parse_int(s: String) raises -> Int:
    """`Int(s)`: decimal digits with an optional sign; raises on anything else."""
    var problem = __intrinsic_str_int_error(s)
    if problem.byte_length() > 0:
        raise Error(problem)
    return __intrinsic_str_to_int_unchecked(s)


def _parse_float(s: String) raises -> Float64:
    """`Float64(s)`: a decimal number (sign, fraction, exponent) or inf/nan; raises on anything
    else."""
    var problem = __intrinsic_str_float_error(s)
    if problem.byte_length() > 0:
        raise Error(problem)
    return __intrinsic_str_to_float_unchecked(s)


def _min_of[T: Copyable](a: T, b: T) -> T:
    """`min(a, b)` of two values ordered by `__lt__` (the first when they are equal)."""
    if b < a:
        return b.copy()
    return a.copy()


def _max_of[T: Copyable](a: T, b: T) -> T:
    """`max(a, b)` of two values ordered by `__lt__` (the first when they are equal)."""
    if a < b:
        return b.copy()
    return a.copy()


def atof(s: String) raises -> Float64:
    """The number `s` spells (as `Float64(s)`)."""
    return _parse_float(s)


def min(a: Int, b: Int, c: Int) -> Int:
    return min(min(a, b), c)


def min(a: Float64, b: Float64, c: Float64) -> Float64:
    return min(min(a, b), c)


def max(a: Int, b: Int, c: Int) -> Int:
    return max(max(a, b), c)


def max(a: Float64, b: Float64, c: Float64) -> Float64:
    return max(max(a, b), c)


def pow(base: Int, exp: Int) -> Int:
    return base**exp


def pow(base: Float64, exp: Float64) -> Float64:
    return base**exp


def pow[dt: DType, w: Int](base: SIMD[dt, w], exp: SIMD[dt, w]) -> SIMD[dt, w]:
    """`base ** exp` lane by lane, for any SIMD type (`pow(Float32(2), Float32(0.5))`)."""
    return base**exp


def divmod(a: Int, b: Int) -> Tuple[Int, Int]:
    """Floor quotient and remainder, like `a // b` and `a % b`."""
    return (a // b, a % b)


def _floor(x: Float64) -> Float64:
    # Every Float64 of magnitude 2**52 or more is already an integer (and NaN stays NaN).
    if not (x > -4503599627370496.0 and x < 4503599627370496.0):
        return x
    var t = Float64(Int(x))
    if t > x:
        t -= 1.0
    return t


def round(x: Float64) -> Float64:
    """The nearest integer value; halves go to the even neighbour (banker's rounding). A result
    of zero keeps the sign of `x` (`round(-0.4)` is `-0.0`)."""
    var f = _floor(x)
    var diff = x - f
    var r = f + 1.0
    if diff < 0.5 or (diff == 0.5 and _floor(f / 2.0) * 2.0 == f):
        r = f
    if r == 0.0 and (x < 0.0 or 1.0 / x < 0.0):
        return -r
    return r


def _hash_int(x: Int) -> Int:
    """`hash(x)` of an Int (and of the other integer kinds): a multiplicative mix of the bits."""
    var h = x * -7046029254386353131
    return h ^ (h >> 29)


def swap[T: Movable](mut lhs: T, mut rhs: T):
    """Exchange the values of `lhs` and `rhs` (Mojo 1.2's parameter names)."""
    var t = lhs^
    lhs = rhs^
    rhs = t^
