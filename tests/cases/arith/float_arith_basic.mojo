def main():
    var a: Float64 = 1.5
    var b: Float64 = 0.25
    print(a + b, a - b, a * b, a / b)
    # CHECK: 1.75 1.25 0.375 6.0
    print(a ** 2)
    # CHECK: 2.25
