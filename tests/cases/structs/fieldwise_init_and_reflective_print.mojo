@fieldwise_init
struct Point(Copyable, Writable):
    var x: Int
    var y: Float64
    var label: String


def main():
    var p = Point(1, 2.5, "origin")
    print(p)
    # CHECK: Point(x=1, y=2.5, label=origin)
    print(p.x, p.y, p.label)
    # CHECK: 1 2.5 origin
