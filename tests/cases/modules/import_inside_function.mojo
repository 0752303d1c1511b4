# An import may be written inside a function or a method.
def root(x: Float64) -> Float64:
    from std.math import sqrt
    return sqrt(x)

struct Circle:
    var r: Float64

    def __init__(out self, r: Float64):
        self.r = r

    def area(self) -> Float64:
        from std.math import pi
        return pi * self.r * self.r

def main():
    print(root(16.0), Circle(1.0).area())

# The expected output, checked against Mojo 1.2:
# CHECK: 4.0 3.141592653589793
