def main():
    var zero = 0
    var five = 5
    var fz: Float64 = 0.0
    print(Bool(zero), Bool(five), Bool(fz), Bool(""), Bool("x"))
    # CHECK: False True False False True
