def f(n: Int) -> Int:
    if n == 0:
        return 0
    return 1 + f(n - 1)


comptime X = f(200000)


def main():
    print(X)
    # CHECK: 200000
