# `Int(x)` and `Float64(x)` of a struct need it to declare `Intable` / `Floatable`: having
# `__int__` / `__float__` is not enough (Mojo 1.2: "no matching function in initialization").
@fieldwise_init
struct F(Copyable):
    var x: Int

    def __int__(self) -> Int:
        return self.x

    def __float__(self) -> Float64:
        return Float64(self.x)


def main():
    print(Int(F(2)))  # error[E0301]: 'F' does not conform to trait 'Intable'
    print(Float64(F(2)))  # error[E0301]: 'F' does not conform to trait 'Floatable'
