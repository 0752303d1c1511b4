comptime A = B + 1  # error[E0402]: depends on itself
comptime B = A * 2


def main():
    print(A)
