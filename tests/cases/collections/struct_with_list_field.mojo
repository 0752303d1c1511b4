# A struct owning a List: mut methods, methods returning new values, deep copies.
struct Poly(Copyable, Writable):
    var coeffs: List[Int]

    def __init__(out self, var coeffs: List[Int]):
        self.coeffs = coeffs^

    def degree(self) -> Int:
        return len(self.coeffs) - 1

    def eval(self, x: Int) -> Int:
        var acc = 0
        var i = len(self.coeffs) - 1
        while i >= 0:
            acc = acc * x + self.coeffs[i]
            i -= 1
        return acc

    def add(self, other: Poly) -> Poly:
        var n = max(len(self.coeffs), len(other.coeffs))
        var out = List[Int](length=n, fill=0)
        for i in range(len(self.coeffs)):
            out[i] += self.coeffs[i]
        for i in range(len(other.coeffs)):
            out[i] += other.coeffs[i]
        return Poly(out^)

    def scale(mut self, k: Int):
        for i in range(len(self.coeffs)):
            self.coeffs[i] *= k

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Poly", self.coeffs)

def main():
    var p = Poly([1, 2, 3])
    var q = Poly([0, 1])
    print(p, q, p.degree(), p.eval(2), q.eval(5))
    var r = p.add(q)
    print(r, r.eval(1))
    var c = r.copy()
    c.scale(10)
    c.coeffs.append(4)
    print(r, c, c.degree())
    var ps = List[Poly]()
    ps.append(p^)
    ps.append(q^)
    ps.append(c^)
    var total = 0
    for poly in ps:
        total += poly.eval(1)
    print(len(ps), total)
    # CHECK: Poly[1, 2, 3] Poly[0, 1] 2 17 5
    # CHECK: Poly[1, 3, 3] 7
    # CHECK: Poly[1, 3, 3] Poly[10, 30, 30, 4] 3
    # CHECK: 3 81
