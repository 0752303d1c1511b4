# Fields set on every path (both branches of an if/else, before an early return, through
# `self = Self(...)`, or in both branches of a comptime if) are initialized.
struct P:
    var x: Int
    var name: String

    def __init__(out self, x: Int, flag: Bool):
        self.x = x
        if flag:
            self.name = "a"
            return
        if x > 3:
            self.name = "b"
        else:
            self.name = "c"

    def __init__(out self):
        self = Self(7, True)

struct Pair[wide: Bool]:
    var a: Int
    var b: Int

    def __init__(out self):
        self.a, self.b = 1, 2
        comptime if Self.wide:
            self.b = 20

def main():
    var p = P(1, False)
    var q = P()
    var r = Pair[True]()
    print(p.x, p.name, q.x, q.name, r.a, r.b)
# CHECK: 1 c 7 a 1 20
