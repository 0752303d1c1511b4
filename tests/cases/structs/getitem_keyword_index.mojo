# Keyword arguments in a subscript go to `__getitem__` by name (`g[3, axis=0]`).
struct Grid:
    var w: Int
    def __init__(out self):
        self.w = 10
    def __getitem__(self, i: Int, *, axis: Int) -> Int:
        return i * self.w if axis == 0 else i

def main():
    var g = Grid()
    print(g[3, axis=0], g[3, axis=1])

# The expected output, checked against Mojo 1.2:
# CHECK: 30 3
