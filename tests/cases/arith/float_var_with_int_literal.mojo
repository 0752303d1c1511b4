def main():
    var x: Float64 = 2
    print(x)
    # CHECK: 2.0
    print(x + 1, x * 3, 10 / x)
    # CHECK: 3.0 6.0 5.0
