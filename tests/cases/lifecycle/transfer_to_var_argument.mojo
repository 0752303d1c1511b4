struct R(Movable):
    var name: String

    def __init__(out self, name: String):
        self.name = name
        print("init", name)

    def __del__(deinit self):
        print("del", self.name)

def take(var r: R) -> Int:
    print("take", r.name)
    return 1

def main():
    var a = R("a")
    var n = take(a^)
    print("after", n)
    var b = R("b")
    if n > 0:
        print("branch uses b", b.name)
    print("end")
    # CHECK: init a
    # CHECK: take a
    # CHECK: del a
    # CHECK: after 1
    # CHECK: init b
    # CHECK: branch uses b b
    # CHECK: del b
    # CHECK: end
