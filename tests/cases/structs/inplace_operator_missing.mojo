# An in-place operator on a struct needs its in-place dunder: `__add__` alone is not enough
# (as in Mojo 1.2).
@fieldwise_init
struct Only(ImplicitlyCopyable, Writable):
    var n: Int

    def __add__(self, other: Self) -> Self:
        return Only(self.n + other.n)


def main():
    var o = Only(1)
    o += Only(2)  # error[E0305]: 'Only' does not implement the '__iadd__' method
    print(o.n)
