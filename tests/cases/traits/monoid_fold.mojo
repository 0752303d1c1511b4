# Traits with static methods and Self-typed arguments (a monoid folded generically), and a trait
# refinement whose default method calls the refining trait's required one.
trait Monoid(Copyable, Deinitable):
    @staticmethod
    def identity() -> Self: ...

    def combine(self, other: Self) -> Self: ...


@fieldwise_init
struct Sum(Monoid, Writable):
    var v: Int

    @staticmethod
    def identity() -> Self:
        return Self(0)

    def combine(self, other: Self) -> Self:
        return Self(self.v + other.v)

    def write_to(self, mut w: Some[Writer]):
        w.write("Sum(", self.v, ")")


@fieldwise_init
struct Concat(Monoid, Writable):
    var s: String

    @staticmethod
    def identity() -> Self:
        return Self("")

    def combine(self, other: Self) -> Self:
        return Self(self.s + other.s)

    def write_to(self, mut w: Some[Writer]):
        w.write("Concat(", self.s, ")")


def fold[M: Monoid](xs: List[M]) -> M:
    var acc = M.identity()
    for x in xs:
        acc = acc.combine(x)
    return acc^


trait Describable:
    def describe(self) -> String: ...


trait Named(Describable):
    def name(self) -> String: ...

    def describe(self) -> String:
        return "I am " + self.name()


@fieldwise_init
struct Cat(Named, Copyable):
    def name(self) -> String:
        return "cat"


def show(x: Some[Describable]):
    print(x.describe())


def main():
    var sums: List[Sum] = [Sum(1), Sum(2), Sum(3)]
    print(fold(sums))
    var cs: List[Concat] = [Concat("a"), Concat("b")]
    print(fold(cs))
    show(Cat())

# The expected output, checked against Mojo 1.2:
# CHECK: Sum(6)
# CHECK: Concat(ab)
# CHECK: I am cat
