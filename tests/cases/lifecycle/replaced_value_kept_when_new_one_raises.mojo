# Where the new value may raise, the old field value is destroyed only after the new one is built,
# so a raise leaves the field as it was (checked with Mojo 1.2).
struct T(Copyable):
    var id: Int
    var s: String
    def __init__(out self, id: Int):
        self.id = id
        self.s = String(id)
        print("init", id)
    def __deinit__(deinit self):
        print("deinit", self.id)

def risky(n: Int) raises -> T:
    print("risky", n)
    if n > 5:
        raise Error("too big")
    return T(n)

struct H:
    var a: T
    def __init__(out self):
        self.a = T(1)

def main() raises:
    var h = H()
    h.a = risky(2)
    print("now", h.a.id)
    try:
        h.a = risky(9)
    except e:
        print("caught", e)
    print("still", h.a.id, h.a.s)
    # CHECK: init 1
    # CHECK: risky 2
    # CHECK: init 2
    # CHECK: deinit 1
    # CHECK: now 2
    # CHECK: risky 9
    # CHECK: caught too big
    # CHECK: still 2 2
    # CHECK: deinit 2
