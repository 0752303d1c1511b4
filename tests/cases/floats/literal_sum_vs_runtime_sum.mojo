def main():
    print(0.1 + 0.2)
    # CHECK: 0.3
    var a: Float64 = 0.1
    var b: Float64 = 0.2
    print(a + b)
    # CHECK: 0.30000000000000004
