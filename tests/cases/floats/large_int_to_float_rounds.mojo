def main():
    var n = 9007199254740993
    print(Float64(n))
    # CHECK: 9007199254740992.0
    var m = 12345678901234567
    print(Float64(m))
    # CHECK: 1.2345678901234568e+16
