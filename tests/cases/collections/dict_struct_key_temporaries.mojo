# A key that is a temporary (a constructor call, `.copy()`, a transfer) moves into the dict, also
# for a struct with nothing to destroy that is not ImplicitlyCopyable (checked with Mojo 1.2).
@fieldwise_init
struct P(Copyable, Hashable, Equatable, Writable):
    var x: Int
    var y: Int

def main() raises:
    var d = Dict[P, Int]()
    d[P(1, 2)] = 5
    var p = P(3, 4)
    d[p.copy()] = 6
    var q = P(5, 6)
    d[q^] = 7
    d[P(1, 2)] += 10
    print(d[P(1, 2)], d[p], d[P(5, 6)], len(d))
    # CHECK: 15 6 7 3
    var line = String()
    for k in d.keys():
        line += String(k) + ";"
    print(line)
    # CHECK: P(x=1, y=2);P(x=3, y=4);P(x=5, y=6);
