# Moves through returns, tuple literals (their elements move in), assignment from `x^` and
# Optional's storage.
struct N(Movable):
    var n: Int
    def __init__(out self, n: Int):
        self.n = n
        print("init", n)
    def __init__(out self, *, deinit move: Self):
        self.n = move.n
        print("move", move.n)
    def __deinit__(deinit self):
        print("del", self.n)

def make(n: Int) -> N:
    var r = N(n)
    return r^

def make2(n: Int) -> N:
    return N(n)

def pick(var a: N, var b: N, first: Bool) -> N:
    if first:
        return a^
    return b^

def main():
    var c = make(3)
    print("c", c.n)
    var d = make2(4)
    print("d", d.n)
    var e = pick(N(5), N(6), True)
    print("e", e.n)
    var t = (N(7), 1)
    print("t")
    c = d^
    print("c", c.n)
    var o = Optional(N(8))
    print("o")
    var p = o.take()
    print("p", p.n)

# The expected output, checked against Mojo 1.2:
# CHECK: init 3
# CHECK: move 3
# CHECK: c 3
# CHECK: del 3
# CHECK: init 4
# CHECK: d 4
# CHECK: init 5
# CHECK: init 6
# CHECK: del 6
# CHECK: move 5
# CHECK: e 5
# CHECK: del 5
# CHECK: init 7
# CHECK: move 7
# CHECK: del 7
# CHECK: t
# CHECK: move 4
# CHECK: c 4
# CHECK: del 4
# CHECK: init 8
# CHECK: move 8
# CHECK: o
# CHECK: move 8
# CHECK: move 8
# CHECK: p 8
# CHECK: del 8
