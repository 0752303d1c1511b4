@fieldwise_init
struct Pair[T: ImplicitlyCopyable & Writable & Deinitable](Copyable, Writable):
    var first: Self.T
    var second: Self.T

    def swapped(self) -> Self:
        return Self(self.second, self.first)


struct Stack[n: Int](Copyable, Writable):
    var top: Int

    def __init__(out self):
        self.top = 0

    def capacity(self) -> Int:
        return Self.n


def main():
    var p = Pair(1, 2)
    var r = p.swapped()
    print(p.first, p.second, r.first, r.second)
    # CHECK: 1 2 2 1
    var q = Pair[String]("a", "b")
    print(q.swapped().first)
    # CHECK: b
    var s = Stack[8]()
    print(s.capacity(), s.top)
    # CHECK: 8 0
