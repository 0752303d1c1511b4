# `a += b` on a struct calls its `__iadd__(mut self, ...)` (and `*=` `__imul__`), on variables and
# elements alike; `a + b` still calls `__add__`.
@fieldwise_init
struct Money(ImplicitlyCopyable, Writable):
    var cents: Int

    def __add__(self, other: Self) -> Self:
        print("add")
        return Money(self.cents + other.cents)

    def __iadd__(mut self, other: Self):
        print("iadd")
        self.cents += other.cents

    def __imul__(mut self, k: Int):
        self.cents *= k


@fieldwise_init
struct Only(ImplicitlyCopyable, Writable):
    var n: Int

    def __add__(self, other: Self) -> Self:
        return Only(self.n + other.n)


def main():
    var a = Money(100)
    a += Money(50)
    print(a)
    a *= 3
    print(a.cents)
    var b = a + Money(1)
    print(b.cents)
    var xs: List[Money] = [Money(1)]
    xs[0] += Money(2)
    print(xs[0].cents)

# The expected output, checked against Mojo 1.2:
# CHECK: iadd
# CHECK: Money(cents=150)
# CHECK: 450
# CHECK: add
# CHECK: 451
# CHECK: iadd
# CHECK: 3
