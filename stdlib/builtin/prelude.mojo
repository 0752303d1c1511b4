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
