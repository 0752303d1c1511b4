def main():
    var a = 7
    var b = -2
    print(a / b, a / 2, -a / 2, 7 / 2)
    # CHECK: -3 3 -3 3.5
