# A function evaluated at compile time may use the stdlib's collections (which are lowered on
# demand); this used to crash the compiler.
def f() -> Int:
    var xs = List[Int]()
    xs.append(3)
    return len(xs)

comptime N = f()

def main():
    print(N)

# The expected output, checked against Mojo 1.2:
# CHECK: 1
