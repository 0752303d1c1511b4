trait Shape:
    def area(self) -> Float64:
        ...

    def name(self) -> String:
        return "shape"

@fieldwise_init
struct Square(Shape):
    var side: Float64

    def area(self) -> Float64:
        return self.side * self.side

@fieldwise_init
struct Circle(Shape):
    var r: Float64

    def area(self) -> Float64:
        return 3.0 * self.r * self.r

    def name(self) -> String:
        return "circle"

def describe(s: Some[Shape]) -> String:
    return s.name() + " of area " + String(s.area())

def total[T: Shape](a: T, b: T) -> Float64:
    return a.area() + b.area()

def main():
    print(describe(Square(2)))
    print(describe(Circle(1)))
    print(total(Square(1), Square(3)))
    # CHECK: shape of area 4.0
    # CHECK: circle of area 3.0
    # CHECK: 10.0
