def main():
    for i in range(0, -7, -3):
        print(i, end=";")
    print()
    # CHECK: 0;-3;-6;
    for i in range(5, 0, -2):
        print(i, end=";")
    print()
    # CHECK: 5;3;1;
