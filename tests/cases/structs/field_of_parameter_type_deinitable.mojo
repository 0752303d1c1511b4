# Fields of parameter type with a destructible bound: `Deinitable` in the bound, or a trait that
# refines it; a pointer or a Span to such a type destroys nothing and needs no bound.
trait Element(Copyable, Deinitable):
    pass

struct Stack[T: Element]:
    var items: List[Self.T]

    def __init__(out self):
        self.items = List[Self.T]()

    def push(mut self, var x: Self.T):
        self.items.append(x^)

struct Box[T: Copyable & Deinitable, n: Int]:
    var v: Self.T
    var vs: Array[Self.T, Self.n]

    def __init__(out self, v: Self.T):
        self.v = v.copy()
        self.vs = Array[Self.T, Self.n](fill=v)

struct Raw[T: Copyable]:
    var p: UnsafePointer[Self.T, MutUntrackedOrigin]
    var n: Int

    def __init__(out self):
        self.p = alloc[Self.T](1)
        self.n = 0

@fieldwise_init
struct Elem(Element):
    var x: Int

def main():
    var s = Stack[Elem]()
    s.push(Elem(4))
    var b = Box[Int, 3](7)
    var r = Raw[Int]()
    print(len(s.items), s.items[0].x, b.v, b.vs[2], r.n)
    # CHECK: 1 4 7 7 0
    r.p.free()
