# A raising callee gives `mut` arguments back with its last assignment (the caller sees it) and
# nothing is destroyed twice.
struct Noisy(Copyable):
    var n: Int

    def __init__(out self, n: Int):
        self.n = n
        print("init", n)

    def __init__(out self, *, copy: Self):
        self.n = copy.n
        print("copy", copy.n)

    def __deinit__(deinit self):
        print("del", self.n)


struct Holder:
    var item: Noisy
    var count: Int

    def __init__(out self, var item: Noisy):
        self.item = item^
        self.count = 0


def bump(mut x: Noisy) raises:
    x = Noisy(x.n + 10)
    raise Error("boom")


def fail_after(mut xs: List[Int], mut k: Int) raises:
    xs.append(k)
    k += 1
    if k > 1:
        raise Error("too big")


def inner(mut x: Noisy) raises:
    x = Noisy(x.n * 2)
    raise Error("inner")


def outer(mut x: Noisy) raises:
    inner(x)
    print("not reached")


def main():
    var a = Noisy(1)
    try:
        bump(a)
    except e:
        print("caught", e, a.n)
    print("after", a.n)

    var xs: List[Int] = [7]
    var k = 1
    try:
        fail_after(xs, k)
    except e:
        print("caught", e, len(xs), k)

    var h = Holder(Noisy(3))
    try:
        bump(h.item)
    except e:
        print("caught", e, h.item.n)

    var b = Noisy(5)
    try:
        outer(b)
    except e:
        print("caught", e, b.n)
    print("end")

# The expected output, checked against Mojo 1.2:
# CHECK: init 1
# CHECK: del 1
# CHECK: init 11
# CHECK: caught boom 11
# CHECK: after 11
# CHECK: del 11
# CHECK: caught too big 2 2
# CHECK: init 3
# CHECK: del 3
# CHECK: init 13
# CHECK: caught boom 13
# CHECK: del 13
# CHECK: init 5
# CHECK: del 5
# CHECK: init 10
# CHECK: caught inner 10
# CHECK: del 10
# CHECK: end
