# Reassigning a variable in a loop destroys the old value; returned values are moved, not copied.
struct R(Copyable):
    var n: Int

    def __init__(out self, n: Int):
        self.n = n
        print("init", n)

    def __init__(out self, *, copy: Self):
        self.n = copy.n
        print("copy", copy.n)

    def __del__(deinit self):
        print("del", self.n)

def make(n: Int) -> R:
    var r = R(n * 10)
    return r^

def bigger(var a: R, var b: R) -> R:
    if a.n >= b.n:
        return a^
    return b^

def main():
    var cur = make(0)
    for i in range(1, 3):
        print("step", i, cur.n)
        cur = make(i)
    print("last", cur.n)
    var w = bigger(R(5), R(7))
    print("bigger", w.n)
    print("end")
    # CHECK: init 0
    # CHECK: step 1 0
    # CHECK: del 0
    # CHECK: init 10
    # CHECK: step 2 10
    # CHECK: del 10
    # CHECK: init 20
    # CHECK: last 20
    # CHECK: del 20
    # CHECK: init 5
    # CHECK: init 7
    # CHECK: del 5
    # CHECK: bigger 7
    # CHECK: del 7
    # CHECK: end
