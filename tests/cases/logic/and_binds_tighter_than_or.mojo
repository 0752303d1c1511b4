def main():
    var t = True
    var f = False
    print(t or f and f, (t or f) and f)
    # CHECK: True False
    print(not f and f, not (f and f))
    # CHECK: False True
