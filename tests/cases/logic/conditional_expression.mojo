def main():
    var x = 7
    var kind = "odd" if x % 2 == 1 else "even"
    print(kind)
    # CHECK: odd
    var y = x * 2 if x > 10 else x - 2
    print(y)
    # CHECK: 5
