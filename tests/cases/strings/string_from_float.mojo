def main():
    var f = 2.5
    var g: Float64 = 3
    var h: Float64 = 1e20
    print(String(f) + "|" + String(g) + "|" + String(h))
    # CHECK: 2.5|3.0|1e+20
