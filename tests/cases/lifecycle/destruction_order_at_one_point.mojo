# Values that die at the same point are destroyed in reverse order of declaration; a value whose
# last use is reading a number from it (`d.id + 1`, an `Int` argument `p.id`) dies right after
# that read, before the call or the `print` it feeds, while a field given to `print` itself is a
# reference that keeps its owner alive until the line is written.
struct R(Movable):
    var id: Int

    def __init__(out self, id: Int):
        self.id = id

    def __deinit__(deinit self):
        print("del", self.id)


def show(a: Int, b: Int, c: Int):
    print(a, b, c)


def twice(x: Int) -> Int:
    return x * 2


def main():
    var x = R(1)
    var y = R(2)
    var z = R(3)
    print(z.id, x.id, y.id)
    print("--")
    var p = R(4)
    var q = R(5)
    show(p.id, q.id, 0)
    print("--")
    var d = R(6)
    print(d.id + 1)
    var e = R(7)
    print(twice(e.id))

# The expected output, checked against Mojo 1.2:
# CHECK: 3 1 2
# CHECK: del 3
# CHECK: del 2
# CHECK: del 1
# CHECK: --
# CHECK: del 4
# CHECK: del 5
# CHECK: 4 5 0
# CHECK: --
# CHECK: del 6
# CHECK: 7
# CHECK: del 7
# CHECK: 14
