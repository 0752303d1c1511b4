@fieldwise_init
struct Point(Copyable, Writable):
    var x: Int
    var y: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("(", self.x, ", ", self.y, ")")

@fieldwise_init
struct Seg(Copyable, Writable):
    var a: Point
    var b: Point

@fieldwise_init
struct Named(Copyable, Writable):
    var name: String
    var p: Point

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.name, "@", self.p)

def main():
    var p = Point(1, 2)
    print(p)
    # CHECK: (1, 2)
    print(Seg(p.copy(), Point(3, 4)))
    # CHECK: Seg(a=(1, 2), b=(3, 4))
    print(Named("n", Point(5, 6)))
    # CHECK: n@(5, 6)
    var s = String(p)
    print(s + "!")
    # CHECK: (1, 2)!
    var t = String()
    t.write("x=", 3, " y=", Float32(1.5))
    print(t)
    # CHECK: x=3 y=1.5
