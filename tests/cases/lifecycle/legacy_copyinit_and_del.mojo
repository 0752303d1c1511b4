# The older spellings: `fn`, `inout self` constructors, `__copyinit__`, `__del__(owned self)`.
struct R:
    var n: Int
    fn __init__(inout self, n: Int):
        self.n = n
    fn __copyinit__(inout self, existing: Self):
        self.n = existing.n + 100
        print("copyinit")
    fn __del__(owned self):
        print("del", self.n)

fn main():
    var a = R(1)
    var b = a.copy()
    print(b.n)
    # CHECK: copyinit
    # CHECK: del 1
    # CHECK: 101
    # CHECK: del 101
