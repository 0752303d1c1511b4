# The older spellings of a custom print: `fn write_to[W: Writer](self, inout writer: W)`.
struct Money(Writable):
    var cents: Int

    fn __init__(inout self, cents: Int):
        self.cents = cents

    fn write_to[W: Writer](self, inout writer: W):
        writer.write("$", self.cents // 100, ".", self.cents % 100 // 10, self.cents % 10)


fn main():
    var m = Money(1234)
    print(m)
    # CHECK: $12.34
    print(String(m), Money(5))
    # CHECK: $12.34 $0.05
