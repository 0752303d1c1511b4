# UInt64 values above Int64's range print and wrap as unsigned.
def main():
    var m = UInt64(18446744073709551615)
    print(m, m + 1, m * 2, UInt64(0) - 5)
    # CHECK: 18446744073709551615 0 18446744073709551614 18446744073709551611
    print(m >> 1, m >> 63, UInt64(1) << 63, UInt64(3) << 62)
    # CHECK: 9223372036854775807 1 9223372036854775808 13835058055282163712
    var big = UInt64(10000000000000000000)
    print(big, big + big, big / 3, big % 7, big > UInt64(9223372036854775807))
    # CHECK: 10000000000000000000 1553255926290448384 3333333333333333333 3 True
    var v = SIMD[DType.uint64, 4](m, 1, big, 42)
    print(v.reduce_max(), v.reduce_min(), v.reduce_add())
    # CHECK: 18446744073709551615 1 10000000000000000042
    print(v * 3, v.gt(SIMD[DType.uint64, 4](big)))
    # CHECK: [18446744073709551613, 3, 11553255926290448384, 126] [True, False, False, False]
