# EXIT: 1
# STDERR: Unhandled exception caught during execution: String is not convertible to float: 'abc'. The first character of 'abc' should be a digit or dot to convert it to a float.
# Tuples print and compare (lexicographically); lists compare with == and !=; Float64(s) parses a
# string and raises Mojo 1.2's errors; Bools order False < True.
def main() raises:
    var t = (1, "a", 2.5)
    print(t, (1,), ((1, 2), "x"))
    print((1, 2) == (1, 2), (1, 2) != (1, 3), (1, 2) < (1, 3), (2, 0) <= (1, 9), (1, 2) >= (1, 2))
    var a: List[Int] = [1, 2]
    var b: List[Int] = [1, 2]
    var c: List[Int] = [1]
    print(a == b, a != b, a == c, a != c)
    var names: List[String] = ["x"]
    print(names == ["x"])
    print(Float64(" 1e3 "), Float64("-0.5"), Float64("inf"), Float64("+.5"), Float64("1E-2"))
    print(True < False, True > False, False <= False)
    try:
        print(Float64("1_000.5"))
    except e:
        print(e)
    print(Float64("abc"))

# The expected output, checked against Mojo 1.2:
# CHECK: (1, a, 2.5) (1,) ((1, 2), x)
# CHECK: True True True False True
# CHECK: True False False True
# CHECK: True
# CHECK: 1000.0 -0.5 inf 0.5 0.01
# CHECK: False True True
# CHECK: String is not convertible to float: '1_000.5'. Invalid character(s) in the number: '1_000.5'
