def main():
    var a = 3
    var b = 7
    print(a < b, a <= b, a > b, a >= b, a == b, a != b)
    # CHECK: True True False False False True
    print(a <= 3, a >= 3, -1 < 0)
    # CHECK: True True True
