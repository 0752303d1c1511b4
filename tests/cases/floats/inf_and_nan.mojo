def main():
    var big: Float64 = 1e308
    var inf = big * 10
    print(inf, -inf)
    # CHECK: inf -inf
    print(inf - inf)
    # CHECK: nan
    var z: Float64 = 0.0
    print(1.0 / z, -1.0 / z)
    # CHECK: inf -inf
