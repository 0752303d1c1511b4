# More of Deque (capacity=, extend, extendleft, rotate, count, in) and Counter (+, -, elements,
# update, subtract), checked with Mojo 1.2.
from std.collections import Deque, Counter

def main() raises:
    var d = Deque[Int](capacity=8)
    d.extend([1, 2, 3, 4, 5])
    d.rotate(2)
    d.extendleft([9, 8])
    print(d[0], d[1], len(d), 3 in d, d.count(3))
    var c = Counter[String]()
    c["a"] = 3
    var c2 = Counter[String]()
    c2["a"] = 1
    c2["d"] = 4
    var s = c + c2
    print(s["a"], s["d"], (c - c2)["a"], len(c.elements()))
    c.update(c2)
    c.subtract(c2)
    print(c["a"], c["d"])
    # CHECK: 8 9 7 True 1
    # CHECK: 4 4 2 3
    # CHECK: 3 0
