# `Self.T.unit()`: a static method of a struct's type parameter.
trait Unit(Copyable, Deinitable):
    @staticmethod
    def unit() -> Self: ...
    def show(self) -> String: ...

@fieldwise_init
struct Meter(Unit):
    var v: Int
    @staticmethod
    def unit() -> Self:
        return Meter(1)
    def show(self) -> String:
        return String(self.v) + "m"

struct Holder[T: Unit]:
    var items: List[Self.T]
    def __init__(out self, n: Int):
        self.items = List[Self.T]()
        for _ in range(n):
            self.items.append(Self.T.unit())
    def first(self) -> Self.T:
        return self.items[0].copy()

def main():
    var h = Holder[Meter](3)
    print(len(h.items), h.first().show())
# CHECK: 3 1m
