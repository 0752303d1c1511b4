# `List[T](iterable)` and `Set[T](list)` hold the values an iterable gives: a range, a Dict's keys
# or values, another list.
from std.collections import Set

def main():
    var d = Dict[String, Int]()
    d["a"] = 1
    d["b"] = 2
    var ks = List[String](d.keys())
    var vs = List[Int](d.values())
    var ys: List[Int] = [7, 8, 7]
    var zs = List[Int](ys)
    var r = List[Int](range(2, 8, 2))
    print(ks, vs, zs, r, Set[Int](ys), Set[Int](5), len(Set[Int](ys)))

# The expected output, checked against Mojo 1.2:
# CHECK: [a, b] [1, 2] [7, 8, 7] [2, 4, 6] {7, 8} {5} 2
