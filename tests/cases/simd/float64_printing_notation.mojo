# Float64 printing of small, large, negative and exponent-notation values.
def main():
    print(Float64(0.1) + Float64(0.2), Float64(1.0e-4), Float64(1.0e-5), Float64(123456789012345678))
    # CHECK: 0.30000000000000004 0.0001 1e-05 1.2345678901234568e+17
    print(Float64(1.7976931348623157e308), Float64(5.0e-324), Float64(-2.5e-300), Float64(1.0e100))
    # CHECK: 1.7976931348623157e+308 5e-324 -2.5e-300 1e+100
    print(Float64(1) / 7, Float64(-22) / 7, Float64(2) ** 60, Float64(9007199254740993))
    # CHECK: 0.14285714285714285 -3.142857142857143 1.152921504606847e+18 9007199254740992.0
    var v = SIMD[DType.float64, 4](1.0e15, 1.0e16, -0.0, 3.14159)
    print(v, v * 10)
    # CHECK: [1000000000000000.0, 1e+16, -0.0, 3.14159] [1e+16, 1e+17, -0.0, 31.4159]
    print(Float64(1.0e308) * 10, -Float64(1.0e308) * 10)
    # CHECK: inf -inf
