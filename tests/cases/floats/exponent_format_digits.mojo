def main():
    var a: Float64 = 1e22
    print(a, a * 10, 1e21, 1.5e300)
    # CHECK: 1e+22 1e+23 1e+21 1.5e+300
    print(123456789012345680000.0, 1e-7, 5e-5)
    # CHECK: 1.2345678901234568e+20 1e-07 5e-05
