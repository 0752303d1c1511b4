# Copying a trivial struct out of a field with `.copy()`, or an ImplicitlyCopyable one implicitly.
@fieldwise_init
struct Inner(Copyable):
    var v: Int

@fieldwise_init
struct Point(ImplicitlyCopyable):
    var x: Int

@fieldwise_init
struct Outer(Copyable):
    var inner: Inner
    var p: Point

    def get(self) -> Inner:
        return self.inner.copy()

def main():
    var a = Outer(Inner(1), Point(7))
    var d = a.inner.copy()
    d.v = 5
    var q = a.p
    q.x += 1
    var xs = List[Point]()
    xs.append(a.p)
    print(a.inner.v, d.v, a.get().v, q.x, a.p.x, xs[0].x)
    # CHECK: 1 5 1 8 7 7
