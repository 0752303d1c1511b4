struct Chain[n: Int](Copyable):  # error[E0401]: instantiated more than 1000 times
    var v: Int

    def __init__(out self):
        self.v = Self.n

    def next(self) -> Chain[Self.n + 1]:
        return Chain[Self.n + 1]()


def main():
    print(Chain[0]().v)
