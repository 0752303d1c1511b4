# `out NAME: T` on an argument other than a constructor's self: a named result, which the body
# initializes and the function returns (a bare `return` ends it).
@fieldwise_init
struct Point(Copyable, Writable):
    var x: Int
    var y: Int


def make(n: Int, out p: Point):
    p = Point(n, n * 2)


def words(out result: List[String]):
    result = List[String]()
    result.append("a")
    result.append("b")


def label(k: Int, out s: String):
    s = "item"
    if k > 1:
        s += "s"
        return
    s += "!"


def main():
    print(make(3), words(), label(1), label(2))
    main2()

struct Res:
    var n: Int

    def __init__(out self, n: Int):
        self.n = n

    def __deinit__(deinit self):
        print("drop", self.n)


def open_res(n: Int, out r: Res):
    r = Res(n)
    print("opened", r.n)


def main2():
    var a = open_res(1)
    print("using", a.n)
    _ = open_res(2)
    print("end")

# The expected output, checked against Mojo 1.2:
# CHECK: Point(x=3, y=6) [a, b] item! items
# CHECK: opened 1
# CHECK: using 1
# CHECK: drop 1
# CHECK: opened 2
# CHECK: drop 2
# CHECK: end
