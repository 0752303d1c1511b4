def power[n: Int](x: Int) -> Int:
    var r = 1
    comptime for _ in range(n):
        r *= x
    return r


def repeat[T: Copyable & Writable, times: Int = 2](x: T):
    comptime for _ in range(times):
        print(x, end=",")
    print()


def bigger[T: Comparable & ImplicitlyCopyable](a: T, b: T) -> T:
    if a > b:
        return a
    return b


def main():
    print(power[3](2), power[10](2))
    # CHECK: 8 1024
    repeat("ab")
    # CHECK: ab,ab,
    repeat[times=3](1.5)
    # CHECK: 1.5,1.5,1.5,
    print(bigger(3, 7), bigger("pear", "apple"))
    # CHECK: 7 pear
