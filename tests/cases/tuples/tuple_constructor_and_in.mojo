# Tuple(a, b) and Tuple[A, B](a, b) build tuples; `x in (1, 2, 3)` tests the elements (checked with
# Mojo 1.2).
def pair() -> Tuple[Int, String]:
    return Tuple[Int, String](1, "z")
def main():
    var t = pair()
    print(t[0], t[1])
    var ys: List[Tuple[Int, Int]] = []
    ys.append(Tuple(1, 2))
    print(ys[0][1], 2 in (1, 2, 3), "a" in ("b", "a"))
    var t2 = (1, 2, 3)
    print(5 in t2, 5 not in t2)
    # CHECK: 1 z
    # CHECK: 2 True True
    # CHECK: False True
