# Float comparisons, round/abs/min/max and floor division on several widths.
def main():
    var a = Float32(2.5)
    print(a < 3, a >= Float32(2.5), a == 2.5, a != 2.5, Float64(0.1) + 0.2 == 0.3)
    # CHECK: True True True False False
    var v = SIMD[DType.float64, 4](-2.5, -1.5, 0.5, 1.5)
    print(round(v), abs(v), min(v, 0.0), max(v, -1.0))
    # CHECK: [-2.0, -2.0, 0.0, 2.0] [2.5, 1.5, 0.5, 1.5] [-2.5, -1.5, 0.0, 0.0] [-1.0, -1.0, 0.5, 1.5]
    print(v // 1, v % 1, v.lt(0), v.ge(0.5))
    # CHECK: [-3.0, -2.0, 0.0, 1.0] [0.5, 0.5, 0.5, 0.5] [True, True, False, False] [False, False, True, True]
    var h = SIMD[DType.float16, 2](-0.75, 2.5)
    print(round(h), abs(h), h // 1)
    # CHECK: [-1.0, 2.0] [0.75, 2.5] [-1.0, 2.0]
    var nan = Float32(0) / 0
    print(nan == nan, nan != nan, nan < 1, Float32(1) / 0 > Float32(3.4e38))
    # CHECK: False True False True
