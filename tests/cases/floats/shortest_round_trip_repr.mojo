def main():
    var one: Float64 = 1.0
    print(one / 3, 2 * one / 3, one / 10)
    # CHECK: 0.3333333333333333 0.6666666666666666 0.1
    var e: Float64 = 0.00001
    print(e * 9.99, e / 10)
    # CHECK: 9.990000000000002e-05 1.0000000000000002e-06
