def main():
    print(2**63)
    # CHECK: -9223372036854775808
    var x = 2**64 + 5
    print(x)
    # CHECK: 5
    print(2 ** -1, 2 ** 5000)
    # CHECK: 0 0
