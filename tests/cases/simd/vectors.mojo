def main():
    var v = SIMD[DType.float32, 4](1, 2, 3, 4)
    print(v)
    # CHECK: [1.0, 2.0, 3.0, 4.0]
    print(v * 2)
    # CHECK: [2.0, 4.0, 6.0, 8.0]
    print(-v, abs(-v))
    # CHECK: [-1.0, -2.0, -3.0, -4.0] [1.0, 2.0, 3.0, 4.0]
    print(SIMD[DType.float64, 2](1.5))
    # CHECK: [1.5, 1.5]
    print(SIMD[DType.bool, 4](True, False, True, False))
    # CHECK: [True, False, True, False]
    print(v[2])
    # CHECK: 3.0
    var w = SIMD[DType.int8, 8](1)
    w[3] = 7
    print(w)
    # CHECK: [1, 1, 1, 7, 1, 1, 1, 1]
    print(SIMD[DType.uint8, 4](250, 251, 252, 253) + 10)
    # CHECK: [4, 5, 6, 7]
    print(SIMD[DType.int64, 2](1, 2) << 2, ~Int8(5))
    # CHECK: [4, 8] -6
    var f = Float32(1.5)
    print(SIMD[DType.float32, 2](f))
    # CHECK: [1.5, 1.5]
