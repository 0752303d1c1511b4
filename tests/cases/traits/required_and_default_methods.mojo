trait Shape:
    def area(self) -> Float64:
        ...

    def describe(self) -> String:
        return "a shape of area " + String(self.area())


trait Named(Shape):
    def name(self) -> String:
        ...


@fieldwise_init
struct Square(Copyable, Named, Writable):
    var side: Float64

    def area(self) -> Float64:
        return self.side * self.side

    def name(self) -> String:
        return "square"


@fieldwise_init
struct Circle(Copyable, Shape, Writable):
    var r: Float64

    def area(self) -> Float64:
        return 3.0 * self.r * self.r

    def describe(self) -> String:
        return "a circle"


def main():
    var s = Square(2.0)
    print(s.name(), s.describe())
    # CHECK: square a shape of area 4.0
    print(Circle(1.0).describe())
    # CHECK: a circle
