# Float32 x16: reductions in stages, min/max, and a sum of squares.
def main():
    var v = SIMD[DType.float32, 16]()
    for i in range(16):
        v[i] = Float32(i) * 0.5 - 3
    print(v)
    # CHECK: [-3.0, -2.5, -2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5]
    print(v.reduce_add(), v.reduce_min(), v.reduce_max())
    # CHECK: 12.0 -3.0 4.5
    print(v.reduce_add[8]())
    # CHECK: [-2.0, -1.0, 0.0, 1.0, 2.0, 3.0, 4.0, 5.0]
    print(v.reduce_add[4](), v.reduce_max[2](), v.reduce_min[4]())
    # CHECK: [0.0, 2.0, 4.0, 6.0] [4.0, 4.5] [-3.0, -2.5, -2.0, -1.5]
    print((v * v).reduce_add(), v.fma(v, SIMD[DType.float32, 16](1)).reduce_add())
    # CHECK: 94.0 110.0
