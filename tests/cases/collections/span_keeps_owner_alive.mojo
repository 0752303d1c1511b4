# A span is a view: the value it views (here a field of `bag`) lives as long as the span is used,
# and is destroyed after the span's last use (printing it included), as in Mojo 1.2.
struct Bag:
    var items: List[Int]

    def __init__(out self):
        self.items = [1, 2, 3, 4]

    def __deinit__(deinit self):
        print("del bag")


def total(xs: Span[Int, _]) -> Int:
    var s = 0
    for x in xs:
        s += x
    return s


def main():
    var bag = Bag()
    var sp = bag.items[1:3]
    print("span made")
    var inner = sp[1:]
    print(sp, total(sp))
    print(inner)
    print("after")
    var xs: List[Int] = [5, 6, 7]
    for v in xs[1:]:
        print(v)
    print("end")

# The expected output, checked against Mojo 1.2:
# CHECK: span made
# CHECK: [2, 3] 5
# CHECK: [3]
# CHECK: del bag
# CHECK: after
# CHECK: 6
# CHECK: 7
# CHECK: end
