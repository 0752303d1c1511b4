# On a string literal (or a `comptime` string) `format` is checked at compile time, as in Mojo 1.2,
# so a `main` that is not `raises` may call it. `!r` writes the repr, `!s` the text; extra
# arguments are ignored.
def main():
    var name = "x"
    var xs: List[Int] = [1, 2]
    print("{} = {}".format(name, 5))
    print("{0!r} {1!s} {0}".format("a", 2))
    print("[{}] {{x}} {}".format(xs, 1.5))
    print("{!r}".format(xs))
    comptime F = "{0}-{1}-{0}"
    print(F.format("y", True))
    print("{} {}".format(1, 2, 3))
    print("caf\u00e9 {}".format("ok"))

# CHECK: x = 5
# CHECK: 'a' 2 a
# CHECK: [[1, 2]] {x} 1.5
# CHECK: List[SIMD[DType.int, 1]]([Int(1), Int(2)])
# CHECK: y-True-y
# CHECK: 1 2
# CHECK: café ok
