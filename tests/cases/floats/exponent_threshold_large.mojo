def main():
    var a: Float64 = 1e15
    var b: Float64 = 1e16
    print(a, b)
    # CHECK: 1000000000000000.0 1e+16
    print(9.5e15, 1.5e16, 1e20)
    # CHECK: 9500000000000000.0 1.5e+16 1e+20
