# Values wider than the return registers (several fields, plus an error slot) cross calls intact.
@fieldwise_init
struct Quad(Copyable, Writable):
    var a: Int
    var b: Float64
    var c: String
    var d: Int

    def bumped(mut self) -> Int:
        self.a += 1
        self.d += 10
        return self.a + self.d


def make(n: Int) raises -> Quad:
    if n < 0:
        raise Error("negative")
    return Quad(n, Float64(n) / 2.0, String(n), n * n)


def triple(x: Int) -> Tuple[Int, Int, Int]:
    return (x, x + 1, x + 2)


def main() raises:
    var q = make(3)
    print(q)
    # CHECK: Quad(a=3, b=1.5, c=3, d=9)
    print(q.bumped(), q)
    # CHECK: 23 Quad(a=4, b=1.5, c=3, d=19)
    var t = triple(7)
    print(t[0], t[1], t[2])
    # CHECK: 7 8 9
    try:
        _ = make(-1)
    except e:
        print("caught", e)
    # CHECK: caught negative
