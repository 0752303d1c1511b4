# `Pointer(to=x)` (and the older `UnsafePointer(to=x)`): a pointer to a variable or to a field of
# one. Writes through it change the variable, and the variable sees them at once.
@fieldwise_init
struct Point(Copyable, Writable):
    var x: Int
    var y: Int


def total(p: Pointer[Int, _], n: Int) -> Int:
    var s = 0
    for i in range(n):
        s += p[i]
    return s


@fieldwise_init
struct Inner(Copyable, Writable):
    var a: Int
    var b: Float64

@fieldwise_init
struct Outer(Copyable, Writable):
    var tag: String
    var inner: Inner


def main():
    var x = 1
    var p = Pointer(to=x)
    p[] = 5
    print(x, p[])
    x += 1
    print(p[])
    var pt = Point(1, 2)
    var q = Pointer(to=pt)
    q[].x = 7
    print(pt.x, q[].y)
    var s = String("hi")
    var r = Pointer(to=s)
    r[] += "!"
    print(s, r[])
    var n = 0
    for i in range(3):
        var c = Pointer(to=n)
        c[] += i
        print(n)
    var u = UnsafePointer(to=x)
    u[] = 100
    print(x)
    print(total(UnsafePointer(to=x), 1))
    var o = Outer("t", Inner(1, 2.5))
    var pb = Pointer(to=o.inner.b)
    pb[] = 9.5
    var pa = Pointer(to=o.inner)
    pa[].a = 4
    var ptag = Pointer(to=o.tag)
    ptag[] = "new"
    print(o.tag, o.inner.a, o.inner.b, pb[])

# The expected output, checked against Mojo 1.2:
# CHECK: 5 5
# CHECK: 6
# CHECK: 7 2
# CHECK: hi! hi!
# CHECK: 0
# CHECK: 1
# CHECK: 3
# CHECK: 100
# CHECK: 100
# CHECK: new 4 9.5 9.5
