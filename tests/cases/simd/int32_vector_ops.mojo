# Int32 vectors: arithmetic, division family, reductions.
def main():
    var a = SIMD[DType.int32, 4](2147483647, -2147483648, 1000000, -7)
    print(a + 1, a - 1, a * 2)
    # CHECK: [-2147483648, -2147483647, 1000001, -6] [2147483646, 2147483647, 999999, -8] [-2, 0, 2000000, -14]
    var b = SIMD[DType.int32, 4](13, -13, 13, -13)
    var d = SIMD[DType.int32, 4](4, 4, -4, -4)
    print(b / d, b // d, b % d)
    # CHECK: [3, -3, -3, 3] [3, -4, -4, 3] [1, 3, -3, -1]
    print(b.reduce_add(), b.reduce_mul(), a.reduce_min(), a.reduce_max())
    # CHECK: 0 28561 -2147483648 2147483647
    print(a & 0xFF, a | 0x0F, a ^ a, a >> 31, SIMD[DType.int32, 4](1) << (b & 31))
    # CHECK: [255, 0, 64, 249] [2147483647, -2147483633, 1000015, -1] [0, 0, 0, 0] [0, -1, 0, -1] [8192, 524288, 8192, 524288]
