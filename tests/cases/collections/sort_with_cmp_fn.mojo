# `sort(xs, cmp_fn=f)`: a stable sort by a comparison function (a nested `def` here), "a goes
# before b".
@fieldwise_init
struct S(Copyable, Movable, Writable):
    var n: String
    var g: Int
    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.n, ":", self.g)

def main():
    var xs: List[S] = [S("a", 3), S("b", 9), S("c", 1)]
    def by_g(a: S, b: S) -> Bool:
        return a.g > b.g
    sort(xs, cmp_fn=by_g)
    for x in xs:
        print(x, end=" ")
    print()
    var ys: List[Int] = [3, 1, 2]
    def desc(a: Int, b: Int) -> Bool:
        return a > b
    sort(ys, cmp_fn=desc)
    print(ys)

# The expected output, checked against Mojo 1.2:
# CHECK: b:9 a:3 c:1 
# CHECK: [3, 2, 1]
