# A `where` constraint on a function's or method's compile-time parameters is checked for each
# instance; instances that meet it work as usual.
def scaled[n: Int](x: Int) -> Int where n > 0:
    return x * n

def pick[T: Copyable, k: Int](xs: List[T]) -> T where k >= 0 and k < 3:
    return xs[k].copy()

struct Grid:
    var w: Int

    def __init__(out self, w: Int):
        self.w = w

    def cell[i: Int](self) -> Int where i < 4:
        return self.w * i

def main():
    print(scaled[3](2), scaled[1](7))
    var xs: List[Int] = [10, 20, 30]
    print(pick[Int, 2](xs))
    print(Grid(5).cell[3]())

# The expected output, checked against Mojo 1.2:
# CHECK: 6 7
# CHECK: 30
# CHECK: 15
