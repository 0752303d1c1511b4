# A constructor that raises destroys the `self` it was building, as Mojo 1.2 does: the whole value
# (its `__deinit__` runs) when every field is set, else each field that is set (checked with
# `mojo run` 1.2.0; `--leak-check` shows the String field is freed).
struct N(Movable):
    var v: Int
    def __init__(out self, v: Int):
        self.v = v
    def __deinit__(deinit self):
        print("deinit N", self.v)

struct R:
    var n: Int
    var s: String
    def __init__(out self, n: Int) raises:
        self.n = n
        self.s = String("abc") + String(n)
        if n < 0:
            raise Error("negative")
    def __deinit__(deinit self):
        print("deinit R", self.n)

struct P:
    var a: N
    var b: N
    def __init__(out self, fail: Bool) raises:
        self.a = N(1)
        if fail:
            raise Error("half")
        self.b = N(2)

def main():
    try:
        var r = R(-1)
    except e:
        print("error:", e)
    try:
        var p = P(True)
    except e:
        print("error:", e)
    try:
        var r = R(5)
        print("made", r.n)
    except e:
        print("error:", e)
# CHECK: deinit R -1
# CHECK: error: negative
# CHECK: deinit N 1
# CHECK: error: half
# CHECK: made 5
# CHECK: deinit R 5
