# A compile-time value of a struct that is not ImplicitlyCopyable is copied to run time only
# explicitly, with `materialize[X]()` (Mojo 1.2's rule); reading a field of it is fine.
@fieldwise_init
struct Color(Copyable, Writable):
    var r: Int
    comptime RED = Color(255)

    def hexs(self) -> String:
        return String(self.r)

comptime BLUE = Color(3)

def squares(n: Int) -> List[Int]:
    var out = List[Int]()
    for i in range(n):
        out.append(i * i)
    return out^

comptime SQ = squares(4)

def main():
    print(BLUE.r, Color.RED.r)
    print(Color.RED.hexs())  # error[E0317]: cannot materialize comptime value of type 'Color'
    print(BLUE)  # error[E0317]: cannot materialize comptime value of type 'Color'
    var c = materialize[Color.RED]()
    print(c.r)
    print(len(SQ))  # error[E0317]: cannot materialize comptime value of type 'List[Int]'
    for x in SQ:  # error[E0317]: not 'ImplicitlyCopyable'
        print(x)
    var xs = materialize[SQ]()
    print(len(xs))
