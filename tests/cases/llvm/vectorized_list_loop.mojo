# The LLVM tier (`--backend llvm`) vectorises a loop over `List` elements: the bounds check of
# `List.__getitem__` is one unsigned comparison whose failure never returns, so LLVM can check
# the whole range before the loop.
# LLVM-HOST: x double>


def main():
    var n = 1000
    var a = List[Float64](length=n, fill=0.0)
    var b = List[Float64](length=n, fill=0.0)
    for i in range(n):
        a[i] = Float64(i) * 0.5
        b[i] = Float64(n - i)
    var k = 3.0
    for i in range(n):
        a[i] += k * b[i]
    var total = 0.0
    for i in range(n):
        total += a[i]
    print(total)
    # CHECK: 1751250.0
