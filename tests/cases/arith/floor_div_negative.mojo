def main():
    var a = -7
    var b = 2
    print(a // b, 7 // -2, -7 // -2, 7 // 2)
    # CHECK: -4 -4 3 3
    var c = -6
    print(c // 3, c // -3)
    # CHECK: -2 2
