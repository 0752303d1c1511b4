comptime A = 6
comptime B = A * 7
comptime C = B - A // 4

def main():
    print(A, B, C)
    # CHECK: 6 42 41
