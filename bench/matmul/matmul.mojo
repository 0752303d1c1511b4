# Naive matrix multiply, i-k-j order, of two n x n Float64 matrices (n = 512; the same as
# matmul.rs and matmul.py). Prints the sum of the product's elements, rounded to an Int.
from std.sys import argv


def main() raises:
    var args = argv()
    var n = 512
    if len(args) > 1:
        n = Int(args[1])
    var a = List[Float64](length=n * n, fill=0.0)
    var b = List[Float64](length=n * n, fill=0.0)
    var c = List[Float64](length=n * n, fill=0.0)
    for i in range(n):
        for j in range(n):
            a[i * n + j] = Float64((i * 7 + j * 3) % 11) * 0.5
            b[i * n + j] = Float64((i * 5 + j * 13) % 7) * 0.25
    for i in range(n):
        for k in range(n):
            var aik = a[i * n + k]
            for j in range(n):
                c[i * n + j] += aik * b[k * n + j]
    var total = 0.0
    for x in c:
        total += x
    print(Int(total))
