# A method that a trait requires must have the trait's argument and result types (with `Self`
# the struct): Mojo 1.2 reports the struct as not implementing the trait.
trait Shape:
    def area(self) -> Float64: ...
    def scale(self, k: Float64) -> Self: ...

@fieldwise_init
struct Sq(Copyable, Shape):  # error[E0316]: 'Sq' does not implement all requirements for 'Shape'
    var s: Float64

    def area(self) -> Int:
        return Int(self.s * self.s)

    def scale(self, k: Float64) -> Self:
        return Sq(self.s * k)

@fieldwise_init
struct Circle(Copyable, Shape):  # error[E0316]: 'Circle' does not implement all requirements for 'Shape'
    var r: Float64

    def area(self) -> Float64:
        return 3.0 * self.r * self.r

    def scale(self) -> Self:
        return Circle(self.r * 2.0)

def main():
    print(Sq(2.0).area(), Circle(1.0).area())
