# `List.resize(n, fill)`, `Dict.find(key)`, `split(sep, maxsplit=k)` by keyword, `split("")`, and
# `atol(s, base)`.
def main() raises:
    var d = Dict[String, Int]()
    d["a"] = 1
    print(d.find("a"), d.find("b"))
    var xs: List[Int] = [1, 2]
    xs.resize(4, 0)
    print(xs)
    xs.resize(1, 9)
    var ws: List[String] = ["a"]
    ws.resize(3, "z")
    ws.resize(2, "q")
    print(xs, ws, len(ws))
    print(String("abc").split(""), String("a,b,c").split(",", maxsplit=1), String("").split(""))
    print(atol("ff", 16), atol("0x1F", 0), atol("1010", base=2), atol("z", 36), atol("0o17", 8), atol(" -7f ", 16))
    for s in [String("12"), String("g")]:
        for b in [1, 16]:
            try:
                print(atol(s, b))
            except e:
                print(e)

# The expected output, checked against Mojo 1.2:
# CHECK: 1 None
# CHECK: [1, 2, 0, 0]
# CHECK: [1] [a, z] 2
# CHECK: [, a, b, c, ] [a, b,c] [, ]
# CHECK: 255 31 10 35 15 -127
# CHECK: Base must be >= 2 and <= 36, or 0.
# CHECK: 18
# CHECK: Base must be >= 2 and <= 36, or 0.
# CHECK: String is not convertible to integer with base 16: 'g'
