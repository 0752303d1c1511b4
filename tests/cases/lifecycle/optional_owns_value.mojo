# An Optional destroys the value it holds; take() moves it out; assigning None destroys it.
struct R(Copyable):
    var name: String

    def __init__(out self, name: String):
        self.name = name
        print("init", name)

    def __del__(deinit self):
        print("del", self.name)

def maybe(flag: Bool, name: String) -> Optional[R]:
    if flag:
        return R(name)
    return None

def main():
    var a = maybe(True, "a")
    var b = maybe(False, "b")
    print("made", Bool(a), Bool(b))
    var taken = a.take()
    print("took", taken.name, Bool(a))
    var c = Optional(R("c"))
    print("has c", Bool(c))
    c = None
    print("c cleared", Bool(c))
    print("end")
    # CHECK: init a
    # CHECK: made True False
    # CHECK: took a False
    # CHECK: del a
    # CHECK: init c
    # CHECK: del c
    # CHECK: has c True
    # CHECK: c cleared False
    # CHECK: end
