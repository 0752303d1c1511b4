# Multi-index __getitem__/__setitem__ with augmented assignment, writing into a String, join,
# and unpacking a tuple value (with len of a tuple).
struct Grid(Writable):
    var w: Int
    var h: Int
    var data: List[Float64]

    def __init__(out self, w: Int, h: Int):
        self.w = w
        self.h = h
        self.data = List[Float64](length=w * h, fill=0.0)

    def __getitem__(self, x: Int, y: Int) -> Float64:
        return self.data[y * self.w + x]

    def __setitem__(mut self, x: Int, y: Int, v: Float64):
        self.data[y * self.w + x] = v

    def write_to(self, mut w: Some[Writer]):
        for y in range(self.h):
            for x in range(self.w):
                w.write(" " if x > 0 else "", self[x, y])
            w.write("\n")

def main():
    var g = Grid(3, 2)
    g[1, 1] = 5.0
    g[1, 1] += 1.5
    g[0, 0] -= 2
    print(g, end="")
    var s = String()
    s.write("a", 1, True)
    print(s)
    var parts = List[String]()
    for i in range(3):
        parts.append(String(i))
    print("-".join(parts))
    var t = (1, 2.5, "z")
    var a, b, c = t
    print(a, b, c, len(t))

# The expected output, checked against Mojo 1.2:
# CHECK: -2.0 0.0 0.0
# CHECK: 0.0 6.5 0.0
# CHECK: a1True
# CHECK: 0-1-2
# CHECK: 1 2.5 z 3
