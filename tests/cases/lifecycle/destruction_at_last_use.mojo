# Values are destroyed right after their last use, in Mojo 1.2's order.
struct R(Movable):
    var name: String

    def __init__(out self, name: String):
        self.name = name
        print("init", name)

    def __del__(deinit self):
        print("del", self.name)

def use(r: R):
    print("use", r.name)

def consume(var r: R):
    print("consume", r.name)

def make(n: String) -> R:
    return R(n)

def main():
    var a = R("a")
    var b = R("b")
    use(a)
    print("after use a")
    use(b)
    var c = R("c")
    consume(c^)
    print("after consume")
    _ = make("t")
    print("after temp")
    use(make("u"))
    print("after u")
    var d = R("d")
    d = R("d2")
    print("reassigned")
    if True:
        var e = R("e")
    print("end")
    # CHECK: init a
    # CHECK: init b
    # CHECK: use a
    # CHECK: del a
    # CHECK: after use a
    # CHECK: use b
    # CHECK: del b
    # CHECK: init c
    # CHECK: consume c
    # CHECK: del c
    # CHECK: after consume
    # CHECK: init t
    # CHECK: del t
    # CHECK: after temp
    # CHECK: init u
    # CHECK: use u
    # CHECK: del u
    # CHECK: after u
    # CHECK: init d
    # CHECK: del d
    # CHECK: init d2
    # CHECK: del d2
    # CHECK: reassigned
    # CHECK: init e
    # CHECK: del e
    # CHECK: end
