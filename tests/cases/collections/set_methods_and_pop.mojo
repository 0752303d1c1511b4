# Set operators and methods (union, intersection, difference, symmetric difference, issubset,
# discard, remove, copy, pop of the last added, clear) and Optional basics.
from std.collections import Set


def main() raises:
    var a: Set[Int] = {1, 2, 3}
    var b: Set[Int] = {2, 3, 4}
    print(a | b, a & b, a - b, a ^ b)
    print(a.issubset(b), len(a.union(b)), a.intersection(b))
    a.discard(1)
    a.remove(2)
    print(a, 3 in a, len(a))
    var c = a.copy()
    c.add(9)
    print(a, c, c.pop(), c)
    a.clear()
    print(len(a), a == Set[Int]())
    var o = Optional[Int](None)
    print(o.or_else(5), Optional(3).value(), Optional[String]("x").value())
    pops()

def pops() raises:
    var c: Set[Int] = {3, 9, 5}
    print(c.pop(), c)
    var e = Set[Int]()
    try:
        _ = e.pop()
    except err:
        print(err)

# The expected output, checked against Mojo 1.2:
# CHECK: {1, 2, 3, 4} {2, 3} {1} {1, 4}
# CHECK: False 4 {2, 3}
# CHECK: {3} True 1
# CHECK: {3} {3} 9 {3}
# CHECK: 0 True
# CHECK: 5 3 x
# CHECK: 5 {3, 9}
# CHECK: Pop on empty set
