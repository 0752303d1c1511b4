# `Counter[T]` from `std.collections`: a missing value counts 0, so `c[w] += 1` counts it;
# `most_common(n)` gives (value, count) pairs, most first; `total()` sums the counts.
from std.collections import Counter

def main():
    var c = Counter[String]()
    for w in String("a b a c a b").split():
        c[String(w)] += 1
    print(c["a"], c["b"], c["z"], len(c), "a" in c, "z" in c)
    for e in c.items():
        print(e.key, e.value)
    var top = c.most_common(2)
    for t in top:
        print(t[0], t[1])
    print(c.total())

# The expected output, checked against Mojo 1.2:
# CHECK: 3 2 0 3 True False
# CHECK: a 3
# CHECK: b 2
# CHECK: c 1
# CHECK: a 3
# CHECK: b 2
# CHECK: 6
