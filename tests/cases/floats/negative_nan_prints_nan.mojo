def main():
    var z: Float64 = 0.0
    var n = z / z
    print(n, -n, String(-n))
    # CHECK: nan nan nan
