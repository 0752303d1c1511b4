def main():
    var a: Float64 = 7.5
    var b: Float64 = 2.0
    print(a // b, a % b)
    # CHECK: 3.0 1.5
    print(-a // b, -a % b)
    # CHECK: -4.0 0.5
