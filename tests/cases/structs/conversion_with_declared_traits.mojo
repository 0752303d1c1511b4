# With `Intable` and `Floatable` declared, `Int(x)` and `Float64(x)` call `__int__` and
# `__float__`.
@fieldwise_init
struct F(Copyable, Floatable, Intable):
    var x: Int

    def __int__(self) -> Int:
        return self.x

    def __float__(self) -> Float64:
        return Float64(self.x) + 0.5


def main():
    print(Int(F(2)), Float64(F(2)))
# CHECK: 2 2.5
