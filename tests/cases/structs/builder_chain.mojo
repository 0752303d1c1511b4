# A `mut self` method returning `ref [self] Self` (`return self`) chains: each step changes the
# same receiver, as in Mojo 1.2. (`where` is an ordinary name outside a signature's constraint.)
struct Query(Writable):
    var parts: List[String]
    var limit: Int

    def __init__(out self):
        self.parts = List[String]()
        self.limit = 0

    def where(mut self, cond: String) -> ref [self] Self:
        self.parts.append(cond)
        return self

    def take(mut self, n: Int = 10) -> ref [self] Self:
        self.limit = n
        return self

    def write_to(self, mut writer: Some[Writer]):
        writer.write("WHERE ", " AND ".join(self.parts), " LIMIT ", self.limit)

struct Counter:
    var n: Int

    def __init__(out self):
        self.n = 0

    def incr(mut self, by: Int = 1) -> ref [self] Counter:
        self.n += by
        return self

def main():
    var q = Query()
    _ = q.where("a > 1").where("b < 2").take(5)
    print(q)
    var c = Counter()
    _ = c.incr().incr(2).incr()
    print(c.n)
    var d = c.incr(10).n
    print(d, c.n)
# CHECK: WHERE a > 1 AND b < 2 LIMIT 5
# CHECK: 4
# CHECK: 14 14
