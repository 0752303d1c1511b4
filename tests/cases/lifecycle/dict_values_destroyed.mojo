# Values in a Dict: a replaced value is destroyed at once, the rest with the dict.
struct R(Copyable):
    var name: String

    def __init__(out self, name: String):
        self.name = name
        print("init", name)

    def __del__(deinit self):
        print("del", self.name)

def main() raises:
    var d = Dict[Int, R]()
    d[1] = R("a1")
    d[2] = R("b1")
    print("filled", len(d))
    d[1] = R("a2")
    print("replaced")
    d[3] = R("c1")
    print("len", len(d), 1 in d, 9 in d)
    print("end")
    # CHECK: init a1
    # CHECK: init b1
    # CHECK: filled 2
    # CHECK: init a2
    # CHECK: del a1
    # CHECK: replaced
    # CHECK: init c1
    # CHECK: del a2
    # CHECK: del b1
    # CHECK: del c1
    # CHECK: len 3 True False
    # CHECK: end
