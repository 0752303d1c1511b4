def main():
    print(LATE + 1)
    # CHECK: 8

comptime LATE = 7
