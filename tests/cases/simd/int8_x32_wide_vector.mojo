# A 256-bit int8 vector filled lane by lane, then wrapped, reduced and split.
def main():
    var v = SIMD[DType.int8, 32]()
    for i in range(32):
        v[i] = Int8(i * 9 - 100)
    print(v)
    # CHECK: [-100, -91, -82, -73, -64, -55, -46, -37, -28, -19, -10, -1, 8, 17, 26, 35, 44, 53, 62, 71, 80, 89, 98, 107, 116, 125, -122, -113, -104, -95, -86, -77]
    print(v + 100)
    # CHECK: [0, 9, 18, 27, 36, 45, 54, 63, 72, 81, 90, 99, 108, 117, 126, -121, -112, -103, -94, -85, -76, -67, -58, -49, -40, -31, -22, -13, -4, 5, 14, 23]
    print(v.reduce_add(), v.reduce_min(), v.reduce_max(), v.reduce_or(), v.reduce_and())
    # CHECK: -16 -122 125 -1 0
    print(v.slice[8, offset=24](), v.reduce_add[8]())
    # CHECK: [116, 125, -122, -113, -104, -95, -86, -77] [32, 68, 104, -116, -80, -44, -8, 28]
    print(v.cast[DType.int32]().reduce_add(), (v & 1).cast[DType.int32]().reduce_add())
    # CHECK: -272 16
    print(v.lt(0).cast[DType.uint8]().reduce_add())
    # CHECK: 18
