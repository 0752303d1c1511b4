# `for i, x in enumerate(c)`, `for a, b in zip(xs, ys)` (stops at the shorter) and `for a, b in c`
# unpacking tuple items, over lists, dicts, spans.
def main():
    var xs: List[String] = ["a", "b", "c"]
    for i, x in enumerate(xs):
        print(i, x)
    var ys: List[Int] = [10, 20]
    for a, b in zip(xs, ys):
        print(a, b)
    var d: Dict[String, Int] = {"x": 1, "y": 2}
    for i, k in enumerate(d):
        if i == 0:
            continue
        print(i, k)
    for e in d.items():
        print(e.key, e.value)
    var total = 0
    for i, v in enumerate(ys[1:]):
        total += i * v
    print(total)
    var pairs: List[Tuple[Int, String]] = [(1, "one"), (2, "two")]
    for n, name in pairs:
        print(n, name)

# The expected output, checked against Mojo 1.2:
# CHECK: 0 a
# CHECK: 1 b
# CHECK: 2 c
# CHECK: a 10
# CHECK: b 20
# CHECK: 1 y
# CHECK: x 1
# CHECK: y 2
# CHECK: 0
# CHECK: 1 one
# CHECK: 2 two
