# The index expressions of an assignment target are evaluated once, before the value: in
# `counts[roll()] += 1` `roll` runs once, at any depth (`ps[f()].v`, `g[f()][f()]`), for lists,
# dicts, SIMD lanes and a struct's own `__getitem__`/`__setitem__`; in `ys[i] = tick(i)` the index
# is the `i` from before the right-hand side ran.
def idx(mut n: Int) -> Int:
    n += 1
    print("idx", n)
    return n % 2

def tick(mut n: Int) -> Int:
    n += 1
    return n

def word(mut n: Int) -> String:
    n += 1
    return "w" + String(n % 2)

@fieldwise_init
struct P(Copyable):
    var v: Int

struct Arr:
    var data: List[Int]

    def __init__(out self):
        self.data = [0, 0]

    def __getitem__(self, i: Int) -> Int:
        return self.data[i]

    def __setitem__(mut self, i: Int, v: Int):
        self.data[i] = v

def main() raises:
    var n = 0
    var ps: List[P] = [P(0), P(0)]
    ps[idx(n)].v += 1
    ps[idx(n)].v = 9
    print("n =", n, ps[0].v, ps[1].v)
    var g: List[List[Int]] = [[0, 0], [0, 0]]
    g[idx(n)][idx(n)] += 1
    print("n =", n, g)
    var a = Arr()
    a[idx(n)] += 7
    var s = SIMD[DType.int32, 2](0, 0)
    s[idx(n)] += 3
    print("n =", n, a.data, s)
    var ys: List[Int] = [0, 0, 0]
    var i = 0
    ys[i] = tick(i)
    var d = Dict[String, Int]()
    var m = 0
    for _ in range(5):
        d[word(m)] = d.get(word(m), 0) + 1
    print(ys, i, d, m)

# The expected output, checked against Mojo 1.2:
# CHECK: idx 1
# CHECK: idx 2
# CHECK: n = 2 9 1
# CHECK: idx 3
# CHECK: idx 4
# CHECK: n = 4 [[0, 0], [1, 0]]
# CHECK: idx 5
# CHECK: idx 6
# CHECK: n = 6 [0, 7] [3, 0]
# CHECK: [1, 0, 0] 1 {w1: 1} 10
