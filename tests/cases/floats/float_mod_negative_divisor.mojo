def main():
    var a: Float64 = 7.5
    var b: Float64 = -2.0
    print(a % b, a // b, -a // b)
    # CHECK: -0.5 -4.0 3.0
