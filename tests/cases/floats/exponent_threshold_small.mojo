def main():
    var a: Float64 = 0.0001
    var b: Float64 = 0.00001
    print(a, b)
    # CHECK: 0.0001 1e-05
    print(0.000099, 0.00012, 1.5e-10)
    # CHECK: 9.9e-05 0.00012 1.5e-10
