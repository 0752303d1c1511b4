# More String methods (is_ascii_digit, islower/isupper, splitlines, removeprefix/removesuffix,
# split with maxsplit, startswith/endswith with a range) and String(a, b, ...).
def main() raises:
    print(String("").is_ascii_digit(), String("12").is_ascii_digit(), String("1a").is_ascii_digit())
    print(String("hello").islower(), String("a1").islower(), String("Hello").islower(), String("123").islower(), String("ABC").isupper())
    print(String("x\r\ny\n\nz").splitlines())
    print(String("abc").removeprefix("x"), String("abc").removesuffix("bc"))
    print(String("a,b,c,d").split(",", 2), String("abc").startswith("bc", 1), String("abc").endswith("ab", 0, 2))
    print(String("x=", 4, ", y=", 2.5))

# The expected output, checked against Mojo 1.2:
# CHECK: False True False
# CHECK: True True False False True
# CHECK: [x, y, , z]
# CHECK: abc a
# CHECK: [a, b, c,d] True True
# CHECK: x=4, y=2.5
