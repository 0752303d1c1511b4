def main():
    var a = 1
    var b = 2
    var c = 3
    a, b, c = b, c, a
    print(a, b, c)
    # CHECK: 2 3 1
