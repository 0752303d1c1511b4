# SIMD integers: `/` truncates, `//` floors, `%` takes the divisor's sign; dividing by zero gives 0.
def main():
    print(SIMD[DType.int32, 4](7, -7, 8, -8) // 2)
    # CHECK: [3, -4, 4, -4]
    print(SIMD[DType.int32, 4](7, -7, 8, -8) % 3)
    # CHECK: [1, 2, 2, 1]
    print(SIMD[DType.int32, 4](7, -7, 8, -8) / 2)
    # CHECK: [3, -3, 4, -4]
    print(Int32(7) / Int32(2))
    # CHECK: 3
    print(UInt32(7) // UInt32(2), Int16(-7) // 2)
    # CHECK: 3 -4
    print(Float64(-7.5) // 2, Float64(-7.5) % 2)
    # CHECK: -4.0 0.5
    var z = Int32(0)
    var u = UInt8(0)
    print(Int32(7) // z, Int32(-7) / z, UInt8(7) // u, UInt8(7) % u, Int32(7) % z)
    # CHECK: 0 0 0 0 0
