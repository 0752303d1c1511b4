def main():
    var t = True
    var f = False
    print(t, f)
    # CHECK: True False
    print(t == f, t != f)
    # CHECK: False True
