@fieldwise_init
struct Point(Copyable, Writable):
    var x: Int
    var y: Int

    def write_to[W: Writer](self, mut writer: W):
        writer.write("P(", self.x, ";", self.y, ")")

    def scaled[k: Int](self) -> Self:
        return Self(self.x * k, self.y * k)

    def plus[T: Intable](self, d: T) -> Int:
        return self.x + Int(d)

    def show[T: Writable](self, label: T):
        print(label, self)

def main():
    var p = Point(1, 2)
    print(p)
    print(p.scaled[3]())
    print(String(p) + "!")
    p.show("point:")
    p.show(42)
    # CHECK: P(1;2)
    # CHECK: P(3;6)
    # CHECK: P(1;2)!
    # CHECK: point: P(1;2)
    # CHECK: 42 P(1;2)
