def main():
    var a = 12
    var b = 10
    print(a & b, a | b, a ^ b, ~a)
    # CHECK: 8 14 6 -13
    print(~0, ~(-1), -1 & 255)
    # CHECK: -1 0 255
