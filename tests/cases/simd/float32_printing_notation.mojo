# Float32 printing: shortest round-trip digits, switch to exponent notation at both ends.
def main():
    print(Float32(0.001), Float32(0.0001), Float32(0.00001), Float32(1.0e-5) * 3)
    # CHECK: 0.001 0.0001 1e-05 3e-05
    print(Float32(1.0e15), Float32(1.0e16), Float32(1.0e17), Float32(3.4028235e38))
    # CHECK: 1000000000000000.0 1e+16 1e+17 3.4028235e+38
    print(Float32(-1.5e-30), Float32(-123.456), Float32(2.0e-45), Float32(1.17549435e-38))
    # CHECK: -1.5e-30 -123.456 1e-45 1.1754944e-38
    print(Float32(16777216) + 1, Float32(0.1) + Float32(0.2), Float32(1.0) / 7)
    # CHECK: 16777216.0 0.3 0.14285715
    print(SIMD[DType.float32, 4](1.0e20, -2.5e-10, 7, 0.0625))
    # CHECK: [1e+20, -2.5e-10, 7.0, 0.0625]
