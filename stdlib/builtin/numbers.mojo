"""Number formatting and rounding beyond the prelude's: `round(x, ndigits)`, `hex`, `bin`, `oct`.
Loaded when a program names them."""


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


def _round_digits[dt: DType, w: Int](x: SIMD[dt, w], ndigits: Int) -> SIMD[dt, w]:
    """`round(x, ndigits)` of a SIMD value other than `Float64`: each lane rounded to `ndigits`
    decimal places (halves to even) in `dt`'s own precision (a `Float32` rounds as a `Float32`:
    `round(Float32(2.345), 2)` is 2.34, as in Mojo 1.2)."""
    var scale = SIMD[dt, w](1)
    for _ in range(ndigits if ndigits > 0 else -ndigits):
        scale *= 10
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


def atol(s: String, base: Int = 10) raises -> Int:
    """The integer `s` spells in `base` (2 to 36; 0 reads a `0x`/`0o`/`0b` prefix, else decimal)."""
    if base == 10:
        return _parse_int(s)
    if base != 0 and (base < 2 or base > 36):
        raise Error("Base must be >= 2 and <= 36, or 0.")
    var t = s.strip()
    var problem = "String is not convertible to integer with base " + String(base) + ": '" + s + "'"
    var i = 0
    var n = t.byte_length()
    var negative = False
    if i < n and (t[byte=i] == "-" or t[byte=i] == "+"):
        negative = t[byte=i] == "-"
        i += 1
    var b = base
    if i + 1 < n and t[byte=i] == "0":
        var p = t[byte=i + 1].lower()
        var prefixed = (p == "x" and (b == 16 or b == 0)) or (p == "o" and (b == 8 or b == 0)) or (
            p == "b" and (b == 2 or b == 0)
        )
        if prefixed:
            b = 16 if p == "x" else (8 if p == "o" else 2)
            i += 2
    if b == 0:
        return _parse_int(s)
    if i >= n:
        raise Error(problem)
    var value = 0
    while i < n:
        var d = ord(t[byte=i].lower())
        var digit = 99
        if d >= 48 and d <= 57:
            digit = d - 48
        elif d >= 97 and d <= 122:
            digit = d - 87
        if digit >= b:
            raise Error(problem)
        value = value * b + digit
        i += 1
    return -value if negative else value
