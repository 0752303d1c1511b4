def main():
    var a = -7
    var b = 2
    print(a % b, 7 % -2, -7 % -2, 7 % 2)
    # CHECK: 1 -1 -1 1
    var c = -6
    print(c % 3, 0 % 5)
    # CHECK: 0 0
