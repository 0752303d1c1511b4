def main():
    var t = (1, "a", 2.5, True)
    print(t[0], t[1], t[2], t[3])
    # CHECK: 1 a 2.5 True
