@fieldwise_init
struct Inner(Copyable, Writable):
    var x: Int


@fieldwise_init
struct Outer(Copyable, Writable):
    var inner: Inner
    var tag: String


def main():
    var o = Outer(Inner(1), "t")
    o.inner.x = 5
    o.inner.x += 2
    o.tag += "!"
    print(o)
    # CHECK: Outer(inner=Inner(x=7), tag=t!)
