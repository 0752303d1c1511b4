def main():
    var t = True
    var f = False
    print(t and t, t and f, f and t, f and f)
    # CHECK: True False False False
    print(t or t, t or f, f or t, f or f)
    # CHECK: True True True False
    print(not t, not f, not not t)
    # CHECK: False True True
