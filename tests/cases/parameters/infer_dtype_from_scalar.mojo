def zero_like[dtype: DType](x: Scalar[dtype]) -> Scalar[dtype]:
    return 0

def double[dtype: DType](x: Scalar[dtype]) -> Scalar[dtype]:
    return x + x

def main():
    print(zero_like(UInt8(7)), zero_like(Float32(2.5)), double(Int16(300)), double(Float64(0.25)))
    # CHECK: 0 0.0 600 0.5
