def main():
    var f = 2.5
    f += 0.5
    print(f)
    # CHECK: 3.0
    f *= 2
    print(f)
    # CHECK: 6.0
    f /= 4
    print(f)
    # CHECK: 1.5
    f -= 2
    print(f)
    # CHECK: -0.5
