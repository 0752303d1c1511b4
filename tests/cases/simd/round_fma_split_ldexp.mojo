# round(x, ndigits) of Float32 and SIMD values, SIMD fma, deinterleave/split, and ldexp/frexp on
# SIMD with Int32 exponents (checked with `mojo run` 1.2.0).
from std.math import fma, ldexp, frexp


def main():
    var x: Float32 = 2.345
    print(round(x, 2), round(x))
    print(round(SIMD[DType.float32, 2](1.25, 2.5), 1), round(SIMD[DType.float32, 2](1.25, 2.5)))
    print(round(2.675, 2), round(-2.5), round(Float64(1234.5678), -2), round(5, 1))
    print(round(Float16(1.5)), round(Float64(0.125), 2))
    var s = SIMD[DType.float32, 4](3, 1, 2, 0)
    print(fma(s, s, s))
    var d = s.deinterleave()
    print(d[0], d[1])
    var p = s.split()
    print(p[0], p[1])
    print(fma(2.0, 3.0, 1.0))
    print(ldexp(1.5, Int32(3)), ldexp(1.5, 3))
    var fe = frexp(12.0)
    print(ldexp(fe[0], Int32(fe[1])))
    var v = SIMD[DType.float32, 2](8.0, 0.1)
    var f2 = frexp(v)
    print(f2[0], f2[1])
    print(ldexp(f2[0], f2[1].cast[DType.int32]()))
# CHECK: 2.34 2.0
# CHECK: [1.2, 2.5] [1.0, 2.0]
# CHECK: 2.68 -2.0 1200.0 5
# CHECK: 2.0 0.12
# CHECK: [12.0, 2.0, 6.0, 0.0]
# CHECK: [3.0, 2.0] [1.0, 0.0]
# CHECK: [3.0, 1.0] [2.0, 0.0]
# CHECK: 7.0
# CHECK: 12.0 12.0
# CHECK: 12.0
# CHECK: [0.5, 0.8] [4.0, -3.0]
# CHECK: [8.0, 0.1]
