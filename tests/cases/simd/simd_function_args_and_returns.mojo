# SIMD values of several widths passed to and returned from functions.
def lerp(a: SIMD[DType.float64, 4], b: SIMD[DType.float64, 4], t: Float64) -> SIMD[DType.float64, 4]:
    return a + (b - a) * SIMD[DType.float64, 4](t)

def widen(x: SIMD[DType.int8, 8]) -> SIMD[DType.int32, 8]:
    return x.cast[DType.int32]() * 1000

def split_sum(v: SIMD[DType.uint32, 16]) -> Tuple[UInt32, UInt32]:
    return (v.slice[8]().reduce_add(), v.slice[8, offset=8]().reduce_add())

def bump(mut v: SIMD[DType.float32, 8]):
    v = v + 1

def main():
    var a = SIMD[DType.float64, 4](0, 10, -10, 1)
    print(lerp(a, a * 3, 0.25))
    # CHECK: [0.0, 15.0, -15.0, 1.5]
    print(widen(SIMD[DType.int8, 8](1, -2, 3, -4, 127, -128, 0, 9)))
    # CHECK: [1000, -2000, 3000, -4000, 127000, -128000, 0, 9000]
    var u = SIMD[DType.uint32, 16]()
    for i in range(16):
        u[i] = UInt32(i + 1)
    var s = split_sum(u)
    print(s[0], s[1])
    # CHECK: 36 100
    var f = SIMD[DType.float32, 8](0.5)
    bump(f)
    bump(f)
    print(f)
    # CHECK: [2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5]
