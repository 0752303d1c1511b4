def describe(a: Int, b: Int = 10, c: Int = 100) -> Int:
    return a + b * 2 + c * 3

def main():
    print(describe(1, c=0))
    # CHECK: 21
    print(describe(c=1, a=2, b=3))
    # CHECK: 11
    print(describe(1, 2, c=3))
    # CHECK: 14
