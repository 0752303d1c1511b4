# A compile-time condition that calls a function with a run-time value is reported.
def is_pow2(n: Int) -> Bool:
    return n > 0 and (n & (n - 1)) == 0


def main():
    var n = 4
    comptime if is_pow2(n):  # error[E0403]: 'n' is a run-time value
        print("yes")
