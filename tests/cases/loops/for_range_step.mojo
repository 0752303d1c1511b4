def main():
    for i in range(0, 10, 3):
        print(i, end=",")
    print()
    # CHECK: 0,3,6,9,
    for i in range(1, 10, 4):
        print(i, end=",")
    print()
    # CHECK: 1,5,9,
