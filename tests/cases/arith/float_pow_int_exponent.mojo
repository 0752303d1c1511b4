def main() raises:
    var base = Float64(Int("2"))
    var e = Int("3")
    print(base ** e)
    # CHECK: 8.0
    var neg = -2
    print(base ** neg)
    # CHECK: 0.25
