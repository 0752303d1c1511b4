# Reading an element, calling a method on it or changing it in place copies nothing: `xs[i]`
# is the element itself. Only `.copy()` copies.
struct Tracked(Copyable):
    var n: Int

    def __init__(out self, n: Int):
        self.n = n

    def __init__(out self, *, copy: Self):
        self.n = copy.n
        print("copy", copy.n)

    def get(self) -> Int:
        return self.n

    def bump(mut self):
        self.n += 100


def main():
    var xs = List[Tracked]()
    xs.append(Tracked(1))
    xs.append(Tracked(2))
    print(xs[0].n + xs[1].get())
    xs[1].bump()
    xs[0].n += 10
    print(xs[0].n, xs[1].n)
    var grid = List[List[Tracked]]()
    grid.append(xs^)
    print(grid[0][1].n, len(grid[0]))
    grid[0][0].bump()
    grid[0].append(Tracked(3))
    print(grid[0][0].n, len(grid[0]))
    var c = grid[0][1].copy()
    print(c.n)

# The expected output, checked against Mojo 1.2:
# CHECK: 3
# CHECK: 11 102
# CHECK: 102 2
# CHECK: 111 3
# CHECK: copy 102
# CHECK: 102
