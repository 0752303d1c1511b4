# BFloat16: 8 bits of precision but float32's range.
def main():
    print(BFloat16(1.5), BFloat16(-3.0), BFloat16(0.3), BFloat16(257), BFloat16(1.0e30))
    # CHECK: 1.5 -3.0 0.30078125 256.0 1.00025555e+30
    print(BFloat16(256) + 1, BFloat16(1) / 5, BFloat16(-1.0e-20), BFloat16(12345.0))
    # CHECK: 256.0 0.20019531 -1.0005577e-20 12352.0
    var v = SIMD[DType.bfloat16, 4](1, 2, 3, 4)
    print(v * v, v / 2, v.reduce_mul(), -v)
    # CHECK: [1.0, 4.0, 9.0, 16.0] [0.5, 1.0, 1.5, 2.0] 24.0 [-1.0, -2.0, -3.0, -4.0]
    print(v.cast[DType.float32]() / 3, BFloat16(3.5).cast[DType.int8]())
    # CHECK: [0.33333334, 0.6666667, 1.0, 1.3333334] 3
    print(v.gt(2), v.eq(SIMD[DType.bfloat16, 4](1, 0, 3, 0)))
    # CHECK: [False, False, True, True] [True, False, True, False]
