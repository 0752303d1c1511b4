# Int8 lanes: wrap-around on every operation, bit operations and shifts below the width.
def main():
    var a = Int8(120)
    print(a + 10, a * 2, Int8(-128) - 1, -Int8(-128))
    # CHECK: -126 -16 127 -128
    print(Int8(0b0101_0101) & 0x0F, Int8(0x30) | 0x03, Int8(0x55) ^ Int8(0x7F), ~Int8(0))
    # CHECK: 5 51 42 -1
    print(Int8(1) << 7, Int8(-64) >> 3, Int8(-1) >> 7, Int8(3) << 6)
    # CHECK: -128 -8 -1 -64
    var v = SIMD[DType.int8, 4](100, -100, 50, -1)
    print(v + v, v * 3, v - 127)
    # CHECK: [-56, 56, 100, -2] [44, -44, -106, -3] [-27, 29, -77, -128]
    print(v & 0x70, v | 1, v ^ -1, v >> 2, v << 1)
    # CHECK: [96, 16, 48, 112] [101, -99, 51, -1] [-101, 99, -51, 0] [25, -25, 12, -1] [-56, 56, 100, -2]
    print(v / 7, v // 7, v % 7)
    # CHECK: [14, -14, 7, 0] [14, -15, 7, -1] [2, 5, 1, 6]
