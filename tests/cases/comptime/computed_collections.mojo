# Compile-time values that hold memory (a List, a Dict, nested lists, a struct with a List and an
# Optional) are computed by the interpreter and built anew where they are used; `materialize`
# gives a copy to keep, `comptime(...)` computes with one at compile time (checked with Mojo 1.2).
def names() -> List[String]:
    var out = List[String]()
    for w in ["zero", "one", "two"]:
        out.append(String(w) + "!")
    return out^

def index() -> Dict[String, Int]:
    var d = Dict[String, Int]()
    d["a"] = 1
    d["b"] = 2
    return d^

def grid(n: Int) -> List[List[Int]]:
    var g = List[List[Int]]()
    for i in range(n):
        var row = List[Int]()
        for j in range(n):
            row.append(i * j)
        g.append(row^)
    return g^

@fieldwise_init
struct Table(Copyable, Movable):
    var keys: List[String]
    var scale: Int
    var maybe: Optional[Int]

comptime NAMES = names()
comptime IDX = index()
comptime G = grid(3)
comptime TB = Table(["x", "y"], 10, None)
comptime TB2 = Table(["p"], 2, 5)

def main() raises:
    var n = materialize[NAMES]()
    n.append("more")
    print(n, materialize[NAMES]())
    # CHECK: [zero!, one!, two!, more] [zero!, one!, two!]
    var d = materialize[IDX]()
    print(d["b"], len(d), "a" in d)
    # CHECK: 2 2 True
    d["c"] = 3
    print(d)
    # CHECK: {a: 1, b: 2, c: 3}
    print(materialize[G]()[2][2], comptime(G[1][2]))
    # CHECK: 4 2
    var t = materialize[TB]()
    print(t.keys, t.scale, t.maybe.or_else(-1), materialize[TB2]().maybe.value())
    # CHECK: [x, y] 10 -1 5
    comptime L = len(NAMES)
    print(L)
    # CHECK: 3
    comptime S = names()[1]
    print(S)
    # CHECK: one!
