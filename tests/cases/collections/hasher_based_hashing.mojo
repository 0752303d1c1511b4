# Mojo 1.2's Hashable: `__hash__[H: Hasher](self, mut hasher: H)` feeds the fields to the hasher;
# such structs are Dict keys and `hash()` arguments.
from std.hash import Hasher


@fieldwise_init
struct P(Hashable, Equatable, Copyable, ImplicitlyCopyable):
    var x: Int
    var y: Int

    def __eq__(self, o: Self) -> Bool:
        return self.x == o.x and self.y == o.y

    def __hash__[H: Hasher](self, mut hasher: H):
        self.x.__hash__(hasher)
        self.y.__hash__(hasher)


@fieldwise_init
struct Named(Hashable, Equatable, Copyable):
    var name: String
    var at: P

    def __eq__(self, o: Self) -> Bool:
        return self.name == o.name and self.at == o.at

    def __hash__[H: Hasher](self, mut hasher: H):
        self.name.__hash__(hasher)
        self.at.__hash__(hasher)


def main() raises:
    var d = Dict[P, Int]()
    d[P(1, 2)] = 5
    d[P(2, 1)] = 6
    print(d[P(1, 2)], P(2, 1) in d, P(3, 3) in d, len(d), hash(P(1, 2)) == hash(P(1, 2)))
    var e = Dict[Named, Int]()
    e[Named("a", P(0, 0))] = 1
    e[Named("b", P(0, 0))] = 2
    print(e[Named("b", P(0, 0))], Named("a", P(0, 1)) in e, hash(P(1, 2)) != hash(P(2, 1)))

# The expected output, checked against Mojo 1.2:
# CHECK: 5 True False 2 True
# CHECK: 2 False True
