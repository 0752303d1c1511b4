# A `__getitem__` returning a reference to an element of a collection field (`-> ref [...] T`,
# `return self.cells[i]`) can be assigned through, changed in place, and have methods called on
# its result, without a `__setitem__`.
struct Grid(Movable):
    var cells: List[String]
    var w: Int

    def __init__(out self, w: Int, h: Int):
        self.w = w
        self.cells = List[String](length=w * h, fill=".")

    def __getitem__(ref self, x: Int, y: Int) -> ref[self.cells[0]] String:
        return self.cells[y * self.w + x]

struct Rows(Movable):
    var rows: List[List[Int]]

    def __init__(out self):
        self.rows = [[1], [2, 3]]

    def __getitem__(ref self, i: Int) -> ref[self.rows[0]] List[Int]:
        return self.rows[i]

def main():
    var g = Grid(3, 2)
    g[1, 0] = "#"
    g[2, 1] += "!"
    print(g[1, 0])
    print(g[2, 1])
    print(g[0, 0])
    print(len(g.cells))
    var r = Rows()
    r[1].append(4)
    print(len(r[1]), r[1][2], r.rows[0][0])

# The expected output, checked against Mojo 1.2:
# CHECK: #
# CHECK: .!
# CHECK: .
# CHECK: 6
# CHECK: 3 4 1
