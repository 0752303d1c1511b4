# vectorize over SIMD loads and stores at the host's width (`simd_width_of`), with a tail of width 1
# (checked with `mojo run` 1.2.0, which also warns that `load`/`store` are deprecated names).
from std.algorithm import vectorize
from std.sys import simd_width_of

def main():
    comptime n = 37
    var a = List[Float32](length=n, fill=0)
    var b = List[Float32](length=n, fill=0)
    for i in range(n):
        a[i] = Float32(i)
    var pa = a.unsafe_ptr()
    var pb = b.unsafe_ptr()
    comptime w = simd_width_of[DType.float32]()

    def add_one[width: Int](i: Int) {mut pb, pa}:
        pb.store(i, pa.load[width=width](i) + 1)

    vectorize[w](n, add_one)
    var s: Float32 = 0
    for i in range(n):
        s += b[i]
    print(s)
    var widths = List[Int]()
    def record[width: Int](i: Int) {mut widths}:
        widths.append(width)
    vectorize[8](21, record)
    print(widths)
# CHECK: 703.0
# CHECK: [8, 8, 1, 1, 1, 1, 1]
