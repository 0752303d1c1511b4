# A `Hasher`'s `update` takes bytes (`s.as_bytes()`); values go through their own `__hash__`
# (checked with `mojo run` 1.2.0).
from std.hash import Hasher


@fieldwise_init
struct P(Copyable, Equatable, Hashable):
    var x: Int
    var s: String

    def __hash__[H: Hasher](self, mut hasher: H):
        hasher.update(self.s.as_bytes())
        self.x.__hash__(hasher)

    def __eq__(self, o: Self) -> Bool:
        return self.x == o.x and self.s == o.s


def main() raises:
    print(hash(P(1, "a")) == hash(P(1, "a")), hash(P(1, "a")) == hash(P(1, "b")))
    var d = Dict[P, Int]()
    d[P(1, "a")] = 5
    d[P(1, "b")] = 6
    print(d[P(1, "a")], d[P(1, "b")], len(d))
# CHECK: True False
# CHECK: 5 6 2
