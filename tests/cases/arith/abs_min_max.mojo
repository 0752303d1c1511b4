def main():
    var a = -5
    var b = 3
    print(abs(a), abs(b), min(a, b), max(a, b))
    # CHECK: 5 3 -5 3
    var x = -2.5
    var y = 1.0
    print(abs(x), min(x, y), max(x, y))
    # CHECK: 2.5 -2.5 1.0
