def main():
    var t = (1, "x")
    var a, b = t
    print(a, b)
    # CHECK: 1 x
    var c: Int
    var d: String
    c, d = t
    print(d, c)
    # CHECK: x 1
