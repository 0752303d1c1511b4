# `Crate[3].make()`: a static method of a struct template's instance.
@fieldwise_init
struct Crate[n: Int](Copyable, Movable):
    var x: Int

    @staticmethod
    def make() -> Self:
        return Self(Self.n * 10)

def main():
    var b = Crate[3].make()
    print(b.x)
    var c = Crate[3](4)
    print(c.x)

# The expected output, checked against Mojo 1.2:
# CHECK: 30
# CHECK: 4
