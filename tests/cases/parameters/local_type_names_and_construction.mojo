# `comptime L = List[Int]` inside a function names a type for the rest of it, and a type
# parameter or such a name constructs its type: `T()`, `L()`, `F(1.5)`.
def make[T: Defaultable & Copyable]() -> T:
    return T()


def conv[T: Intable](x: T) -> Int:
    return Int(x)


@fieldwise_init
struct P(Copyable, Defaultable, Writable):
    var x: Int

    def __init__(out self):
        self.x = 7


def main():
    comptime L = List[Int]
    comptime F = Float32
    var xs = L()
    xs.append(3)
    var f: F = 1.5
    print(len(xs), f, F(2.25) * 2)
    print(make[Int](), make[String]() == "", make[P]().x, conv(Float32(2.5)))

# The expected output, checked against Mojo 1.2:
# CHECK: 1 1.5 4.5
# CHECK: 0 True 7 2
