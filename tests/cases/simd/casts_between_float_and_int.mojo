# In-range float-to-integer casts truncate toward zero; integers convert to floats with rounding.
def main():
    var f = SIMD[DType.float32, 4](2.9, -2.9, 127.5, -0.5)
    print(f.cast[DType.int8](), f.cast[DType.int32](), f.cast[DType.int64]())
    # CHECK: [2, -2, 127, 0] [2, -2, 127, 0] [2, -2, 127, 0]
    print(SIMD[DType.float64, 2](255.99, 0.7).cast[DType.uint8](), Float64(4294967295.5).cast[DType.uint32]())
    # CHECK: [255, 0] 4294967295
    var i = SIMD[DType.int64, 4](16777217, -16777219, 9007199254740993, 3)
    print(i.cast[DType.float32](), i.cast[DType.float64]())
    # CHECK: [16777216.0, -16777220.0, 9007199000000000.0, 3.0] [16777217.0, -16777219.0, 9007199254740992.0, 3.0]
    print(SIMD[DType.int32, 2](2049, 70000).cast[DType.float16](), Int32(257).cast[DType.bfloat16]())
    # CHECK: [2048.0, inf] 256.0
    print(Float64(0.1).cast[DType.float32](), Float32(0.1).cast[DType.float64](), Float64(1.0e-8).cast[DType.float16]())
    # CHECK: 0.1 0.10000000149011612 0.0
    print(Float16(0.1).cast[DType.bfloat16](), BFloat16(0.1).cast[DType.float16](), Float64(1.0e39).cast[DType.float32]())
    # CHECK: 0.100097656 0.100097656 inf
    print(Float32(0.0).cast[DType.bool](), Float32(-0.25).cast[DType.bool](), UInt64(18446744073709551615).cast[DType.float64]())
    # CHECK: False True 1.8446744073709552e+19
