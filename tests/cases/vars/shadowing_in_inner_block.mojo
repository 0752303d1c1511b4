def main():
    var x = 1
    var c = x > 0
    if c:
        var x = 2
        print("inner", x)
        # CHECK: inner 2
    print("outer", x)
    # CHECK: outer 1
