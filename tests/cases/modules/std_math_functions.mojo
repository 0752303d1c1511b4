from std.math import sqrt, exp, log, sin, cos, tanh, floor, ceil
import std.math as m

def main():
    print(sqrt(2.0), sqrt(Float32(2)), log(10.0))
    # CHECK: 1.4142135623730951 1.4142135 2.302585092994046
    print(sin(0.5), cos(0.5), tanh(Float32(0.5)))
    # CHECK: 0.479425538604203 0.8775825618903728 0.46211717
    print(floor(-2.5), ceil(Float32(2.1)), m.sqrt(16.0))
    # CHECK: -3.0 3.0 4.0
    var v = SIMD[DType.float32, 4](1, 4, 9, 16)
    print(sqrt(v), floor(SIMD[DType.float64, 2](1.5, -1.5)))
    # CHECK: [1.0, 2.0, 3.0, 4.0] [1.0, -2.0]
