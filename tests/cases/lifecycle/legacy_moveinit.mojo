# Older Mojo's move constructor `__moveinit__(inout self, owned existing: Self)` (also with `out
# self`/`deinit existing`) runs where a value moves, like the 1.2 `__init__(out self, *, deinit
# move: Self)`. (Mojo 1.2 itself no longer treats `__moveinit__` as a constructor.)
struct Old(Movable):
    var n: Int

    fn __init__(inout self, n: Int):
        self.n = n

    fn __moveinit__(inout self, owned existing: Self):
        self.n = existing.n
        print("legacy move", existing.n)

    fn __del__(owned self):
        print("del", self.n)


fn make(n: Int) -> Old:
    var o = Old(n)
    return o^


fn main():
    var a = Old(1)
    var b = a^
    print(b.n)
    # CHECK: legacy move 1
    # CHECK: 1
    # CHECK: del 1
    var c = make(2)
    print(c.n)
    # CHECK: legacy move 2
    # CHECK: 2
    # CHECK: del 2
