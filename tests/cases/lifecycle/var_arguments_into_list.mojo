# var arguments moved into a list owned by the caller through a mut argument.
struct R(Copyable):
    var name: String

    def __init__(out self, name: String):
        self.name = name
        print("init", name)

    def __init__(out self, *, copy: Self):
        self.name = copy.name + "'"
        print("copy", self.name)

    def __del__(deinit self):
        print("del", self.name)

def keep(var r: R, mut xs: List[R]):
    print("keep", r.name)
    xs.append(r^)

def keep_copy(r: R, mut xs: List[R]):
    xs.append(r.copy())

def main():
    var xs = List[R]()
    var a = R("a")
    keep(a^, xs)
    keep(R("b"), xs)
    var c = R("c")
    keep_copy(c, xs)
    print("kept", len(xs))
    print("end")
    # CHECK: init a
    # CHECK: keep a
    # CHECK: init b
    # CHECK: keep b
    # CHECK: init c
    # CHECK: copy c'
    # CHECK: del c
    # CHECK: del a
    # CHECK: del b
    # CHECK: del c'
    # CHECK: kept 3
    # CHECK: end
