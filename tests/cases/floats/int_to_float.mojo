def main():
    var n = 7
    var f = Float64(n)
    print(f, f / 2, Float64(-1))
    # CHECK: 7.0 3.5 -1.0
