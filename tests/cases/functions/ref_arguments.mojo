# `ref` arguments (and `ref self`) borrow the caller's value; the body reads it.
struct Grid(Copyable):
    var data: List[Int]
    var w: Int

    def __init__(out self, w: Int):
        self.data = List[Int](length=w * w, fill=0)
        self.w = w

    def total(ref self) -> Int:
        var s = 0
        for v in self.data:
            s += v
        return s

def show(ref x: List[Int]) -> Int:
    return len(x)

def peek(ref g: Grid, i: Int) -> Int:
    return g.data[i]

def main():
    var l: List[Int] = [1, 2]
    print(show(l))
    var g = Grid(2)
    g.data[1] = 5
    print(g.total(), peek(g, 1))

# The expected output, checked against Mojo 1.2:
# CHECK: 2
# CHECK: 5 5
