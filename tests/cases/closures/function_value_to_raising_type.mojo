# A function that does not raise is a value of the raising function type of the same shape.
def double(x: Int) -> Int:
    return x * 2

def safe(x: Int) raises -> Int:
    return x + 1

def apply(f: def(Int) thin raises -> Int, x: Int) raises -> Int:
    return f(x)

def main() raises:
    print(apply(safe, 3))
    print(apply(double, 3))

# The expected output, checked against Mojo 1.2:
# CHECK: 4
# CHECK: 6
