# Int16: mixed arithmetic, shifts and comparisons on scalars and vectors.
def main():
    var x = Int16(30000)
    print(x + x, x * 3, Int16(-32768) % 7)
    # CHECK: -5536 24464 6
    print(Int16(1) << 15, Int16(-32768) >> 15, Int16(0x1234) >> 4, Int16(0x1234) << 4)
    # CHECK: -32768 -1 291 9024
    print(x > Int16(29999), x <= Int16(-1), x == 30000, x != 30000)
    # CHECK: True False True False
    var v = SIMD[DType.int16, 8](1, -2, 3, -4, 5, -6, 7, -8)
    print(v * 4096, v << 13, v >> 1)
    # CHECK: [4096, -8192, 12288, -16384, 20480, -24576, 28672, -32768] [8192, -16384, 24576, -32768, -24576, 16384, -8192, 0] [0, -1, 1, -2, 2, -3, 3, -4]
    print(v.gt(0), v.le(-4), v.ne(5))
    # CHECK: [True, False, True, False, True, False, True, False] [False, False, False, True, False, True, False, True] [True, True, True, True, False, True, True, True]
    print(abs(v), min(v, 0), max(v, 2))
    # CHECK: [1, 2, 3, 4, 5, 6, 7, 8] [0, -2, 0, -4, 0, -6, 0, -8] [2, 2, 3, 2, 5, 2, 7, 2]
