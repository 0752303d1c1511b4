def main() raises:
    var a = Int("42")
    var b = Int("-17")
    print(a + b)
    # CHECK: 25
    print(Int("0") * 3)
    # CHECK: 0
