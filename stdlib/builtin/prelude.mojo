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


def atol(s: String) raises -> Int:
    """The integer `s` spells (as `Int(s)`)."""
    return _parse_int(s)


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
    """The nearest integer value; halves go to the even neighbour (banker's rounding)."""
    var f = _floor(x)
    var diff = x - f
    if diff > 0.5:
        return f + 1.0
    if diff < 0.5:
        return f
    if _floor(f / 2.0) * 2.0 == f:
        return f
    return f + 1.0


def round(x: Float64, ndigits: Int) -> Float64:
    """`x` rounded to `ndigits` decimal places (tens, hundreds, ... when negative): `x` scaled by
    `10**ndigits`, rounded half to even, scaled back; symmetric about zero."""
    if x < 0.0:
        return -round(-x, ndigits)
    var scale = 1.0
    for _ in range(ndigits if ndigits > 0 else -ndigits):
        scale *= 10.0
    if ndigits >= 0:
        return round(x * scale) / scale
    return round(x / scale) * scale


def round(x: Int, ndigits: Int) -> Int:
    """`x` rounded to a multiple of `10**-ndigits` (halves to even); `x` itself when `ndigits >= 0`."""
    if ndigits >= 0:
        return x
    var m = 1
    for _ in range(-ndigits):
        m *= 10
    var q = x // m
    var r = x - q * m
    if r * 2 > m or (r * 2 == m and q % 2 == 1):
        q += 1
    return q * m


def _radix(x: Int, base: Int, prefix: String) -> String:
    """The digits of `x` in `base` after `prefix`, with a leading `-` for negatives."""
    var digits = "0123456789abcdef"
    var n = x
    var neg = n < 0
    var out = String()
    while True:
        # Digits of the magnitude; a negative `n` moves toward zero without negating it (which
        # would overflow for `Int.MIN`).
        var d = n % base
        if neg:
            d = (base - d) % base
            n = (n + d) // base
        else:
            n = n // base
        out = __intrinsic_str_slice(digits, d, d + 1) + out
        if n == 0:
            break
    return ("-" if neg else "") + prefix + out


def hex[T: Intable](value: T, *, prefix: String = "0x") -> String:
    """`value` in base 16: `hex(255)` is `0xff`, `hex(-1)` is `-0x1`."""
    return _radix(Int(value), 16, prefix)


def bin[T: Intable](value: T, *, prefix: String = "0b") -> String:
    """`value` in base 2: `bin(5)` is `0b101`."""
    return _radix(Int(value), 2, prefix)


def oct[T: Intable](value: T, *, prefix: String = "0o") -> String:
    """`value` in base 8: `oct(8)` is `0o10`."""
    return _radix(Int(value), 8, prefix)


def _hash_int(x: Int) -> Int:
    """`hash(x)` of an Int (and of the other integer kinds): a multiplicative mix of the bits."""
    var h = x * -7046029254386353131
    return h ^ (h >> 29)


struct StopIteration(Copyable, Movable, Writable):
    """What an iterator's `__next__` raises when it has no more elements (Mojo 1.2's iterator
    protocol): a `for` loop over the iterator ends there."""

    def __init__(out self):
        pass

    def write_to(self, mut writer: Some[Writer]):
        writer.write("StopIteration")


def input(prompt: String = "") raises -> String:
    """A line of standard input without its newline, after writing `prompt`. Raises "EOF" when
    the input ends before a newline (as Mojo 1.2 does, even after some characters)."""
    print(prompt, end="")
    var line = __intrinsic_read_line()
    var n = line.byte_length()
    if n == 0 or __intrinsic_str_byte(line, n - 1) != 10:
        raise Error("EOF")
    return __intrinsic_str_slice(line, 0, n - 1)
