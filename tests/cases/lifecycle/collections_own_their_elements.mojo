# Lists, dicts and optionals of values that own memory: copies are deep, transfers move,
# and everything is freed exactly once (the interpreter checks every access).
from std.collections import Set
@fieldwise_init
struct Bag(Copyable, Writable):
    var items: List[Int]
    var name: String

def make_bag(n: Int) -> Bag:
    var xs = List[Int]()
    for i in range(n):
        xs.append(i)
    return Bag(xs^, "bag" + String(n))

def main() raises:
    var grid = List[List[Int]]()
    for r in range(3):
        var row = List[Int]()
        for c in range(3):
            row.append(r * 3 + c)
        grid.append(row^)
    var total = 0
    for row in grid:
        for v in row:
            total += v
    print(total, grid)
    var d = Dict[String, List[Int]]()
    d["a"] = [1, 2]
    d["b"] = List[Int]()
    d["a"].append(3)
    for e in d.items():
        print(e.key, e.value)
    var bags = List[Bag]()
    for i in range(3):
        bags.append(make_bag(i))
    bags[1].items.append(99)
    print(bags[1], len(bags))
    var o = Optional(List[Int](length=2, fill=7))
    if o:
        print(o.value())
    var b = make_bag(2)
    var c = b.copy()
    c.items.append(5)
    print(b, c)
    var moved = b^
    print(moved.name)
    grid[0] = [9]
    print(grid.pop(), grid)
    var s: Set[String] = {"x", "y"}
    print(s)
    # CHECK: 36 [[0, 1, 2], [3, 4, 5], [6, 7, 8]]
    # CHECK: a [1, 2, 3]
    # CHECK: b []
    # CHECK: Bag(items=[0, 99], name=bag1) 3
    # CHECK: [7, 7]
    # CHECK: Bag(items=[0, 1], name=bag2) Bag(items=[0, 1, 5], name=bag2)
    # CHECK: bag2
    # CHECK: [6, 7, 8] [[9], [3, 4, 5]]
    # CHECK: {x, y}
