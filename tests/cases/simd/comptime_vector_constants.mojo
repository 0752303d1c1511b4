# A comptime constant can hold a whole vector, at the top level or inside a function.
comptime SCALE = SIMD[DType.float32, 4](1, 10, 100, 1000)

def main():
    print(SCALE, SCALE.reduce_add())
    # CHECK: [1.0, 10.0, 100.0, 1000.0] 1111.0
    print(SIMD[DType.float32, 4](1.5) * SCALE)
    # CHECK: [1.5, 15.0, 150.0, 1500.0]
    comptime ODD = SIMD[DType.int32, 4](1, 0, 1, 0)
    print(ODD, ODD.eq(1))
    # CHECK: [1, 0, 1, 0] [True, False, True, False]
