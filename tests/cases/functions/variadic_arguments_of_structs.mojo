# Variadic arguments of struct and list types, in methods too; the caller's values are unchanged.
@fieldwise_init
struct Point(Copyable, Writable):
    var x: Int
    var y: Int


struct Acc:
    var total: Int

    def __init__(out self):
        self.total = 0

    def add(mut self, *xs: Int):
        for x in xs:
            self.total += x


def longest(*lists: List[Int]) -> Int:
    var best = 0
    for i in range(len(lists)):
        best = max(best, len(lists[i]))
    return best


def centroid(*ps: Point) -> Point:
    var sx = 0
    var sy = 0
    for p in ps:
        sx += p.x
        sy += p.y
    return Point(sx // len(ps), sy // len(ps))


def main():
    var acc = Acc()
    acc.add(1, 2)
    acc.add(10)
    acc.add()
    print(acc.total)
    var a: List[Int] = [1, 2, 3]
    var b: List[Int] = [4]
    print(longest(a, b, [5, 6, 7, 8]))
    print(len(a), len(b))
    print(centroid(Point(0, 0), Point(4, 2), Point(2, 4)))

# The expected output, checked against Mojo 1.2:
# CHECK: 13
# CHECK: 4
# CHECK: 3 1
# CHECK: Point(x=2, y=2)
