@fieldwise_init
struct Rect(Copyable, Writable):
    var w: Int
    var h: Int

    def area(self) -> Int:
        return self.w * self.h


def area_sum(rs: List[Rect]) -> Int:
    var t = 0
    for r in rs:
        t += r.area()
    return t
