def main():
    for i in range(100):
        if i == 4:
            break
        print(i, end=";")
    print()
    # CHECK: 0;1;2;3;
