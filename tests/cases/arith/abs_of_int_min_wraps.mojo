def main():
    var mn = -9223372036854775807 - 1
    print(abs(mn))
    # CHECK: -9223372036854775808
