def main():
    var mn = -9223372036854775807 - 1
    var m1 = -1
    print(mn % m1, 7 % m1, -7 // m1)
    # CHECK: 0 0 7
