# A trait's `comptime NAME: Type` must be defined by every struct that declares the trait; a
# `comptime` without a value is only allowed in a trait (as in Mojo 1.2).
trait Dimensioned:
    comptime dims: Int

    def f(self) -> Int: ...


struct A(Dimensioned):  # error[E0316]: 'A' does not define 'comptime dims' required by its traits
    def __init__(out self):
        pass

    def f(self) -> Int:
        return 1


comptime N: Int  # error[E0110]: only traits may contain a comptime member without an initializer


def main():
    print(A().f())
