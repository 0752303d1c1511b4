# `String(x)`, `Error(a, b, ...)` and `sep.join(xs)` take the text of any `Writable` values:
# tuples, numbers, lists of numbers.
def main():
    var n = 5
    try:
        raise Error("too big: ", n, "!")
    except e:
        print(e)
    try:
        raise Error(42)
    except e:
        print(e)
    print(String((1, "x")), String(1, 2.5, True))
    var xs: List[Int] = [1, 2, 3]
    var zs: List[Float64] = [1.5, 2.0]
    print(", ".join(xs), "+".join(zs), "[" + "".join(List[String]()) + "]")

# The expected output, checked against Mojo 1.2:
# CHECK: too big: 5!
# CHECK: 42
# CHECK: (1, x) 12.5True
# CHECK: 1, 2, 3 1.5+2.0 []
