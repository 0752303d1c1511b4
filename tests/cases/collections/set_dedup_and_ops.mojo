# Set: deduplicate, membership, add/remove/discard, union/intersection, iteration order.
from std.collections import Set

def unique(xs: List[String]) -> List[String]:
    var seen = Set[String]()
    var out = List[String]()
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out^

def main() raises:
    var words: List[String] = ["b", "a", "b", "c", "a", "d"]
    print(unique(words))
    var s = Set[Int]()
    for i in range(10):
        s.add(i % 4)
    print(s, len(s))
    s.remove(2)
    s.discard(9)
    s.discard(0)
    print(s, 2 in s, 3 in s)
    var evens: Set[Int] = {0, 2, 4, 6}
    var small: Set[Int] = {1, 2, 3, 4}
    var u = evens.union(small)
    var n = evens.intersection(small)
    print(u, n, len(u), len(n))
    var total = 0
    for v in u:
        total += v
    print(total)
    try:
        s.remove(42)
    except:
        print("42 was not there")
    # CHECK: [b, a, c, d]
    # CHECK: {0, 1, 2, 3} 4
    # CHECK: {1, 3} False True
    # CHECK: {0, 2, 4, 6, 1, 3} {2, 4} 6 2
    # CHECK: 16
    # CHECK: 42 was not there
