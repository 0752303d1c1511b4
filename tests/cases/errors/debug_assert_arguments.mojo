# `debug_assert` needs a condition first and takes only messages after it.
def main():
    var x = 1
    debug_assert(x == 1, "ok", level=3)  # error[E0303]: unknown keyword argument 'level'
    debug_assert[mode="safe"](x == 1)  # error[E0303]: unexpected parameter of 'debug_assert'
    debug_assert(x)  # error[E0301]: cannot implicitly convert 'Int' value to 'Bool'
