def main():
    var a = -3
    var b = -0.5
    print(a, b, -a, -b)
    # CHECK: -3 -0.5 3 0.5
