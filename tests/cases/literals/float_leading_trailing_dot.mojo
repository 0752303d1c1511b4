def main():
    var a = .5
    var b = 5.
    print(a, b, a + b)
    # CHECK: 0.5 5.0 5.5
