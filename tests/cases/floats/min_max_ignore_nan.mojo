def main():
    var z: Float64 = 0.0
    var n = z / z
    var one: Float64 = 1.0
    print(min(n, one), min(one, n), max(n, one), max(one, n))
    # CHECK: 1.0 1.0 1.0 1.0
