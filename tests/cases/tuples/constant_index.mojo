def main():
    var t = (10, 20, 30)
    print(t[0], t[1], t[2])
    # CHECK: 10 20 30
    print(t[0] + t[2])
    # CHECK: 40
