# A `KeyElement` struct is `Equatable` and `Hashable`: it gets `!=` from `__eq__`, and `__eq__`
# and `__hash__` from its fields when it leaves them out (checked with `mojo run` 1.2.0).
from std.hash import Hasher


@fieldwise_init
struct Pt(Copyable, KeyElement):
    var x: Int
    var name: String


@fieldwise_init
struct K(KeyElement):
    var v: Int

    def __eq__(self, o: Self) -> Bool:
        return self.v == o.v

    def __hash__[H: Hasher](self, mut hasher: H):
        self.v.__hash__(hasher)


def main():
    var d = Dict[Pt, Int]()
    d[Pt(1, "a")] = 5
    d[Pt(1, "a")] = 6
    print(len(d), Pt(1, "a") in d, Pt(1, "a") != Pt(2, "a"))
    print(K(1) != K(2), K(1) != K(1))
    var e = Dict[K, String]()
    e[K(3)] = "x"
    print(K(3) in e, len(e))
# CHECK: 1 True True
# CHECK: True False
# CHECK: True 1
