# Elements moved into a list are destroyed when popped and discarded, or with the list.
struct R(Copyable):
    var name: String

    def __init__(out self, name: String):
        self.name = name
        print("init", name)

    def __del__(deinit self):
        print("del", self.name)

def main():
    var xs = List[R]()
    xs.append(R("a"))
    xs.append(R("b"))
    var c = R("c")
    xs.append(c^)
    print("len", len(xs))
    var last = xs.pop()
    print("popped", last.name)
    _ = xs.pop(0)
    print("discarded")
    xs.insert(0, R("d"))
    print("end", len(xs))
    print("done")
    # CHECK: init a
    # CHECK: init b
    # CHECK: init c
    # CHECK: len 3
    # CHECK: popped c
    # CHECK: del c
    # CHECK: del a
    # CHECK: discarded
    # CHECK: init d
    # CHECK: del d
    # CHECK: del b
    # CHECK: end 2
    # CHECK: done
