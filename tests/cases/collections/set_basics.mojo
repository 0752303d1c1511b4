from std.collections import Set

def main():
    var s: Set[Int] = {1, 2, 3}
    s.add(2)
    s.add(10)
    print(len(s), 2 in s, 5 in s, s)
    # CHECK: 4 True False {1, 2, 3, 10}
    var t: Set[Int] = {3, 10, 11}
    print(s.intersection(t), s.union(t))
    # CHECK: {3, 10} {1, 2, 3, 10, 11}
    s.discard(1)
    print(s)
    # CHECK: {2, 3, 10}
