# A struct with `__call__` is called like a function: `p(x)` (checked with Mojo 1.2).
@fieldwise_init
struct Adder(Copyable):
    var k: Int

    def __call__(self, x: Int) -> Int:
        return x + self.k

    def __call__(self, x: Int, y: Int) -> Int:
        return x + y + self.k

@fieldwise_init
struct Counter(Copyable):
    var n: Int

    def __call__(mut self) -> Int:
        self.n += 1
        return self.n

def use(f: Adder) -> Int:
    return f(1)

def main():
    var a = Adder(10)
    print(a(5), use(a), a(1, 2))
    # CHECK: 15 11 13
    var c = Counter(0)
    _ = c()
    print(c(), c.n)
    # CHECK: 2 2
