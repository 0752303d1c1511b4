def main():
    var v = SIMD[DType.float32, 4](1, 2, 3, 4)
    print(v.reduce_add())
    # CHECK: 10.0
    print(v.reduce_max(), v.reduce_min(), v.reduce_mul())
    # CHECK: 4.0 1.0 24.0
    print(v.reduce_add[2](), v.reduce_add[1]())
    # CHECK: [4.0, 6.0] 10.0
    print(v.cast[DType.int32]())
    # CHECK: [1, 2, 3, 4]
    print(Float32(3.7).cast[DType.int8](), Int(Float32(3.7)))
    # CHECK: 3 3
    print(Float64(Int32(5)), Float32(7).cast[DType.float16]())
    # CHECK: 5.0 7.0
    print(v.shuffle[3, 2, 1, 0]())
    # CHECK: [4.0, 3.0, 2.0, 1.0]
    print(v.gt(2).select(v, SIMD[DType.float32, 4](0)))
    # CHECK: [0.0, 0.0, 3.0, 4.0]
    print(v.lt(3), v.eq(2), v == v, v != v)
    # CHECK: [True, True, False, False] [False, True, False, False] True False
    print(v.fma(v, v))
    # CHECK: [2.0, 6.0, 12.0, 20.0]
    print(v.join(v))
    # CHECK: [1.0, 2.0, 3.0, 4.0, 1.0, 2.0, 3.0, 4.0]
    print(v.slice[2, offset=1]())
    # CHECK: [2.0, 3.0]
    print(v.cast[DType.bool]())
    # CHECK: [True, True, True, True]
    print(Float32(16).__pow__(0.5))
    # CHECK: 4.0
    print(SIMD[DType.float32, 2](1.5, 2.5).__round__(), round(Float32(2.5)), round(Float32(3.5)))
    # CHECK: [2.0, 2.0] 2.0 4.0
    print(min(Float32(1), Float32(2)), max(v, 2.5))
    # CHECK: 1.0 [2.5, 2.5, 3.0, 4.0]
