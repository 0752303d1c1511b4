# A `where conforms_to(T, Trait)` constraint rejects a type that does not conform (as Mojo 1.2).
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
    print(describe(Label("x")))  # error[E0404]: invalid call to 'describe': violated constraint
    comptime a = conforms_to(Square, Shape)
    comptime b = conforms_to(Label, Shape)
    print(a, b)
