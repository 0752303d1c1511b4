# `materialize[X]()` copies a compile-time struct or list value to run time; a field of one reads
# without a copy, and an ImplicitlyCopyable struct's constant copies implicitly (Mojo 1.2).
@fieldwise_init
struct Color(Copyable, Writable):
    var r: Int
    comptime RED = Color(255)

    def hexs(self) -> String:
        return String(self.r)

@fieldwise_init
struct P(ImplicitlyCopyable, Writable):
    var x: Int

comptime BLUE = Color(3)
comptime ORIGIN = P(0)

def squares(n: Int) -> List[Int]:
    var out = List[Int]()
    for i in range(n):
        out.append(i * i)
    return out^

comptime SQ = squares(4)

def main():
    print(BLUE.r, Color.RED.r, ORIGIN, ORIGIN.x)
    # CHECK: 3 255 P(x=0) 0
    var c = materialize[Color.RED]()
    print(c.hexs(), materialize[BLUE]().hexs())
    # CHECK: 255 3
    var xs = materialize[SQ]()
    xs.append(16)
    print(len(xs), xs[4], len(materialize[SQ]()))
    # CHECK: 5 16 4
