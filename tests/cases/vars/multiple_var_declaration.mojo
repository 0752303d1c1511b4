def main():
    var a, b = 1, 2
    var c, d, e = "x", 2.5, True
    print(a, b, c, d, e)
    # CHECK: 1 2 x 2.5 True
