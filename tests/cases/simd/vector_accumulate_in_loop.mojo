# A vector variable reassigned on every iteration: running sums, products and maxima.
def main():
    var sum = SIMD[DType.int32, 4](0)
    var prod = SIMD[DType.int64, 4](1)
    var hi = SIMD[DType.float32, 4](-1000)
    for i in range(1, 11):
        var step = SIMD[DType.int32, 4](Int32(i), Int32(i * 2), Int32(-i), Int32(i * i))
        sum += step
        prod = prod * step.cast[DType.int64]()
        hi = max(hi, step.cast[DType.float32]() * 0.5 - SIMD[DType.float32, 4](Float32(i % 3)))
    print(sum, sum.reduce_add())
    # CHECK: [55, 110, -55, 385] 495
    print(prod)
    # CHECK: [3628800, 3715891200, 3628800, 13168189440000]
    print(hi)
    # CHECK: [4.5, 9.0, -1.5, 49.0]
    var u = SIMD[DType.uint8, 8](1)
    var n = 0
    while u.reduce_max() != 0:
        u = u << 1
        n += 1
    print(n, u)
    # CHECK: 8 [0, 0, 0, 0, 0, 0, 0, 0]
    var h = SIMD[DType.float16, 2](1, 1)
    for _ in range(12):
        h = h * SIMD[DType.float16, 2](2, 3)
    print(h)
    # CHECK: [4096.0, inf]
