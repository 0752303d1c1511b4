# Compile-time DType and width parameters.
def square[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    return x * x

def zeros[dt: DType]() -> Scalar[dt]:
    return 0

def main():
    print(square[DType.float32, 4](SIMD[DType.float32, 4](1, 2, 3, 4)))
    # CHECK: [1.0, 4.0, 9.0, 16.0]
    print(square[DType.int16, 1](300))
    # CHECK: 24464
    print(zeros[DType.uint8](), zeros[DType.float64]())
    # CHECK: 0 0.0
