"""`std.testing`: assertions that raise an `Error` naming where they were called,
`At FILE:LINE:COL: AssertionError: ...`, in the words Mojo 1.2 uses."""


def _assertion(loc: String, text: String) -> Error:
    return Error("At " + loc + ": AssertionError: " + text)


def _comparison(op: String, left: String, right: String, msg: String) -> String:
    var text = "`left " + op + " right` comparison failed:\n   left: " + left + "\n  right: " + right
    if msg.byte_length() > 0:
        text += "\n  reason: " + msg
    return text^


def assert_true(cond: Bool, msg: String = "condition was unexpectedly False", *, __loc: String = __call_location()) raises:
    """Raise unless `cond` holds."""
    if not cond:
        raise _assertion(__loc, msg)


def assert_false(cond: Bool, msg: String = "condition was unexpectedly True", *, __loc: String = __call_location()) raises:
    """Raise if `cond` holds."""
    if cond:
        raise _assertion(__loc, msg)


def assert_equal[T: Equatable & Writable](lhs: T, rhs: T, msg: String = "", *, __loc: String = __call_location()) raises:
    """Raise unless `lhs == rhs`, showing both values."""
    if not (lhs == rhs):
        raise _assertion(__loc, _comparison("==", String(lhs), String(rhs), msg))


def assert_not_equal[T: Equatable & Writable](lhs: T, rhs: T, msg: String = "", *, __loc: String = __call_location()) raises:
    """Raise if `lhs == rhs`, showing both values."""
    if lhs == rhs:
        raise _assertion(__loc, _comparison("!=", String(lhs), String(rhs), msg))


def assert_almost_equal(
    lhs: Float64,
    rhs: Float64,
    msg: String = "",
    *,
    atol: Float64 = 1e-08,
    rtol: Float64 = 1e-05,
    __loc: String = __call_location(),
) raises:
    """Raise unless `|lhs - rhs| <= atol + rtol * |rhs|`."""
    var diff = abs(lhs - rhs)
    if not (diff <= atol + rtol * abs(rhs)):
        var text = String(lhs) + " is not close to " + String(rhs) + " with a diff of " + String(diff)
        if msg.byte_length() > 0:
            text += " (" + msg + ")"
        raise _assertion(__loc, text)
