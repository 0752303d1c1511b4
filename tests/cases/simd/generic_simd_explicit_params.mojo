# Generic SIMD functions called with explicit dtype and width parameters.
def sum_sq[dt: DType, w: Int](x: SIMD[dt, w]) -> Scalar[dt]:
    return (x * x).reduce_add()

def clamp[dt: DType, w: Int](x: SIMD[dt, w], lo: Scalar[dt], hi: Scalar[dt]) -> SIMD[dt, w]:
    return max(min(x, SIMD[dt, w](hi)), SIMD[dt, w](lo))

def ramp[dt: DType, w: Int]() -> SIMD[dt, w]:
    var r = SIMD[dt, w]()
    for i in range(w):
        r[i] = Scalar[dt](i)
    return r

def main():
    print(sum_sq[DType.float32, 4](SIMD[DType.float32, 4](1, 2, 3, 4)))
    # CHECK: 30.0
    print(sum_sq[DType.uint8, 8](SIMD[DType.uint8, 8](10)), sum_sq[DType.int64, 2](SIMD[DType.int64, 2](-3, 4)))
    # CHECK: 32 25
    print(clamp[DType.int16, 8](ramp[DType.int16, 8]() * 3 - 9, -4, 8))
    # CHECK: [-4, -4, -3, 0, 3, 6, 8, 8]
    print(clamp[DType.float64, 2](SIMD[DType.float64, 2](-1.5, 9.25), 0, 5))
    # CHECK: [0.0, 5.0]
    print(ramp[DType.float16, 4](), ramp[DType.uint64, 2](), ramp[DType.bfloat16, 8]() / 4)
    # CHECK: [0.0, 1.0, 2.0, 3.0] [0, 1] [0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75]
