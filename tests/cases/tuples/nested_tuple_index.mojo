def main():
    var t = ((1, 2), ("x", 3.5))
    print(t[0][1], t[1][0], t[1][1])
    # CHECK: 2 x 3.5
