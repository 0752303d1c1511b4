def main():
    var x = 1
    var n = 3
    if n > 2:
        x = 99
    print(x)
    # CHECK: 99
    while n > 0:
        x += n
        n -= 1
    print(x, n)
    # CHECK: 105 0
