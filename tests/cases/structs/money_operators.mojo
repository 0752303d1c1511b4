# Operator methods: @implicit conversion from Float64, __add__/__mul__ and the reflected __rmul__
# (`2 * m`), __iadd__, __neg__, __eq__, __bool__ in a condition.
@fieldwise_init
struct Money(Copyable, Writable):
    var cents: Int

    @implicit
    def __init__(out self, dollars: Float64):
        self.cents = Int(dollars * 100)

    def __add__(self, other: Self) -> Self:
        return Self(self.cents + other.cents)

    def __mul__(self, k: Int) -> Self:
        return Self(self.cents * k)

    def __rmul__(self, k: Int) -> Self:
        return Self(self.cents * k)

    def __iadd__(mut self, other: Self):
        self.cents += other.cents

    def __neg__(self) -> Self:
        return Self(-self.cents)

    def __eq__(self, other: Self) -> Bool:
        return self.cents == other.cents

    def __bool__(self) -> Bool:
        return self.cents != 0

    def write_to(self, mut w: Some[Writer]):
        var c = self.cents if self.cents >= 0 else -self.cents
        w.write("-" if self.cents < 0 else "", "$", c // 100, ".", "0" if c % 100 < 10 else "", c % 100)


def total(a: Money, b: Money) -> Money:
    return a + b


def main():
    var m = Money(150)
    var n: Money = 2.5
    print(m, n, m + n, m * 3, 2 * m, -m)
    m += n
    print(m, m == Money(400), total(1.25, Money(5)))
    if Money(0):
        print("nonzero")
    else:
        print("zero")

# The expected output, checked against Mojo 1.2:
# CHECK: $1.50 $2.50 $4.00 $4.50 $3.00 -$1.50
# CHECK: $4.00 True $1.30
# CHECK: zero
