# `for x in xs` binds `x` to each element itself (a reference): nothing is copied, and the loop
# variable destroys nothing. Unpacking a tuple element reads its parts in place too.
struct Tracked(Copyable):
    var n: Int

    def __init__(out self, n: Int):
        self.n = n

    def __init__(out self, *, copy: Self):
        self.n = copy.n
        print("copy", copy.n)

    def __deinit__(deinit self):
        print("del", self.n)


def main():
    var xs = List[Tracked]()
    xs.append(Tracked(1))
    xs.append(Tracked(2))
    var total = 0
    for t in xs:
        total += t.n
    print("total", total)
    var grid: List[List[Int]] = [[1, 2], [3, 4, 5]]
    for row in grid:
        print(len(row), row[0])
    var pairs: List[Tuple[Int, String]] = [(1, "one"), (2, "two")]
    for n, name in pairs:
        print(n, name)
    for t in xs:
        if t.n == 2:
            var c = t.copy()
            print("copied", c.n)
    print("end")

# The expected output, checked against Mojo 1.2:
# CHECK: total 3
# CHECK: 2 1
# CHECK: 3 3
# CHECK: 1 one
# CHECK: 2 two
# CHECK: copy 2
# CHECK: copied 2
# CHECK: del 2
# CHECK: del 1
# CHECK: del 2
# CHECK: end
