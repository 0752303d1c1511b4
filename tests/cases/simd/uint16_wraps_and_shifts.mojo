# UInt16: wrap, shifts, division and comparisons.
def main():
    var a = UInt16(65535)
    print(a + 1, a * a, UInt16(0) - UInt16(2), UInt16(300) * 300)
    # CHECK: 0 1 65534 24464
    print(a >> 15, a << 15, UInt16(0x1234) >> 8, UInt16(0x1234) << 8)
    # CHECK: 1 32768 18 13312
    print(UInt16(50000) / 7, UInt16(50000) // 7, UInt16(50000) % 7)
    # CHECK: 7142 7142 6
    print(UInt16(40000) > UInt16(30000), UInt16(0) - 1 > UInt16(1), UInt16(5) == 5)
    # CHECK: True True True
    var v = SIMD[DType.uint16, 4](1, 256, 4096, 65535)
    print(v << 4, v >> 4, v ^ 0xFFFF, v.reduce_add())
    # CHECK: [16, 4096, 0, 65520] [0, 16, 256, 4095] [65534, 65279, 61439, 0] 4352
