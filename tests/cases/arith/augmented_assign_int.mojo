def main():
    var x = 10
    x += 5
    print(x)
    # CHECK: 15
    x -= 3
    print(x)
    # CHECK: 12
    x *= 4
    print(x)
    # CHECK: 48
    x //= 5
    print(x)
    # CHECK: 9
    x %= 4
    print(x)
    # CHECK: 1
    x **= 3
    print(x)
    # CHECK: 1
    x <<= 4
    print(x)
    # CHECK: 16
    x >>= 2
    print(x)
    # CHECK: 4
    x |= 3
    print(x)
    # CHECK: 7
    x &= 5
    print(x)
    # CHECK: 5
    x ^= 1
    print(x)
    # CHECK: 4
