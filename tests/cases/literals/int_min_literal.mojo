def main():
    var m = -9223372036854775808
    print(m)
    # CHECK: -9223372036854775808
    print(m == -9223372036854775807 - 1)
    # CHECK: True
