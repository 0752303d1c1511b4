def main():
    var a = 1
    var b = 10
    a, b = a + b, a * b
    print(a, b)
    # CHECK: 11 10
