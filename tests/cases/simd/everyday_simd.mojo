# SIMD operations programs use: reductions, element-wise comparisons and select, fma, clamp,
# iota, casts, lane shifts and rotations, slices, join and interleave, len (the width).
from std.math import iota, sqrt


def main():
    var a = SIMD[DType.float32, 4](1, 2, 3, 4)
    var b = SIMD[DType.float32, 4](4, 3, 2, 1)
    print(a * b + 1, (a * b).reduce_add(), a.reduce_mul(), a.reduce_min(), b.reduce_max())
    print(a.eq(b), a.lt(b), a.lt(b).reduce_or(), a.gt(0).reduce_and())
    print(a.lt(b).select(a, b), a.fma(b, a), sqrt(a), a.clamp(1.5, 3.5))
    print(iota[DType.int32, 8](), iota[DType.float64, 4](10))
    var c = a.cast[DType.int32]()
    print(c, c * 2, c.shift_left[1](), c.join(c), a.slice[2, offset=1]())
    print(a[0], a[3], len(a), SIMD[DType.uint8, 4](250) + 10)
    var v = SIMD[DType.int64, 4](1, 2, 3, 4)
    v[2] = 30
    print(v, v.reduce_add(), -v, abs(-v), v.interleave(v))
    print(v.shift_right[1](), v.rotate_left[1](), v.rotate_right[2](), iota[DType.int8, 4](-2))

# The expected output, checked against Mojo 1.2:
# CHECK: [5.0, 7.0, 7.0, 5.0] 20.0 24.0 1.0 4.0
# CHECK: [False, False, False, False] [True, True, False, False] True True
# CHECK: [1.0, 2.0, 2.0, 1.0] [5.0, 8.0, 9.0, 8.0] [1.0, 1.4142135, 1.7320508, 2.0] [1.5, 2.0, 3.0, 3.5]
# CHECK: [0, 1, 2, 3, 4, 5, 6, 7] [10.0, 11.0, 12.0, 13.0]
# CHECK: [1, 2, 3, 4] [2, 4, 6, 8] [2, 3, 4, 0] [1, 2, 3, 4, 1, 2, 3, 4] [2.0, 3.0]
# CHECK: 1.0 4.0 4 [4, 4, 4, 4]
# CHECK: [1, 2, 30, 4] 37 [-1, -2, -30, -4] [1, 2, 30, 4] [1, 1, 2, 2, 30, 30, 4, 4]
# CHECK: [0, 1, 2, 30] [2, 30, 4, 1] [30, 4, 1, 2] [-2, -1, 0, 1]
