struct Counter(Copyable, Writable):
    var n: Int

    def __init__(out self, start: Int):
        self.n = start

    def bump(mut self, by: Int = 1):
        self.n += by

    def get(self) -> Int:
        return self.n

    def bump_and_get(mut self) -> Int:
        self.n += 10
        return self.n


def main():
    var c = Counter(5)
    c.bump()
    c.bump(by=3)
    print(c.get(), c.n)
    # CHECK: 9 9
    print(c.bump_and_get(), c.n)
    # CHECK: 19 19
