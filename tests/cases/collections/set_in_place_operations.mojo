# Set's in-place operations (update, *_update, |= &= -= ^=) and subset comparisons, as in Mojo 1.2.
from std.collections import Set

def main():
    var a = Set[Int](1, 2, 3)
    var b = Set[Int](3, 4)
    a.update(b)
    print(a)
    a.intersection_update(Set[Int](1, 3, 4, 9))
    print(a)
    a.difference_update(Set[Int](4))
    print(a)
    a.symmetric_difference_update(Set[Int](3, 7))
    print(a)
    a |= Set[Int](8)
    print(a)
    a &= Set[Int](1, 8, 7)
    print(a)
    a -= Set[Int](8)
    print(a)
    a ^= Set[Int](2, 7)
    print(a)
    print(Set[Int](1) <= a, Set[Int](1, 2) < a, a >= Set[Int](2), a > a)
# CHECK: {1, 2, 3, 4}
# CHECK: {1, 3, 4}
# CHECK: {1, 3}
# CHECK: {1, 7}
# CHECK: {1, 7, 8}
# CHECK: {1, 7, 8}
# CHECK: {1, 7}
# CHECK: {1, 2}
# CHECK: True False True False
