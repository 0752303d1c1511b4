# List, Dict and Set operations a program uses every day (update, pop with a default, dict
# comprehension, extend, slices, comprehension with a condition, setdefault, copy, clear).
from std.collections import Set


def main() raises:
    var d: Dict[String, Int] = {"a": 1, "b": 2}
    d.update({"c": 3})
    print(d.pop("a"), d.pop("zz", -1), len(d), d.get("b").value(), "c" in d)
    var sq = {e.key: e.value * e.value for e in d.items()}
    print(sq)
    var xs: List[Int] = [5, 1, 4]
    xs.extend([9, 0])
    var mid = xs[1:3]
    print(xs[len(xs) - 1], max(xs[0], xs[2]))
    print(xs, len(mid))
    var ys = [x * 2 for x in xs if x > 1]
    print(ys, len(ys), 4 in ys)
    var s = Set[Int]()
    for x in xs:
        s.add(x % 3)
    print(len(s), 0 in s, 2 in s)
    var o = Optional[Int](5)
    print(o.value() if o else -1)
    var e = d.setdefault("z", 26)
    print(e, d["z"])
    var copy = d.copy()
    copy["b"] = 100
    print(d["b"], copy["b"])
    var keys = List[String]()
    for k in d.keys():
        keys.append(k)
    print(keys)
    xs.clear()
    print(len(xs), xs)

# The expected output, checked against Mojo 1.2:
# CHECK: 1 -1 2 2 True
# CHECK: {b: 4, c: 9}
# CHECK: 0 5
# CHECK: [5, 1, 4, 9, 0] 2
# CHECK: [10, 8, 18] 3 False
# CHECK: 3 True True
# CHECK: 5
# CHECK: 26 26
# CHECK: 2 100
# CHECK: [b, c, z]
# CHECK: 0 []
