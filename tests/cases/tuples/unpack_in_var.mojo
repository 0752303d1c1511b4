def main():
    var x, y, z = 1, "two", 3.0
    print(z, y, x)
    # CHECK: 3.0 two 1
