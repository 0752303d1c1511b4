def main():
    var one = 1
    print(one << 10, one << 62, one << 63)
    # CHECK: 1024 4611686018427387904 -9223372036854775808
    var neg = -8
    print(neg >> 1, neg >> 3, -1 >> 63, 1024 >> 5)
    # CHECK: -4 -1 -1 32
