def main():
    var s = "hello"
    print(s[byte=1:4])
    # CHECK: ell
