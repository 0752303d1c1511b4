# A move constructor transfers the fields of its `deinit` source (`move.items^`); lists of such
# values move them on growth.
struct Bag(Movable):
    var items: List[Int]
    var name: String

    def __init__(out self, name: String):
        self.items = [1, 2, 3]
        self.name = name

    def __init__(out self, *, deinit move: Self):
        self.items = move.items^
        self.name = move.name^
        print("move bag", self.name)

    def __deinit__(deinit self):
        print("del bag", self.name, len(self.items))


def main():
    var b = Bag("a")
    var c = b^
    c.items.append(4)
    print(len(c.items))
    var xs = List[Bag]()
    xs.append(c^)
    xs.append(Bag("z"))
    print(len(xs))
    var q = Optional(Bag("o"))
    print("opt")
    var r = q.take()
    print(r.name)

# The expected output, checked against Mojo 1.2:
# CHECK: move bag a
# CHECK: 4
# CHECK: move bag a
# CHECK: move bag a
# CHECK: move bag z
# CHECK: del bag a 4
# CHECK: del bag z 3
# CHECK: 2
# CHECK: move bag o
# CHECK: opt
# CHECK: move bag o
# CHECK: move bag o
# CHECK: o
# CHECK: del bag o 3
