# The receiver of a `mut` method is evaluated once: `g[idx(n)].append(5)` appends to the element
# it indexed, and `opt.value().append(x)` to the Optional's value.
def idx(mut n: Int) -> Int:
    n += 1
    print("idx", n)
    return n % 2

@fieldwise_init
struct Box(Copyable):
    var items: List[Int]

def main():
    var n = 0
    var g: List[List[Int]] = [[], []]
    g[idx(n)].append(5)
    var bs: List[Box] = [Box([]), Box([])]
    bs[idx(n)].items.append(7)
    print(n, g, bs[0].items, bs[1].items)
    var l = Optional[List[Int]](List[Int]())
    l.value().append(7)
    print(l.value())

# The expected output, checked against Mojo 1.2:
# CHECK: idx 1
# CHECK: idx 2
# CHECK: 2 [[], [5]] [7] []
# CHECK: [7]
