# A constructor may take a `mut` argument besides `out self`: the caller's variable gets the
# final value back (checked with Mojo 1.2; this was an internal compiler error).
struct W:
    var x: Int

    def __init__(out self, mut c: Int):
        self.x = c
        c += 1

struct Named:
    var name: String

    def __init__(out self, mut counter: Int, prefix: String):
        counter += 1
        self.name = prefix + String(counter)

def main():
    var c = 5
    var w = W(c)
    print(w.x, c)
    # CHECK: 5 6
    var n = 0
    var a = Named(n, "item")
    var b = Named(n, "item")
    print(a.name, b.name, n)
    # CHECK: item1 item2 2
