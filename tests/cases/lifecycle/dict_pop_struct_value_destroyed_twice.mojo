struct R(Copyable):
    var name: String

    def __init__(out self, name: String):
        self.name = name

    def __del__(deinit self):
        print("del", self.name)

def main() raises:
    var d = Dict[Int, R]()
    d[1] = R("x")
    d[2] = R("y")
    _ = d.pop(1)
    print("after pop")
    print(len(d))
    # CHECK: del x
    # CHECK: after pop
    # CHECK: del y
    # CHECK: 1
