# `comptime for` over a list literal or a `comptime` list: the body once per element, each a
# compile-time constant (usable as a parameter: `SIMD[DType.int32, w]`).
comptime WIDTHS = [1, 2, 4]
comptime PRIMES: List[Int] = [2, 3, 5, 7]

def main():
    comptime for p in [2, 3, 5]:
        print(p, end=" ")
    print()
    comptime for w in WIDTHS:
        print(SIMD[DType.int32, w](7))
    var s = 0
    comptime for p in PRIMES:
        s += p
    print(s)

# The expected output, checked against Mojo 1.2:
# CHECK: 2 3 5 
# CHECK: 7
# CHECK: [7, 7]
# CHECK: [7, 7, 7, 7]
# CHECK: 17
