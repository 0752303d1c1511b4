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
