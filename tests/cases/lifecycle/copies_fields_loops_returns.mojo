# Values are destroyed right after their last use, in Mojo 1.2's order.
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

    def rename(mut self, n: String):
        self.name = n

struct Pair(Movable):
    var a: R
    var b: R

    def __init__(out self, var a: R, var b: R):
        self.a = a^
        self.b = b^

def build(n: String) -> R:
    var r = R(n)
    print("built", n)
    return r^

def main():
    var x = R("x")
    var y = x.copy()
    print("copied")
    y.rename("y2")
    print(y.name)
    var p = Pair(R("pa"), R("pb"))
    print("pair", p.a.name)
    for i in range(2):
        var t = R("loop" + String(i))
        print("iter", i)
    var z = build("z")
    print("got", z.name)
    print("end")
    # CHECK: init x
    # CHECK: copy x'
    # CHECK: del x
    # CHECK: copied
    # CHECK: y2
    # CHECK: del y2
    # CHECK: init pa
    # CHECK: init pb
    # CHECK: pair pa
    # CHECK: del pa
    # CHECK: del pb
    # CHECK: init loop0
    # CHECK: del loop0
    # CHECK: iter 0
    # CHECK: init loop1
    # CHECK: del loop1
    # CHECK: iter 1
    # CHECK: init z
    # CHECK: built z
    # CHECK: got z
    # CHECK: del z
    # CHECK: end
