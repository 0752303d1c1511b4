def main():
    var x = 5
    print(-x, - -x, -(-x), -(x - 8))
    # CHECK: -5 5 5 3
    var f = 2.5
    print(-f, -(-f))
    # CHECK: -2.5 2.5
