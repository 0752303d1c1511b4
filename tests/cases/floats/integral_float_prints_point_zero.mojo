def main():
    var a: Float64 = 100
    var b: Float64 = 123456789
    print(a, b, a * 0)
    # CHECK: 100.0 123456789.0 0.0
