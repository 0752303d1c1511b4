# A decorator that does not exist is an unknown name (as in Mojo 1.2). Known ones that change
# nothing here are accepted, including the legacy `@register_passable` (removed in Mojo 1.2).
@bogus  # error[E0201]: use of unknown declaration 'bogus'
def f() -> Int:
    return 1


@always_inline
def g() -> Int:
    return 2


@register_passable("trivial")
struct P:
    var x: Int

    @staticmethod
    @nonsense  # error[E0201]: use of unknown declaration 'nonsense'
    def make() -> Int:
        return 3


def main():
    print(f(), g())
