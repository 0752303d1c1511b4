# Mojo 1.2's iterator protocol: `__next__(mut self) raises StopIteration -> T`, no
# `__has_next__`; a `for` loop ends when `__next__` raises `StopIteration`.
@fieldwise_init
struct RangeIter(Copyable, Iterator):
    comptime Element = Int
    var cur: Int
    var end: Int
    var step: Int

    def __next__(mut self) raises StopIteration -> Int:
        if self.cur >= self.end:
            raise StopIteration()
        var v = self.cur
        self.cur += self.step
        return v


@fieldwise_init
struct Evens(Copyable):
    var limit: Int

    def __iter__(self) -> RangeIter:
        return RangeIter(0, self.limit, 2)


@fieldwise_init
struct Words(Copyable, Iterator):
    comptime Element = String
    var parts: List[String]
    var i: Int

    def __iter__(self) -> Self:
        return self.copy()

    def __next__(mut self) raises StopIteration -> String:
        if self.i >= len(self.parts):
            raise StopIteration()
        self.i += 1
        return self.parts[self.i - 1]


def main() raises:
    for x in Evens(7):
        print(x, end=" ")
    print()
    var total = 0
    for x in Evens(5):
        total += x
    print(total)
    var ws = Words(["a", "b", "c"], 0)
    for w in ws:
        print(w, end="")
    print()
    for w in Words(["x", "y"], 0):
        if w == "y":
            break
        print(w)
    else:
        print("no break")
    var it = RangeIter(0, 1, 1)
    print(it.__next__())
    try:
        _ = it.__next__()
    except e:
        print("done:", e)

# The expected output, checked against Mojo 1.2:
# CHECK: 0 2 4 6 
# CHECK: 6
# CHECK: abc
# CHECK: x
# CHECK: 0
# CHECK: done: StopIteration
