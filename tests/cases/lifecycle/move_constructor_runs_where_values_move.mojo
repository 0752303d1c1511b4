# The move constructor `__init__(out self, *, deinit move: Self)` runs where a value moves to a new
# home: `var b = a^`, `return r^`, a field set from `x^`, a list's storage (append, growth, pop);
# passing `x^` to a `var` argument moves nothing.
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

def consume(var x: N):
    print("consume", x.n)

def make(n: Int) -> N:
    var r = N(n)
    return r^

struct Box(Movable):
    var item: N
    def __init__(out self, var item: N):
        self.item = item^

def main():
    var a = N(1)
    var b = a^
    print("b", b.n)
    consume(b^)
    var c = make(3)
    print("c", c.n)
    var bx = Box(N(4))
    print("box", bx.item.n)
    var l = List[N]()
    l.append(N(5))
    l.append(N(6))
    l.append(N(7))
    print("list", len(l))
    var t = l.pop()
    print("popped", t.n)
    print("end")

# The expected output, checked against Mojo 1.2:
# CHECK: init 1
# CHECK: move 1
# CHECK: b 1
# CHECK: consume 1
# CHECK: del 1
# CHECK: init 3
# CHECK: move 3
# CHECK: c 3
# CHECK: del 3
# CHECK: init 4
# CHECK: move 4
# CHECK: box 4
# CHECK: del 4
# CHECK: init 5
# CHECK: move 5
# CHECK: init 6
# CHECK: move 5
# CHECK: move 6
# CHECK: init 7
# CHECK: move 5
# CHECK: move 6
# CHECK: move 7
# CHECK: list 3
# CHECK: move 7
# CHECK: move 7
# CHECK: del 5
# CHECK: del 6
# CHECK: popped 7
# CHECK: del 7
# CHECK: end
