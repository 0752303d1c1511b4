# A struct iterator that owns a List: the loop's iterator lives (and is destroyed) with the loop.
# (The interpreter used to report a use after free: the iterator's list was freed at once.)
@fieldwise_init
struct It(Copyable, Movable):
    var xs: List[Int]
    var i: Int

    def __iter__(var self) -> Self:
        return self^

    def __has_next__(self) -> Bool:
        return self.i < len(self.xs)

    def __next__(mut self) -> Int:
        self.i += 1
        return self.xs[self.i - 1]

def main():
    var xs: List[Int] = [1, 2, 3]
    for v in It(xs.copy(), 0):
        print(v)

# The expected output, checked against Mojo 1.2:
# CHECK: 1
# CHECK: 2
# CHECK: 3
