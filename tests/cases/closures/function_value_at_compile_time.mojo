# A function value in a compile-time evaluation (through its dispatcher); this crashed before.
def double(x: Int) -> Int:
    return x * 2

def apply(f: def(Int) thin -> Int, x: Int) -> Int:
    return f(x)

def main():
    comptime y = apply(double, 3)
    print(y)

# The expected output, checked against Mojo 1.2:
# CHECK: 6
