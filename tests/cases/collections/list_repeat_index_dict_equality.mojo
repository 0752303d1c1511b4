# List.index(x, start, stop), List * n and *=, Dict == and != (same keys, equal values, any order).
def main() raises:
    var xs: List[Int] = [2, 1, 2, 3]
    print(xs.index(2), xs.index(2, 1), xs.index(3, -2), xs.index(1, 0, 2))
    print(xs * 2, len(xs * 0))
    var ys: List[String] = ["a"]
    ys *= 3
    print(ys)
    var d = Dict[String, Int]()
    d["a"] = 1
    d["b"] = 2
    var e = Dict[String, Int]()
    e["b"] = 2
    e["a"] = 1
    print(d == e, d != e, d == d.copy())
    e["a"] = 5
    print(d == e)
    try:
        print(xs.index(2, 3))
    except err:
        print(err)
# CHECK: 0 2 3 1
# CHECK: [2, 1, 2, 3, 2, 1, 2, 3] 0
# CHECK: [a, a, a]
# CHECK: True False True
# CHECK: False
# CHECK: ValueError: Given element is not in list
