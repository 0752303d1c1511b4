def main():
    var x = 5
    print(0 < x <= 5, 0 < x < 5, 1 < 2 < 3 < 4)
    # CHECK: True False True
    print(3 > 2 > 2, 1 == 1 != 2, 1 < 3 > 2)
    # CHECK: False True True
