# The points `scripts/math-ulp` checks: each function of `std.math` on SIMD vectors of 4 lanes,
# `float64` and `float32`, over a range of its domain. Prints `name dtype x f(x)` per lane; the
# script compares every value with a high-precision reference (mpmath) and checks the ulp bounds
# it states.
from std.math import exp, exp2, expm1, log, log2, log10, log1p, sin, cos, tan, asin, acos, atan, sinh, cosh, tanh, cbrt, sqrt, erf, erfc

comptime N = 400


def points_float64():
    for i in range(0, N, 4):
        var x = SIMD[DType.float64, 4](0)
        for k in range(4):
            x[k] = Float64(-700 + (700 - -700) * Float64(i + k) / Float64(N - 1))
        var y = exp(x)
        for k in range(4):
            print("exp float64", x[k], y[k])
    for i in range(0, N, 4):
        var x = SIMD[DType.float64, 4](0)
        for k in range(4):
            x[k] = Float64(-1000 + (1000 - -1000) * Float64(i + k) / Float64(N - 1))
        var y = exp2(x)
        for k in range(4):
            print("exp2 float64", x[k], y[k])
    for i in range(0, N, 4):
        var x = SIMD[DType.float64, 4](0)
        for k in range(4):
            x[k] = Float64(-5 + (5 - -5) * Float64(i + k) / Float64(N - 1))
        var y = expm1(x)
        for k in range(4):
            print("expm1 float64", x[k], y[k])
    for i in range(0, N, 4):
        var x = SIMD[DType.float64, 4](0)
        for k in range(4):
            x[k] = Float64(0.001 + (1000 - 0.001) * Float64(i + k) / Float64(N - 1))
        var y = log(x)
        for k in range(4):
            print("log float64", x[k], y[k])
    for i in range(0, N, 4):
        var x = SIMD[DType.float64, 4](0)
        for k in range(4):
            x[k] = Float64(0.001 + (1000 - 0.001) * Float64(i + k) / Float64(N - 1))
        var y = log2(x)
        for k in range(4):
            print("log2 float64", x[k], y[k])
    for i in range(0, N, 4):
        var x = SIMD[DType.float64, 4](0)
        for k in range(4):
            x[k] = Float64(0.001 + (1000 - 0.001) * Float64(i + k) / Float64(N - 1))
        var y = log10(x)
        for k in range(4):
            print("log10 float64", x[k], y[k])
    for i in range(0, N, 4):
        var x = SIMD[DType.float64, 4](0)
        for k in range(4):
            x[k] = Float64(-0.9 + (10 - -0.9) * Float64(i + k) / Float64(N - 1))
        var y = log1p(x)
        for k in range(4):
            print("log1p float64", x[k], y[k])
    for i in range(0, N, 4):
        var x = SIMD[DType.float64, 4](0)
        for k in range(4):
            x[k] = Float64(-100 + (100 - -100) * Float64(i + k) / Float64(N - 1))
        var y = sin(x)
        for k in range(4):
            print("sin float64", x[k], y[k])
    for i in range(0, N, 4):
        var x = SIMD[DType.float64, 4](0)
        for k in range(4):
            x[k] = Float64(-100 + (100 - -100) * Float64(i + k) / Float64(N - 1))
        var y = cos(x)
        for k in range(4):
            print("cos float64", x[k], y[k])
    for i in range(0, N, 4):
        var x = SIMD[DType.float64, 4](0)
        for k in range(4):
            x[k] = Float64(-1.5 + (1.5 - -1.5) * Float64(i + k) / Float64(N - 1))
        var y = tan(x)
        for k in range(4):
            print("tan float64", x[k], y[k])
    for i in range(0, N, 4):
        var x = SIMD[DType.float64, 4](0)
        for k in range(4):
            x[k] = Float64(-1 + (1 - -1) * Float64(i + k) / Float64(N - 1))
        var y = asin(x)
        for k in range(4):
            print("asin float64", x[k], y[k])
    for i in range(0, N, 4):
        var x = SIMD[DType.float64, 4](0)
        for k in range(4):
            x[k] = Float64(-1 + (1 - -1) * Float64(i + k) / Float64(N - 1))
        var y = acos(x)
        for k in range(4):
            print("acos float64", x[k], y[k])
    for i in range(0, N, 4):
        var x = SIMD[DType.float64, 4](0)
        for k in range(4):
            x[k] = Float64(-100 + (100 - -100) * Float64(i + k) / Float64(N - 1))
        var y = atan(x)
        for k in range(4):
            print("atan float64", x[k], y[k])
    for i in range(0, N, 4):
        var x = SIMD[DType.float64, 4](0)
        for k in range(4):
            x[k] = Float64(-700 + (700 - -700) * Float64(i + k) / Float64(N - 1))
        var y = sinh(x)
        for k in range(4):
            print("sinh float64", x[k], y[k])
    for i in range(0, N, 4):
        var x = SIMD[DType.float64, 4](0)
        for k in range(4):
            x[k] = Float64(-700 + (700 - -700) * Float64(i + k) / Float64(N - 1))
        var y = cosh(x)
        for k in range(4):
            print("cosh float64", x[k], y[k])
    for i in range(0, N, 4):
        var x = SIMD[DType.float64, 4](0)
        for k in range(4):
            x[k] = Float64(-20 + (20 - -20) * Float64(i + k) / Float64(N - 1))
        var y = tanh(x)
        for k in range(4):
            print("tanh float64", x[k], y[k])
    for i in range(0, N, 4):
        var x = SIMD[DType.float64, 4](0)
        for k in range(4):
            x[k] = Float64(-1000 + (1000 - -1000) * Float64(i + k) / Float64(N - 1))
        var y = cbrt(x)
        for k in range(4):
            print("cbrt float64", x[k], y[k])
    for i in range(0, N, 4):
        var x = SIMD[DType.float64, 4](0)
        for k in range(4):
            x[k] = Float64(0 + (1000000.0 - 0) * Float64(i + k) / Float64(N - 1))
        var y = sqrt(x)
        for k in range(4):
            print("sqrt float64", x[k], y[k])
    for i in range(0, N, 4):
        var x = SIMD[DType.float64, 4](0)
        for k in range(4):
            x[k] = Float64(-5 + (5 - -5) * Float64(i + k) / Float64(N - 1))
        var y = erf(x)
        for k in range(4):
            print("erf float64", x[k], y[k])
    for i in range(0, N, 4):
        var x = SIMD[DType.float64, 4](0)
        for k in range(4):
            x[k] = Float64(-5 + (25 - -5) * Float64(i + k) / Float64(N - 1))
        var y = erfc(x)
        for k in range(4):
            print("erfc float64", x[k], y[k])


def points_float32():
    for i in range(0, N, 4):
        var x = SIMD[DType.float32, 4](0)
        for k in range(4):
            x[k] = Float32(-80 + (80 - -80) * Float64(i + k) / Float64(N - 1))
        var y = exp(x)
        for k in range(4):
            print("exp float32", Float64(x[k]), Float64(y[k]))
    for i in range(0, N, 4):
        var x = SIMD[DType.float32, 4](0)
        for k in range(4):
            x[k] = Float32(-120 + (120 - -120) * Float64(i + k) / Float64(N - 1))
        var y = exp2(x)
        for k in range(4):
            print("exp2 float32", Float64(x[k]), Float64(y[k]))
    for i in range(0, N, 4):
        var x = SIMD[DType.float32, 4](0)
        for k in range(4):
            x[k] = Float32(-5 + (5 - -5) * Float64(i + k) / Float64(N - 1))
        var y = expm1(x)
        for k in range(4):
            print("expm1 float32", Float64(x[k]), Float64(y[k]))
    for i in range(0, N, 4):
        var x = SIMD[DType.float32, 4](0)
        for k in range(4):
            x[k] = Float32(0.001 + (1000 - 0.001) * Float64(i + k) / Float64(N - 1))
        var y = log(x)
        for k in range(4):
            print("log float32", Float64(x[k]), Float64(y[k]))
    for i in range(0, N, 4):
        var x = SIMD[DType.float32, 4](0)
        for k in range(4):
            x[k] = Float32(0.001 + (1000 - 0.001) * Float64(i + k) / Float64(N - 1))
        var y = log2(x)
        for k in range(4):
            print("log2 float32", Float64(x[k]), Float64(y[k]))
    for i in range(0, N, 4):
        var x = SIMD[DType.float32, 4](0)
        for k in range(4):
            x[k] = Float32(0.001 + (1000 - 0.001) * Float64(i + k) / Float64(N - 1))
        var y = log10(x)
        for k in range(4):
            print("log10 float32", Float64(x[k]), Float64(y[k]))
    for i in range(0, N, 4):
        var x = SIMD[DType.float32, 4](0)
        for k in range(4):
            x[k] = Float32(-0.9 + (10 - -0.9) * Float64(i + k) / Float64(N - 1))
        var y = log1p(x)
        for k in range(4):
            print("log1p float32", Float64(x[k]), Float64(y[k]))
    for i in range(0, N, 4):
        var x = SIMD[DType.float32, 4](0)
        for k in range(4):
            x[k] = Float32(-100 + (100 - -100) * Float64(i + k) / Float64(N - 1))
        var y = sin(x)
        for k in range(4):
            print("sin float32", Float64(x[k]), Float64(y[k]))
    for i in range(0, N, 4):
        var x = SIMD[DType.float32, 4](0)
        for k in range(4):
            x[k] = Float32(-100 + (100 - -100) * Float64(i + k) / Float64(N - 1))
        var y = cos(x)
        for k in range(4):
            print("cos float32", Float64(x[k]), Float64(y[k]))
    for i in range(0, N, 4):
        var x = SIMD[DType.float32, 4](0)
        for k in range(4):
            x[k] = Float32(-1.5 + (1.5 - -1.5) * Float64(i + k) / Float64(N - 1))
        var y = tan(x)
        for k in range(4):
            print("tan float32", Float64(x[k]), Float64(y[k]))
    for i in range(0, N, 4):
        var x = SIMD[DType.float32, 4](0)
        for k in range(4):
            x[k] = Float32(-1 + (1 - -1) * Float64(i + k) / Float64(N - 1))
        var y = asin(x)
        for k in range(4):
            print("asin float32", Float64(x[k]), Float64(y[k]))
    for i in range(0, N, 4):
        var x = SIMD[DType.float32, 4](0)
        for k in range(4):
            x[k] = Float32(-1 + (1 - -1) * Float64(i + k) / Float64(N - 1))
        var y = acos(x)
        for k in range(4):
            print("acos float32", Float64(x[k]), Float64(y[k]))
    for i in range(0, N, 4):
        var x = SIMD[DType.float32, 4](0)
        for k in range(4):
            x[k] = Float32(-100 + (100 - -100) * Float64(i + k) / Float64(N - 1))
        var y = atan(x)
        for k in range(4):
            print("atan float32", Float64(x[k]), Float64(y[k]))
    for i in range(0, N, 4):
        var x = SIMD[DType.float32, 4](0)
        for k in range(4):
            x[k] = Float32(-80 + (80 - -80) * Float64(i + k) / Float64(N - 1))
        var y = sinh(x)
        for k in range(4):
            print("sinh float32", Float64(x[k]), Float64(y[k]))
    for i in range(0, N, 4):
        var x = SIMD[DType.float32, 4](0)
        for k in range(4):
            x[k] = Float32(-80 + (80 - -80) * Float64(i + k) / Float64(N - 1))
        var y = cosh(x)
        for k in range(4):
            print("cosh float32", Float64(x[k]), Float64(y[k]))
    for i in range(0, N, 4):
        var x = SIMD[DType.float32, 4](0)
        for k in range(4):
            x[k] = Float32(-20 + (20 - -20) * Float64(i + k) / Float64(N - 1))
        var y = tanh(x)
        for k in range(4):
            print("tanh float32", Float64(x[k]), Float64(y[k]))
    for i in range(0, N, 4):
        var x = SIMD[DType.float32, 4](0)
        for k in range(4):
            x[k] = Float32(-1000 + (1000 - -1000) * Float64(i + k) / Float64(N - 1))
        var y = cbrt(x)
        for k in range(4):
            print("cbrt float32", Float64(x[k]), Float64(y[k]))
    for i in range(0, N, 4):
        var x = SIMD[DType.float32, 4](0)
        for k in range(4):
            x[k] = Float32(0 + (1000000.0 - 0) * Float64(i + k) / Float64(N - 1))
        var y = sqrt(x)
        for k in range(4):
            print("sqrt float32", Float64(x[k]), Float64(y[k]))
    for i in range(0, N, 4):
        var x = SIMD[DType.float32, 4](0)
        for k in range(4):
            x[k] = Float32(-5 + (5 - -5) * Float64(i + k) / Float64(N - 1))
        var y = erf(x)
        for k in range(4):
            print("erf float32", Float64(x[k]), Float64(y[k]))
    for i in range(0, N, 4):
        var x = SIMD[DType.float32, 4](0)
        for k in range(4):
            x[k] = Float32(-5 + (9 - -5) * Float64(i + k) / Float64(N - 1))
        var y = erfc(x)
        for k in range(4):
            print("erfc float32", Float64(x[k]), Float64(y[k]))


def main():
    points_float64()
    points_float32()
