# fma rounds only once, on several float widths; on integers it is a wrapping multiply-add.
def main():
    var a = Float64(1) + Float64(2) ** -30
    var b = Float64(1) - Float64(2) ** -30
    print(a.fma(b, -1))
    # CHECK: -8.673617379884035e-19
    var x = SIMD[DType.float32, 4](0.1, 1.5, -2, 3)
    print(x.fma(x, x), x.fma(SIMD[DType.float32, 4](2), SIMD[DType.float32, 4](-1)))
    # CHECK: [0.11, 3.75, 2.0, 12.0] [-0.8, 2.0, -5.0, 5.0]
    var f = Float32(1) + Float32(2) ** -12
    print(f.fma(f, -1))
    # CHECK: 0.00048834085
    var i = SIMD[DType.int16, 4](100, 200, 300, -400)
    print(i.fma(i, SIMD[DType.int16, 4](1)))
    # CHECK: [10001, -25535, 24465, 28929]
    var h = SIMD[DType.float16, 2](1.5, -0.25)
    print(h.fma(h, SIMD[DType.float16, 2](1)))
    # CHECK: [3.25, 1.0625]
