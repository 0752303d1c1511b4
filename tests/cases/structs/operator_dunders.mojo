@fieldwise_init
struct Vec2(Copyable, Writable):
    var x: Float64
    var y: Float64

    def __add__(self, other: Vec2) -> Vec2:
        return Vec2(self.x + other.x, self.y + other.y)

    def __mul__(self, k: Float64) -> Vec2:
        return Vec2(self.x * k, self.y * k)

    def __neg__(self) -> Vec2:
        return Vec2(-self.x, -self.y)

    def __eq__(self, other: Vec2) -> Bool:
        return self.x == other.x and self.y == other.y

    def __ne__(self, other: Vec2) -> Bool:
        return not self == other

    def __lt__(self, other: Vec2) -> Bool:
        return self.x * self.x + self.y * self.y < other.x * other.x + other.y * other.y


struct Row(Boolable, Copyable, Sized, Writable):
    var a: Int
    var b: Int

    def __init__(out self):
        self.a = 0
        self.b = 0

    def __getitem__(self, i: Int) -> Int:
        if i == 0:
            return self.a
        return self.b

    def __setitem__(mut self, i: Int, v: Int):
        if i == 0:
            self.a = v
        else:
            self.b = v

    def __len__(self) -> Int:
        return 2

    def __contains__(self, v: Int) -> Bool:
        return self.a == v or self.b == v

    def __bool__(self) -> Bool:
        return self.a != 0 or self.b != 0


def main():
    var p = Vec2(1.0, 2.0)
    var q = Vec2(0.5, 0.5)
    print(p + q, p * 2.0, -p)
    # CHECK: Vec2(x=1.5, y=2.5) Vec2(x=2.0, y=4.0) Vec2(x=-1.0, y=-2.0)
    print(p == q, p != q, q < p, p == Vec2(1.0, 2.0))
    # CHECK: False True True True
    var r = Row()
    print(Bool(r), len(r))
    # CHECK: False 2
    r[1] = 7
    r[0] += 3
    print(r[0], r[1], 7 in r, 5 in r, 5 not in r)
    # CHECK: 3 7 True False True
    if r:
        print("non-empty")
    # CHECK: non-empty
