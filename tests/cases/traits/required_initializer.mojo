# A trait may require an initializer; a type parameter bound by it is constructed with `S(n)`, `T()` and `Self.T()`.
trait Shape(Deinitable):
    def __init__(out self, size: Int): ...
    def area(self) -> Int: ...
    @staticmethod
    def unit() -> Self: ...


struct Sq(Shape, Copyable, Writable):
    var s: Int
    def __init__(out self, size: Int):
        self.s = size
    def area(self) -> Int:
        return self.s * self.s
    @staticmethod
    def unit() -> Self:
        return Sq(1)

struct Box[T: Copyable & Defaultable & Deinitable]:
    var v: Self.T
    def __init__(out self):
        self.v = Self.T()

def make[T: Defaultable & Movable]() -> T:
    return T()

def build[S: Shape](n: Int) -> Int:
    var x = S(n)
    var u = S.unit()
    return x.area() + u.area()

def main():
    var b = Box[Int]()
    print(b.v)
    var s = make[String]()
    print(s.byte_length())
    print(build[Sq](3))
# CHECK: 0
# CHECK: 0
# CHECK: 10
