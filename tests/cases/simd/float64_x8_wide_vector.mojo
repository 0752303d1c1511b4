# A 512-bit float64 vector: arithmetic, reductions and halves.
def main():
    var v = SIMD[DType.float64, 8](1.5, -2.0, 3.25, 4.0, -5.5, 6.0, 7.125, 8.0)
    print(v)
    # CHECK: [1.5, -2.0, 3.25, 4.0, -5.5, 6.0, 7.125, 8.0]
    print(v * 2 - 1)
    # CHECK: [2.0, -5.0, 5.5, 7.0, -12.0, 11.0, 13.25, 15.0]
    print(v.reduce_add(), v.reduce_mul(), v.reduce_min(), v.reduce_max())
    # CHECK: 22.375 73359.0 -5.5 8.0
    print(v.reduce_add[4](), v.reduce_add[2]())
    # CHECK: [-4.0, 4.0, 10.375, 12.0] [6.375, 16.0]
    print(v.slice[4](), v.slice[4, offset=4]())
    # CHECK: [1.5, -2.0, 3.25, 4.0] [-5.5, 6.0, 7.125, 8.0]
    print(v / SIMD[DType.float64, 8](1, 2, 4, 8, 16, 32, 64, 128))
    # CHECK: [1.5, -1.0, 0.8125, 0.5, -0.34375, 0.1875, 0.111328125, 0.0625]
    print(v.gt(0), abs(v).reduce_add())
    # CHECK: [True, False, True, True, False, True, True, True] 37.375
