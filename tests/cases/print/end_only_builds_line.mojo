def main():
    for i in range(5):
        print(i, end=" " if i < 4 else "\n")
    # CHECK: 0 1 2 3 4
