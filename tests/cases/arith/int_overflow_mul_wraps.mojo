def main():
    var x = 4611686018427387904
    print(x * 2)
    # CHECK: -9223372036854775808
    print(x * 4)
    # CHECK: 0
    var y = 3037000500
    print(y * y)
    # CHECK: -9223372036709301616
