# UInt8 lanes: modular arithmetic and logical shifts.
def main():
    print(UInt8(0) - 1, UInt8(255) + 1, UInt8(16) * 16, UInt8(200) * 2)
    # CHECK: 255 0 0 144
    print(UInt8(0x80) >> 7, UInt8(0xFF) >> 4, UInt8(1) << 7, UInt8(0x81) << 1)
    # CHECK: 1 15 128 2
    print(~UInt8(0), ~UInt8(0xF0), UInt8(0xAA) ^ 0xFF, UInt8(0xAA) & 0x0F, UInt8(0xA0) | 0x05)
    # CHECK: 255 15 85 10 165
    var v = SIMD[DType.uint8, 16](0, 1, 2, 3, 4, 5, 6, 7, 248, 249, 250, 251, 252, 253, 254, 255)
    print(v + 8)
    # CHECK: [8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7]
    print(v * 17)
    # CHECK: [0, 17, 34, 51, 68, 85, 102, 119, 120, 137, 154, 171, 188, 205, 222, 239]
    print(v >> 1, v.reduce_add(), v.reduce_max())
    # CHECK: [0, 0, 1, 1, 2, 2, 3, 3, 124, 124, 125, 125, 126, 126, 127, 127] 248 255
    print(v // 16, v % 16)
    # CHECK: [0, 0, 0, 0, 0, 0, 0, 0, 15, 15, 15, 15, 15, 15, 15, 15] [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]
