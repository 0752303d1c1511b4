# `//`, `%` and `/` on `Int` for every sign combination and the edges (the JIT divides inline:
# `Int.MIN // -1` wraps, as the interpreter's arithmetic does), checked by a running sum.
def main():
    var xs = [7, -7, 0, 1, -1, 9223372036854775807, -9223372036854775807 - 1, 13, -13]
    var ys = [3, -3, 1, -1, 2, -2, 7, -9223372036854775807 - 1]
    var s = 0
    for x in xs:
        for y in ys:
            s = s * 31 + x // y + x % y
    print(s)
    var m = -9223372036854775807 - 1
    var neg1 = -1
    print(m // neg1, m % neg1, -7 // 2, -7 % 2, 7 // -3, 7 % -3)
# CHECK: -9150499207390130104
# CHECK: -9223372036854775808 0 -4 1 -3 -2
