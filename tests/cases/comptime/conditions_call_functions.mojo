# `comptime if`, `comptime assert` and `comptime for` bounds may call ordinary functions: the
# interpreter runs them at compile time (checked with Mojo 1.2).
def is_pow2(n: Int) -> Bool:
    return n > 0 and (n & (n - 1)) == 0


def f[n: Int]():
    comptime if is_pow2(n):
        print(n, "pow2")
    else:
        print(n, "not")
    comptime assert is_pow2(n) or n == 3, "bad"


def g[a: Int, b: Int]():
    var seen = String()
    comptime for i in range(min(a, b)):
        seen += String(i)
    print(seen)


def main():
    f[4]()
    # CHECK: 4 pow2
    f[3]()
    # CHECK: 3 not
    g[2, 3]()
    # CHECK: 01
    g[5, 3]()
    # CHECK: 012
