def main():
    var x = 1
    x = x + 1
    x = x * 10
    print(x)
    # CHECK: 20
    var s = "a"
    s = s + s
    s = s + s
    print(s)
    # CHECK: aaaa
