def main():
    var a = 3
    var b = -1
    if a > 0:
        if b > 0:
            print("both positive")
        else:
            print("only a positive")
    else:
        print("a not positive")
    # CHECK: only a positive
