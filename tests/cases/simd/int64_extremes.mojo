# Int64 at the ends of its range.
def main():
    var mx = Int64(9223372036854775807)
    var mn = Int64(-9223372036854775808)
    print(mx, mn, mx + 1, mn - 1)
    # CHECK: 9223372036854775807 -9223372036854775808 -9223372036854775808 9223372036854775807
    print(mx * 2, mn * -1, -mn)
    # CHECK: -2 -9223372036854775808 -9223372036854775808
    print(mx >> 62, mn >> 63, Int64(1) << 63, Int64(-1) << 32)
    # CHECK: 1 -1 -9223372036854775808 -4294967296
    var v = SIMD[DType.int64, 4](mx, mn, 0, -1)
    print(v, v.reduce_max(), v.reduce_min(), v.reduce_or(), v.reduce_and())
    # CHECK: [9223372036854775807, -9223372036854775808, 0, -1] 9223372036854775807 -9223372036854775808 -1 0
    print(v.lt(0), v.eq(SIMD[DType.int64, 4](mx)), ~v)
    # CHECK: [False, True, False, True] [True, False, False, False] [-9223372036854775808, 9223372036854775807, -1, 0]
    print(Int64(1234567890123) * 1000, Int64(-98765432109876) // 1000, Int64(-98765432109876) % 1000)
    # CHECK: 1234567890123000 -98765432110 124
