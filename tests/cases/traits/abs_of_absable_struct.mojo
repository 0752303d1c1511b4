# `abs(x)` of a struct that is `Absable` calls its `__abs__` (checked with Mojo 1.2).
@fieldwise_init
struct M(ImplicitlyCopyable, Absable, Writable):
    var v: Int

    def __abs__(self) -> Self:
        return M(-self.v if self.v < 0 else self.v)

def main():
    print(abs(M(-3)), abs(M(4)).v, abs(-3), abs(-2.5))
    # CHECK: M(v=3) 4 3 2.5
