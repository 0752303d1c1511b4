# A function's parameter parameterizes user struct types in its signature and body; `m.r` reads an
# instance's value parameter.
struct Mat[r: Int](Copyable, Movable):
    var v: Int
    def __init__(out self, v: Int):
        self.v = v

def make[k: Int]() -> Int:
    var m = Mat[k](5)
    return m.v + m.r

def double[k: Int](a: Mat[k]) -> Mat[k]:
    return Mat[k](a.v * 2)

def main():
    print(make[2]())
    print(double[2](Mat[2](1)).v)

# The expected output, checked against Mojo 1.2:
# CHECK: 7
# CHECK: 2
