# The scalar aliases are width-1 SIMD types: literals take their type, integers wrap at their
# width, narrow floats print as their value (float16/bfloat16 through float32's shortest digits).
def main():
    var a = Float32(0.1)
    print(a)
    # CHECK: 0.1
    var b: Float32 = 1.5
    print(b + 1)
    # CHECK: 2.5
    print(Int8(100) + Int8(100))
    # CHECK: -56
    print(UInt8(250) + 10)
    # CHECK: 4
    print(Float16(0.1))
    # CHECK: 0.099975586
    print(BFloat16(0.1))
    # CHECK: 0.100097656
    print(Float64(1) / 3)
    # CHECK: 0.3333333333333333
    print(Float32(1) / 3)
    # CHECK: 0.33333334
    print(Scalar[DType.uint16](65535) + 1)
    # CHECK: 0
    print(UInt64(18446744073709551615))
    # CHECK: 18446744073709551615
    print(Int64(-5) >> 1, UInt8(200) >> 1)
    # CHECK: -3 100
    print(Int8(127) + 1, UInt8(0) - 1)
    # CHECK: -128 255
    print(Int8(-128) // Int8(-1))
    # CHECK: -128
    print(Int8(100) * 3, Int64(-9223372036854775807) - 2)
    # CHECK: 44 9223372036854775807
