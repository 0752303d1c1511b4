# `ref NAME = place` names a variable, a field or an element: reading the name reads the place and
# assigning it (or calling a `mut` method on it) changes the place. The index is taken once.
@fieldwise_init
struct P(Copyable, Writable):
    var x: Int
    var tags: List[String]


@fieldwise_init
struct World(Copyable):
    var ps: List[P]


def main() raises:
    var xs: List[Int] = [1, 2, 3]
    ref first = xs[0]
    first += 10
    print(xs, first)
    var ps: List[P] = [P(1, []), P(2, [])]
    ref p = ps[1]
    p.x = 20
    p.tags.append("new")
    print(ps[1].x, len(ps[1].tags), p.tags[0])
    var d: Dict[String, List[Int]] = {"a": [1]}
    ref l = d["a"]
    l.append(2)
    print(d["a"])
    var w = World([P(5, [])])
    ref inner = w.ps[0].x
    inner *= 3
    print(w.ps[0].x)
    var i = 0
    ref at = xs[i]
    i = 2
    at = 99
    print(xs, i)
    var total = 0
    ref t = total
    for k in range(4):
        t += k
    print(total)

# The expected output, checked against Mojo 1.2:
# CHECK: [11, 2, 3] 11
# CHECK: 20 1 new
# CHECK: [1, 2]
# CHECK: 15
# CHECK: [99, 2, 3] 2
# CHECK: 6
