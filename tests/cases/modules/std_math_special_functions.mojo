# std.math's special functions of one float (from the C math library: Mojo 1.2 prints the same
# digits for these values) and its helpers of two numbers, checked against `mojo run` 1.2.0.
from std.math import erf, erfc, gamma, lgamma, asinh, acosh, atanh, rsqrt, recip, j0, j1, y0, y1, logb
from std.math import ldexp, frexp, modf, remainder, ceildiv, align_up, align_down, scalb, ulp, nextafter


def main():
    var x = 0.5
    print(erf(x), erfc(x), gamma(x), lgamma(x), asinh(x), atanh(x / 11.0))
    print(rsqrt(x), recip(x), j0(x), j1(x), y0(x), y1(x), logb(x), logb(10.0))
    print(acosh(2.0), erf(Float32(0.5)), rsqrt(Float32(2.0)))
    var v = SIMD[DType.float32, 4](0.1, 0.5, 1.0, 2.0)
    print(erf(v), rsqrt(v))
    print(pow(2.0, 10.0), pow(Float32(2.0), Float32(0.5)), pow(2.0, 3))
    var fr = frexp(12.0)
    var mf = modf(3.75)
    print(ldexp(1.5, 3), fr[0], fr[1], mf[0], mf[1], remainder(7.0, 4.0))
    print(ceildiv(7, 2), align_up(13, 8), align_down(13, 8), scalb(1.5, 2.0), ulp(1.0), nextafter(1.0, 2.0))
# CHECK: 0.5204998778130465 0.4795001221869535 1.772453850905516 0.5723649429247001 0.48121182505960347 0.04548588910286335
# CHECK: 1.414213562373095 2.0 0.9384698072408129 0.2422684576748739 -0.44451873350670656 -1.4714723926702433 -1.0 3.0
# CHECK: 1.3169578969248166 0.5204999 0.70710677
# CHECK: [0.112462915, 0.5204999, 0.8427008, 0.9953223] [3.1622777, 1.4142135, 1.0, 0.70710677]
# CHECK: 1024.0 1.4142135 8.0
# CHECK: 12.0 0.75 4.0 3.0 0.75 -1.0
# CHECK: 4 16 8 6.0 2.220446049250313e-16 1.0000000000000002
