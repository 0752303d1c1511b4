# Mojo 1.2's `Hasher.update` takes bytes, not an `Int` (feed it with `self.x.__hash__(hasher)`).
from std.hash import Hasher


@fieldwise_init
struct P(Copyable, Equatable, Hashable):
    var x: Int

    def __hash__[H: Hasher](self, mut hasher: H):
        hasher.update(self.x)  # error[E0302]: no matching function in call to '_DefaultHasher.update'

    def __eq__(self, o: Self) -> Bool:
        return self.x == o.x


def main():
    print(hash(P(1)) == hash(P(1)))
