def main():
    for i in range(5, 0, -1):
        print(i, end=";")
    print()
    # CHECK: 5;4;3;2;1;
    for i in range(10, -3, -4):
        print(i, end=";")
    print()
    # CHECK: 10;6;2;-2;
