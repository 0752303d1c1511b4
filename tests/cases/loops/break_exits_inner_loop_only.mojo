def main():
    for i in range(3):
        for j in range(3):
            if j == 1:
                break
            print(i, j)
    # CHECK: 0 0
    # CHECK: 1 0
    # CHECK: 2 0
