# Matrix multiply, 1024^3 Float32, SIMD and parallel: each row of C is a work item of
# `parallelize`, computed i-k-j with SIMD vectors of the host's width along j. The inputs are
# small integers, so every sum is exact and the checksum is the same in every implementation.
from max.algorithm import parallelize
from std.memory import alloc
from std.sys import argv, simd_width_of

comptime W = simd_width_of[DType.float32]()


def main() raises:
    var args = argv()
    var n = 1024
    if len(args) > 1:
        n = Int(args[1])
    var a = alloc[Float32](n * n)
    var b = alloc[Float32](n * n)
    var c = alloc[Float32](n * n)
    for i in range(n):
        for j in range(n):
            a[i * n + j] = Float32((i + 2 * j) % 5 - 1)
            b[i * n + j] = Float32((i * j + 1) % 4 - 1)
            c[i * n + j] = 0

    def row(i: Int) {imm a, imm b, imm c, imm n}:
        for k in range(n):
            var aik = SIMD[DType.float32, W](a[i * n + k])
            var j = 0
            while j + W <= n:
                var acc = c.load[width=W](i * n + j)
                c.store(i * n + j, acc + aik * b.load[width=W](k * n + j))
                j += W
            while j < n:
                c[i * n + j] += a[i * n + k] * b[k * n + j]
                j += 1

    parallelize(row, n)
    var total = 0
    for i in range(n * n):
        total += Int(c[i]) * (i % 7 + 1)
    print(total)
    a.free()
    b.free()
    c.free()
