def main() raises:
    print(Int("+5"), Int(" 7 "), Int("-0"), Int("1_000"))
    # CHECK: 5 7 0 1000
