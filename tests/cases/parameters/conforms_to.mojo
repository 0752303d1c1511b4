# `conforms_to(T, Trait)` is a compile-time Bool: in `where` constraints and `comptime` values.
trait Shape:
    def area(self) -> Float64:
        ...


@fieldwise_init
struct Square(Copyable, Shape):
    var side: Float64

    def area(self) -> Float64:
        return self.side * self.side


@fieldwise_init
struct Label(Copyable):
    var text: String


def describe[T: Copyable](x: T) -> String where conforms_to(T, Shape):
    return "a shape"


def main():
    print(describe(Square(2.0)))
    comptime a = conforms_to(Square, Shape)
    comptime b = conforms_to(Label, Shape)
    print(a, b)

# The expected output, checked against Mojo 1.2:
# CHECK: a shape
# CHECK: True False
