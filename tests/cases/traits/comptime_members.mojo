# Compile-time members of structs (`comptime sides = 4`, `comptime Element = Int`), required by
# traits (`comptime sides: Int`), reached as `Square.sides`, `Self.sides`, `T.sides` and
# `T.Element`; static methods through a type parameter (`T.unit()`).
trait Shape:
    comptime sides: Int
    comptime name: String

    def area(self) -> Float64: ...

    @staticmethod
    def unit() -> Self: ...


@fieldwise_init
struct Square(Copyable, Shape):
    comptime sides = 4
    comptime name = "square"
    var s: Float64

    def area(self) -> Float64:
        return self.s * self.s

    @staticmethod
    def unit() -> Self:
        return Self(1.0)

    def describe(self) -> String:
        return Self.name + " with " + String(Self.sides) + " sides"


@fieldwise_init
struct Tri(Copyable, Shape):
    comptime sides = 3
    comptime name = "triangle"
    var b: Float64
    var h: Float64

    def area(self) -> Float64:
        return self.b * self.h / 2

    @staticmethod
    def unit() -> Self:
        return Self(1.0, 2.0)


struct Grid[T: Copyable & Writable & Deinitable, n: Int]:
    comptime Element = Self.T
    comptime cells = Self.n * Self.n

    @staticmethod
    def first(x: Self.Element) -> Self.Element:
        return x.copy()


comptime G = Grid[String, 3]


def total_sides[T: Shape](xs: List[T]) -> Int:
    return len(xs) * T.sides


def unit_area[T: Shape & Deinitable]() -> Float64:
    return T.unit().area()


def main():
    var sq: List[Square] = [Square(2.0), Square(3.0)]
    print(total_sides(sq), Square.sides, Tri.name, Square(2.0).describe())
    print(unit_area[Square](), unit_area[Tri](), Tri.unit().area())
    print(G.cells, G.first("x"), Grid[Int, 2].cells)

# The expected output, checked against Mojo 1.2:
# CHECK: 8 4 triangle square with 4 sides
# CHECK: 1.0 1.0 1.0
# CHECK: 9 x 4
