# A value parameter is inferred from an argument of a struct instance type (`a: Mat[k]`).
struct Mat[r: Int](Copyable, Movable):
    var v: Int
    def __init__(out self, v: Int):
        self.v = v

def double[k: Int](a: Mat[k]) -> Int:
    return a.v * k

def main():
    var a = Mat[2](1)
    print(double(a))

# The expected output, checked against Mojo 1.2:
# CHECK: 2
