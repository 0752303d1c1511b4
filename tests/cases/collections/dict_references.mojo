# `d[k]` is a reference to the value in the dict (Mojo 1.2): a `mut` method on it changes the value
# in place (no copy, no store-back through `__setitem__`), and `for ref` over `values()` and
# `items()` changes the entries.
@fieldwise_init
struct Counter(Copyable, Writable):
    var n: Int

    def bump(mut self):
        self.n += 1

    def write_to(self, mut w: Some[Writer]):
        w.write("Counter(", self.n, ")")


def main() raises:
    var groups = Dict[Int, List[String]]()
    for w in ["apple", "bob", "cat", "dove", "eagle", "fig"]:
        var n = w.byte_length()
        if n not in groups:
            groups[n] = List[String]()
        groups[n].append(w)
    print(groups[3], groups[5], groups[4])
    # CHECK: [bob, cat, fig] [apple, eagle] [dove]
    var c = Dict[Int, Counter]()
    c[1] = Counter(0)
    c[1].bump()
    c[1].bump()
    c[1].n += 10
    print(c[1])
    # CHECK: Counter(12)
    for ref it in groups.items():
        it.value.append("!")
    for ref v in c.values():
        v.n *= 2
    print(groups[3], c[1])
    # CHECK: [bob, cat, fig, !] Counter(24)
    # A copy of the dict is its own.
    var e = groups.copy()
    e[3].append("copy")
    print(groups[3], e[3])
    # CHECK: [bob, cat, fig, !] [bob, cat, fig, !, copy]
    ref r = groups[4]
    r.append("via ref")
    print(groups[4])
    # CHECK: [dove, !, via ref]
    # A variable initialised from `d[k]` is a copy.
    var x = c[1].n
    x += 1000
    print(x, c[1].n)
    # CHECK: 1024 24
    # `setdefault` gives a reference too.
    var counts = Dict[String, Int]()
    counts.setdefault("a", 5) += 1
    print(counts["a"], counts.setdefault("a", 100))
    # CHECK: 6 6
    # The references stay right while the dict grows and entries are removed.
    var big = Dict[Int, List[Int]]()
    for i in range(200):
        big[i] = [i]
    for i in range(0, 200, 2):
        _ = big.pop(i)
    for i in range(1, 200, 2):
        big[i].append(-i)
    var s = 0
    for ref v in big.values():
        s += v[0] + v[1]
    print(len(big), s, big[199])
    # CHECK: 100 0 [199, -199]
    # A pointer to a value in the dict.
    var p = Pointer(to=counts["a"])
    p[] += 10
    print(counts["a"])
    # CHECK: 16
