# Integer-to-integer casts truncate or sign/zero-extend; casts to bool test for nonzero.
def main():
    var v = SIMD[DType.int32, 4](300, -1, 65537, -129)
    print(v.cast[DType.int8](), v.cast[DType.uint8](), v.cast[DType.int16](), v.cast[DType.uint16]())
    # CHECK: [44, -1, 1, 127] [44, 255, 1, 127] [300, -1, 1, -129] [300, 65535, 1, 65407]
    print(v.cast[DType.int64](), v.cast[DType.uint32](), v.cast[DType.uint64]())
    # CHECK: [300, -1, 65537, -129] [300, 4294967295, 65537, 4294967167] [300, 18446744073709551615, 65537, 18446744073709551487]
    var u = SIMD[DType.uint8, 4](0, 127, 128, 255)
    print(u.cast[DType.int8](), u.cast[DType.int32](), u.cast[DType.bool]())
    # CHECK: [0, 127, -128, -1] [0, 127, 128, 255] [False, True, True, True]
    var b = SIMD[DType.bool, 4](True, False, True, False)
    print(b.cast[DType.int32](), b.cast[DType.uint8]() * 200, b.cast[DType.float32]())
    # CHECK: [1, 0, 1, 0] [200, 0, 200, 0] [1.0, 0.0, 1.0, 0.0]
    print(Int8(-1).cast[DType.uint64](), UInt64(18446744073709551615).cast[DType.int16](), Int64(4294967296).cast[DType.int32]())
    # CHECK: 18446744073709551615 -1 0
    print(Int(UInt16(65535)), Int(Int32(-5)), UInt8(Int16(-2).cast[DType.uint8]()), Int32(Int8(-7)))
    # CHECK: 65535 -5 254 -7
