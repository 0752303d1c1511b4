def main():
    var two = 2.0
    print(two ** 3, two ** 10, two ** -1, two ** 0)
    # CHECK: 8.0 1024.0 0.5 1.0
    var half: Float64 = 0.5
    print(half ** 2)
    # CHECK: 0.25
