def first_negative(a: Int, b: Int, c: Int) -> Int:
    if a < 0:
        return a
    if b < 0:
        return b
    if c < 0:
        return c
    return 0

def main():
    print(first_negative(1, -2, -3), first_negative(1, 2, 3))
    # CHECK: -2 0
