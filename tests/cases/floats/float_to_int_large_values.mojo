def main():
    var f: Float64 = 2.5e9
    print(Int(f), Int(-f), Int(f * 1e9))
    # CHECK: 2500000000 -2500000000 2500000000000000000
