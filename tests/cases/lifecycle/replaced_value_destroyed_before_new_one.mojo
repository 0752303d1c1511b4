# Assigning a field or a list element destroys the old value before the new one is evaluated and
# built in its place, as Mojo 1.2 does (a plain variable's old value dies at its last use).
struct T(Copyable):
    var id: Int
    def __init__(out self, id: Int):
        self.id = id
        print("init", id)
    def __deinit__(deinit self):
        print("deinit", self.id)

def make(id: Int) -> T:
    print("make", id)
    return T(id)

struct H:
    var a: T
    def __init__(out self):
        self.a = T(1)

def main():
    var x = T(10)
    x = T(11)
    print("x", x.id)
    x = make(12)
    print("x", x.id)
    var h = H()
    h.a = make(2)
    print("now", h.a.id)
    var xs = List[T]()
    xs.append(T(20))
    xs[0] = T(21)
    print("xs", xs[0].id)
    # CHECK: init 10
    # CHECK: deinit 10
    # CHECK: init 11
    # CHECK: x 11
    # CHECK: deinit 11
    # CHECK: make 12
    # CHECK: init 12
    # CHECK: x 12
    # CHECK: deinit 12
    # CHECK: init 1
    # CHECK: deinit 1
    # CHECK: make 2
    # CHECK: init 2
    # CHECK: now 2
    # CHECK: deinit 2
    # CHECK: init 20
    # CHECK: deinit 20
    # CHECK: init 21
    # CHECK: xs 21
    # CHECK: deinit 21
