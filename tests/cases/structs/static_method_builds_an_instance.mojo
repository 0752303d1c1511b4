@fieldwise_init
struct Pair(Copyable, Writable):
    var a: Int
    var b: Int

    @staticmethod
    def same(v: Int) -> Pair:
        return Pair(v, v)

    def sum(self) -> Int:
        return self.a + self.b


def main():
    var p = Pair.same(4)
    print(p, p.sum())
    # CHECK: Pair(a=4, b=4) 8
