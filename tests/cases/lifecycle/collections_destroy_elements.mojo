struct R(Copyable):
    var name: String

    def __init__(out self, name: String):
        self.name = name
        print("init", name)

    def __del__(deinit self):
        print("del", self.name)

def risky(n: Int) raises -> Int:
    var r = R("risky" + String(n))
    if n > 1:
        raise Error("too big")
    return n + r.name.byte_length()

def main():
    try:
        var a = R("a")
        print(risky(1))
        print(risky(2), a.name)
    except e:
        print("caught", e)
    var xs = List[R]()
    xs.append(R("l1"))
    print(len(xs))
    var o = Optional(R("opt"))
    print(o.__bool__())
    print("end")
    # CHECK: init a
    # CHECK: init risky1
    # CHECK: del risky1
    # CHECK: 7
    # CHECK: init risky2
    # CHECK: del risky2
    # CHECK: del a
    # CHECK: caught too big
    # CHECK: init l1
    # CHECK: del l1
    # CHECK: 1
    # CHECK: init opt
    # CHECK: del opt
    # CHECK: True
    # CHECK: end
