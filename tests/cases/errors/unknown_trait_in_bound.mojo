# A type parameter's bound must name traits in scope; `Hasher` must be imported from `std.hash`
# first (Mojo 1.2: "use of unknown declaration").
def f[T: Nonexistent](x: T) -> Int:  # error[E0201]: use of unknown declaration 'Nonexistent'
    return 1


@fieldwise_init
struct K(Copyable):
    var v: Int

    def g[H: Bogus](self, h: H) -> Int:  # error[E0201]: use of unknown declaration 'Bogus'
        return 2

    def __hash__[H: Hasher](self, mut hasher: H):  # error[E0201]: use of unknown declaration 'Hasher'
        self.v.__hash__(hasher)


def main():
    print(f(1), K(1).g(3))
