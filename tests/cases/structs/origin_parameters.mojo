# Struct and function parameters of type `Origin` (`View[origin: Origin]`, `origin_of(x)`,
# `Origin[mut=mut]` with an inferred mutability) are accepted; origins are not tracked, so every
# origin is the same (checked with Mojo 1.2).
struct View[origin: Origin]:
    var p: Pointer[List[Int], Self.origin]

    def __init__(out self, p: Pointer[List[Int], Self.origin]):
        self.p = p

    def first(self) -> Int:
        return self.p[][0]

def head[mut: Bool, //, o: Origin[mut=mut]](p: Pointer[List[Int], o]) -> Int:
    return p[][0]

def main():
    var xs: List[Int] = [7, 8]
    var v = View(Pointer(to=xs))
    var w = View[origin_of(xs)](Pointer(to=xs))
    print(v.first(), w.first(), head(Pointer(to=xs)))
    # CHECK: 7 7 7
