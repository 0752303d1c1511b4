# A scalar of the lane type is accepted where a vector of that dtype is expected (it is splatted).
def scale(v: SIMD[DType.float64, 4], t: Float64) -> SIMD[DType.float64, 4]:
    return v * t

def main():
    var v = SIMD[DType.int16, 4](1, -2, 3, -4)
    var two = Int16(2)
    print(max(v, two), min(v, Int16(0)), v + two)
    # CHECK: [2, 2, 3, 2] [0, -2, 0, -4] [3, 0, 5, -2]
    print(v.eq(two), v.gt(Int16(0)))
    # CHECK: [False, False, False, False] [True, False, True, False]
    var w: SIMD[DType.float32, 4] = Float32(1.5)
    print(w, scale(SIMD[DType.float64, 4](1, 2, 3, 4), 0.5))
    # CHECK: [1.5, 1.5, 1.5, 1.5] [0.5, 1.0, 1.5, 2.0]
