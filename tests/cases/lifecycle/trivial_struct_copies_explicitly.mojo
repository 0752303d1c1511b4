# The ways to copy or move a struct that is not ImplicitlyCopyable: `.copy()`, `^`, and a
# struct that declares ImplicitlyCopyable copies silently.
@fieldwise_init
struct V(Copyable):
    var x: Int

@fieldwise_init
struct W(ImplicitlyCopyable):
    var x: Int

def make() -> V:
    var a = V(3)
    return a^

def main():
    var a = V(1)
    var c = a.copy()
    c.x = 2
    var xs = List[V]()
    xs.append(a.copy())
    xs.append(c^)
    var e = xs[1].copy()
    print(a.x, e.x, make().x, len(xs))
    var w = W(5)
    var w2 = w
    w2.x = 6
    print(w.x, w2.x)
# CHECK: 1 2 3 2
# CHECK: 5 6
