@fieldwise_init
struct CountIter(Copyable):
    var i: Int
    var n: Int

    def __has_next__(self) -> Bool:
        return self.i < self.n

    def __next__(mut self) -> Int:
        self.i += 1
        return self.i - 1


@fieldwise_init
struct Count(Copyable):
    var n: Int

    def __iter__(self) -> CountIter:
        return CountIter(0, self.n)


def main():
    for x in Count(3):
        print(x)
    # CHECK: 0
    # CHECK: 1
    # CHECK: 2
