def scale(x: Float32) -> Float32:
    return x * 2

def main():
    var i: Int = 3
    print(Float32(i))
    # CHECK: 3.0
    var x: Float64 = 2.5
    print(x + Float64(i))
    # CHECK: 5.5
    print(DType.float32, DType.uint8)
    # CHECK: float32 uint8
    print(scale(2))
    # CHECK: 4.0
    print(Int(UInt8(200)), Int(Int8(-3)))
    # CHECK: 200 -3
    var s: Scalar[DType.int16] = 5
    print(s, s.cast[DType.float64]())
    # CHECK: 5 5.0
    print(String(Float32(0.5)) + "!", String(SIMD[DType.int32, 2](1, 2)))
    # CHECK: 0.5! [1, 2]
