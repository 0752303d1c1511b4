# A call whose compile-time parameters violate the function's `where` constraint is rejected at
# the call (Mojo 1.2 reports each of these too).
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
    print(scaled[0](2))  # error[E0404]: invalid call to 'scaled': violated constraint
    var xs: List[Int] = [10, 20, 30]
    print(pick[Int, 3](xs))  # error[E0404]: invalid call to 'pick': violated constraint
    print(Grid(5).cell[5]())  # error[E0404]: invalid call to 'Grid.cell': violated constraint
