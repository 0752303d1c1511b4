# Compile-time scalar SIMD constants used as masks, scales and a vector width.
comptime WIDTH = 8
comptime MASK = UInt32(0xFFFF)
comptime HALF = Float64(0.5)
comptime BIAS = Int8(-100)

def main():
    print(UInt32(0x12345678) & MASK, (UInt32(0x12345678) >> 16) & MASK, MASK * MASK)
    # CHECK: 22136 4660 4294836225
    var w = SIMD[DType.int32, WIDTH](7)
    print(w, HALF * 3, HALF + HALF == 1)
    # CHECK: [7, 7, 7, 7, 7, 7, 7, 7] 1.5 True
    comptime LIMIT = Float32(2.5)
    var acc = Float32(0)
    while acc < LIMIT:
        acc += Float32(HALF.cast[DType.float32]()) * LIMIT
    print(acc, BIAS + BIAS, BIAS * 2)
    # CHECK: 2.5 56 56
    var bytes = SIMD[DType.int8, WIDTH](BIAS)
    print(bytes - SIMD[DType.int8, WIDTH](BIAS), bytes.reduce_add())
    # CHECK: [0, 0, 0, 0, 0, 0, 0, 0] -32
