def main():
    for i in range(5, 8):
        print(i, end=";")
    print()
    # CHECK: 5;6;7;
    for i in range(-2, 1):
        print(i, end=";")
    print()
    # CHECK: -2;-1;0;
