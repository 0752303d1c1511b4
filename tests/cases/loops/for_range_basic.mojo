def main():
    for i in range(3):
        print(i)
    # CHECK: 0
    # CHECK: 1
    # CHECK: 2
