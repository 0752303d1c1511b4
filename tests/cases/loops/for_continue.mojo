def main():
    for i in range(6):
        if i % 3 == 0:
            continue
        print(i, end=";")
    print()
    # CHECK: 1;2;4;5;
