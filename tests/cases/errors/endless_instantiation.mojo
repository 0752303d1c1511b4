def f[n: Int](x: Int) -> Int:
    if x == 0:
        return n
    return f[n + 1](x - 1)  # error[E0401]: instantiated more than 1000 times


def main():
    print(f[0](3))
