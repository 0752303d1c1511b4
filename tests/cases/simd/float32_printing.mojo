def main():
    print(Float32(1e10), Float32(1.0e-7), Float64(1e16), Float32(123456789.0))
    # CHECK: 10000000000.0 1e-07 1e+16 123456790.0
    print(Float32(1.0) / 0, -Float32(1.0) / 0, Float32(0.0) / 0)
    # CHECK: inf -inf nan
    print(Float16(65504) * 2)
    # CHECK: inf
    print(Float32(3.999999999), Float32(-0.0))
    # CHECK: 4.0 -0.0
    print(Scalar[DType.float32](2.5))
    # CHECK: 2.5
    print(Float32(2) ** 10, Float32(2.5) ** 2, Int32(2) ** 10)
    # CHECK: 1024.0 6.25 1024
