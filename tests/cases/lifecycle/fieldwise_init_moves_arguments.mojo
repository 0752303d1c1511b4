# A @fieldwise_init constructor moves each argument into its field through the field type's move
# constructor, and field swaps order copies, destructions and moves as Mojo 1.2 does.
struct Tracked(Copyable):
    var id: Int

    def __init__(out self, id: Int):
        self.id = id
        print("init", id)

    def __init__(out self, *, copy: Self):
        self.id = copy.id + 100
        print("copy", copy.id, "->", self.id)

    def __init__(out self, *, deinit move: Self):
        self.id = move.id
        print("move", self.id)

    def __deinit__(deinit self):
        print("deinit", self.id)

@fieldwise_init
struct Holder(Movable):
    var a: Tracked
    var b: Tracked

def make_pair() -> Holder:
    return Holder(Tracked(1), Tracked(2))

def main():
    print("-- holder")
    var h = make_pair()
    print("have", h.a.id, h.b.id)
    print("-- swap fields")
    var t = h.a.copy()
    h.a = h.b.copy()
    h.b = t^
    print("now", h.a.id, h.b.id)
    print("-- list")
    var xs = List[Tracked]()
    xs.append(Tracked(7))
    print("appended")
    var y = xs[0].copy()
    print("copied", y.id)
    print("-- end")
    # CHECK: -- holder
    # CHECK: init 1
    # CHECK: init 2
    # CHECK: move 1
    # CHECK: move 2
    # CHECK: have 1 2
    # CHECK: -- swap fields
    # CHECK: copy 1 -> 101
    # CHECK: deinit 1
    # CHECK: copy 2 -> 102
    # CHECK: deinit 2
    # CHECK: move 101
    # CHECK: now 102 101
    # CHECK: deinit 102
    # CHECK: deinit 101
    # CHECK: -- list
    # CHECK: init 7
    # CHECK: move 7
    # CHECK: appended
    # CHECK: copy 7 -> 107
    # CHECK: deinit 7
    # CHECK: copied 107
    # CHECK: deinit 107
    # CHECK: -- end
