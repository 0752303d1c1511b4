# Float16: rounding to half precision, printing small/large/negative values.
def main():
    print(Float16(1.5), Float16(-2.25), Float16(0.3), Float16(1000.1), Float16(65504))
    # CHECK: 1.5 -2.25 0.30004883 1000.0 65504.0
    print(Float16(0.0001), Float16(6.0e-5), Float16(-0.5) * 3, Float16(1) / 3)
    # CHECK: 0.000100016594 6.0021877e-05 -1.5 0.33325195
    print(Float16(2048) + 1, Float16(2048) + 3, Float16(100) * 100, Float16(60000) + Float16(10000))
    # CHECK: 2048.0 2052.0 10000.0 inf
    var v = SIMD[DType.float16, 4](0.5, -1.25, 3.0, 100.0)
    print(v * 2, v + v, v.reduce_add(), v.reduce_max())
    # CHECK: [1.0, -2.5, 6.0, 200.0] [1.0, -2.5, 6.0, 200.0] 102.25 100.0
    print(v.cast[DType.float32](), v.cast[DType.int32](), Float16(7.75).cast[DType.float64]())
    # CHECK: [0.5, -1.25, 3.0, 100.0] [0, -1, 3, 100] 7.75
